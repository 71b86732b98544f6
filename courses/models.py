"""Szkoła Kooperacji: the course index, courses and their lessons (pages; learner state comes later)."""

from django.contrib.auth.views import redirect_to_login
from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.search import index

from courses.blocks import LessonStreamBlock
from courses.quizzes import score
from portal.models import BasePage


class CourseIndexPage(BasePage):
    """/szkola-kooperacji/: the courses of the Szkoła Kooperacji."""

    introduction = models.TextField(
        _("introduction"), blank=True, help_text=_("A few sentences about the school, above the list of courses.")
    )

    content_panels = BasePage.content_panels + [FieldPanel("introduction")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["courses.CoursePage"]
    max_count_per_parent = 1
    template = "courses/course_index_page.html"

    class Meta:
        verbose_name = _("course index")
        verbose_name_plural = _("course indexes")

    def get_context(self, request, *args, **kwargs):
        from portal.visibility import public

        context = super().get_context(request, *args, **kwargs)
        context["courses"] = list(
            public(CoursePage.objects.child_of(self)).select_related("cover_image").order_by("path")
        )
        return context


class CoursePage(BasePage):
    summary = models.TextField(
        _("summary"), max_length=600, help_text=_("Two or three sentences for the list of courses.")
    )
    outcomes = models.TextField(
        _("learning outcomes"),
        help_text=_("One outcome per line, each starting with a verb, e.g. “Potrafisz narysować genogram rodziny”."),
    )
    audience = models.CharField(
        _("audience"),
        max_length=300,
        help_text=_("Who the course is for, e.g. “pracownicy socjalni, członkowie G-PZK”."),
    )
    estimated_minutes = models.PositiveIntegerField(
        _("estimated time (minutes)"), default=60, help_text=_("How long the whole course takes, lessons included.")
    )
    prerequisites = ParentalManyToManyField(
        "courses.CoursePage",
        verbose_name=_("prerequisites"),
        blank=True,
        related_name="+",
        help_text=_("Courses to complete first."),
    )
    cover_image = models.ForeignKey(
        "portal.PortalImage",
        verbose_name=_("cover image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown on the course list; its alternative text is set on the image itself."),
    )
    issues_certificate = models.BooleanField(
        _("issues a certificate"),
        default=True,
        help_text=_("Learners who complete every lesson get a PDF certificate."),
    )
    pass_threshold = models.PositiveSmallIntegerField(
        _("pass threshold (%)"),
        default=70,
        help_text=_("The share of quiz points a learner needs, unless a quiz sets its own."),
    )

    content_panels = BasePage.content_panels + [
        FieldPanel("summary"),
        FieldPanel("outcomes"),
        FieldPanel("audience"),
        FieldPanel("cover_image"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("estimated_minutes"), FieldPanel("pass_threshold")]),
                FieldPanel("issues_certificate"),
                FieldPanel("prerequisites"),
            ],
            heading=_("Completion"),
        ),
    ]
    search_fields = BasePage.search_fields + [index.SearchField("summary"), index.SearchField("outcomes")]
    parent_page_types = ["courses.CourseIndexPage"]
    subpage_types = ["courses.LessonPage"]
    template = "courses/course_page.html"

    class Meta:
        verbose_name = _("course")
        verbose_name_plural = _("courses")

    @property
    def outcome_list(self):
        return [line.strip() for line in self.outcomes.splitlines() if line.strip()]

    @cached_property
    def lessons(self):
        from portal.visibility import public

        return list(public(LessonPage.objects.child_of(self)).order_by("path"))

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["lessons"] = self.lessons
        context["prerequisite_courses"] = list(self.prerequisites.live().order_by("title"))
        return context


class LessonPage(BasePage):
    class Completion(models.TextChoices):
        VIEWED = "viewed", _("when viewed")
        QUIZ = "quiz", _("when its quiz is passed")

    body = StreamField(
        LessonStreamBlock(),
        verbose_name=_("lesson"),
        help_text=_("The lesson: text, images, videos with transcripts, materials, callouts, a quiz and exercises."),
    )
    estimated_minutes = models.PositiveIntegerField(
        _("estimated time (minutes)"), default=20, help_text=_("How long the lesson takes to read and do.")
    )
    completion = models.CharField(
        _("completed"),
        max_length=10,
        choices=Completion.choices,
        default=Completion.VIEWED,
        help_text=_("When the lesson counts as completed for the learner."),
    )

    content_panels = BasePage.content_panels + [
        FieldRowPanel([FieldPanel("estimated_minutes"), FieldPanel("completion")]),
        FieldPanel("body"),
    ]
    search_fields = BasePage.search_fields + [index.SearchField("body")]
    parent_page_types = ["courses.CoursePage"]
    subpage_types = []
    template = "courses/lesson_page.html"

    class Meta:
        verbose_name = _("lesson")
        verbose_name_plural = _("lessons")

    def serve(self, request, *args, **kwargs):
        # Lessons are for signed-in team members (enrolment per course comes with learner accounts).
        if not request.user.is_authenticated:
            from portal.documents import login_url

            return redirect_to_login(request.get_full_path(), login_url())
        return super().serve(request, *args, **kwargs)

    def quiz_result(self, request):
        """The scored quiz when the learner has just submitted one: (block id, QuizResult), else None."""
        if request.method != "POST":
            return None
        block_id = request.POST.get("quiz", "")
        for block in self.body:
            if block.block_type == "quiz" and block.id == block_id:
                return block.id, score(block.value, request.POST)
        return None

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        course = self.get_parent().specific
        lessons = course.lessons
        position = next((number for number, lesson in enumerate(lessons) if lesson.pk == self.pk), 0)
        context.update(
            {
                "course": course,
                "lessons": lessons,
                "lesson_number": position + 1,
                "previous_lesson": lessons[position - 1] if position > 0 else None,
                "next_lesson": lessons[position + 1] if position + 1 < len(lessons) else None,
                "quiz_result": self.quiz_result(request),
            }
        )
        return context
