"""Szkoła Kooperacji: the course index, courses and their lessons (pages).

Learner state is written by courses.learning; the routes' request handling is in courses.views, which imports
nothing that imports this module back.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.search import index

from courses import exercise_work, learning, quizzes
from courses.blocks import LessonStreamBlock
from courses.models.learning import QuizAttempt
from courses.views import courses as course_views
from courses.views import genogram_editor, lessons
from portal.models import BasePage
from portal.visibility import public


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
        context = super().get_context(request, *args, **kwargs)
        courses = list(public(CoursePage.objects.child_of(self)).select_related("cover_image").order_by("path"))
        # Each course's time from its lessons, in one query for the whole list.
        minutes = {}
        lessons = public(LessonPage.objects.descendant_of(self)).values_list("path", "estimated_minutes")
        for lesson_path, lesson_minutes in lessons:
            course_path = lesson_path[: -LessonPage.steplen]
            minutes[course_path] = minutes.get(course_path, 0) + lesson_minutes
        for course in courses:
            course.total_minutes = minutes.get(course.path, 0)
        context["courses"] = courses
        return context


class CoursePage(RoutablePageMixin, BasePage):
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
    open_enrolment = models.BooleanField(
        _("open enrolment"),
        default=True,
        help_text=_("Signed-in team members can enrol themselves; otherwise only coordinators enrol learners."),
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
                FieldPanel("pass_threshold"),
                FieldRowPanel([FieldPanel("open_enrolment"), FieldPanel("issues_certificate")]),
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
        return list(public(LessonPage.objects.child_of(self)).order_by("path"))

    @cached_property
    def total_minutes(self):
        """The course's time: the sum of its published lessons' times (there is no separate figure to disagree)."""
        return sum(lesson.estimated_minutes for lesson in self.lessons)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        enrolment = learning.enrolment_for(request.user, self)
        context.update(
            {
                "lessons": self.lessons,
                "prerequisite_courses": list(self.prerequisites.live().order_by("title")),
                "enrolment": enrolment,
                "progress": learning.course_progress(enrolment, self.lessons) if enrolment else None,
            }
        )
        return context

    @path("")
    def course_page(self, request):
        return self.render(request)

    @path("zapisz/", name="enrol")
    def enrol_view(self, request):
        return course_views.enrol(request, self)


class LessonPage(RoutablePageMixin, BasePage):
    class Completion(models.TextChoices):
        VIEWED = "viewed", _("when viewed")
        QUIZ = "quiz", _("when its quiz is passed")
        EXERCISE = "exercise", _("when its exercises are handed in (and accepted, where required)")

    body = StreamField(
        LessonStreamBlock(),
        verbose_name=_("lesson"),
        help_text=_("The lesson: text, images, videos with transcripts, materials, callouts, a quiz and exercises."),
    )
    estimated_minutes = models.PositiveIntegerField(
        _("estimated time (minutes)"),
        default=20,
        help_text=_("How long the lesson takes to read and do. The course's time is the sum of its lessons' times."),
    )
    completion = models.CharField(
        # A context of its own: "completed" alone is the enrolment's completion date ("data ukończenia").
        pgettext_lazy("lesson", "completed"),
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

    def clean(self):
        super().clean()
        has_quiz = any(block.block_type == "quiz" for block in self.body)
        if self.completion == self.Completion.QUIZ and not has_quiz:
            raise ValidationError(
                {"completion": _("This lesson has no quiz: add one, or let the lesson count as completed when viewed.")}
            )
        if self.completion == self.Completion.EXERCISE and not exercise_work.exercise_blocks(self):
            raise ValidationError(
                {
                    "completion": _(
                        "This lesson has no exercise: add one, or let the lesson count as completed when viewed."
                    )
                }
            )

    @cached_property
    def course(self):
        return self.get_parent().specific

    def may_read_without_enrolment(self, user):
        """Editors of the course read its lessons without enrolling (and without leaving progress)."""
        return user.is_superuser or self.permissions_for_user(user).can_edit()

    def serve(self, request, view=None, args=None, kwargs=None):
        """Every route of a lesson is for enrolled learners (and the course's editors): see lessons.admit."""
        refusal = lessons.admit(request, self)
        if refusal is not None:
            return refusal
        return super().serve(request, view, args, kwargs)

    @path("")
    def lesson_view(self, request):
        return lessons.lesson_view(request, self)

    @path("genogram/<str:block_id>/", name="genogram")
    def genogram_view(self, request, block_id):
        return genogram_editor.editor(request, self, block_id)

    @path("cwiczenie/<str:block_id>/pobierz/<str:fmt>/", name="exercise_download")
    def exercise_download_view(self, request, block_id, fmt):
        return lessons.exercise_download(request, self, block_id, fmt)

    def quiz_state(self, request):
        """Per quiz block id: its attempts, attempts left and the result to show (only the learner's own)."""
        enrolment = getattr(request, "enrolment", None)
        attempts = list(QuizAttempt.objects.filter(enrolment=enrolment, lesson=self) if enrolment else [])
        course = self.course
        shown = request.GET.get("wynik", "")
        posted = getattr(request, "quiz_posted", {})
        states = {}
        for block in learning.quiz_blocks(self):
            own = [attempt for attempt in attempts if attempt.quiz_id == block.id]
            limit = block.value["max_attempts"]
            result_attempt = next((a for a in own if str(a.pk) == shown), None)
            threshold = quizzes.pass_threshold(block.value, course)
            passed = any(attempt.passed for attempt in own)
            attempts_left = max(limit - len(own), 0) if limit else None
            result = None
            if result_attempt:
                result = quizzes.score(block.value, result_attempt.answers, threshold)
                result.answers_shown = quizzes.shows_answers(block.value, passed, attempts_left)
            chosen, missing = posted.get(block.id, ((), ()))
            states[block.id] = {
                "attempts": own,
                "passed": passed,
                "attempts_left": attempts_left,
                "threshold": threshold,
                "result": result,
                "answers_note": quizzes.answers_note(block.value),
                "questions": quizzes.form_questions(block.value, chosen, missing),
                "unanswered": missing,
            }
        return states

    def exercise_states(self, request):
        if hasattr(request, "exercise_states"):
            return request.exercise_states
        states = exercise_work.states_for(getattr(request, "enrolment", None), self)
        exercise_work.ask_to_confirm(states, request.GET.get("oddaj", ""))
        return states

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        course = self.course
        lessons = course.lessons
        position = next((number for number, lesson in enumerate(lessons) if lesson.pk == self.pk), 0)
        context.update(
            {
                "course": course,
                "lessons": lessons,
                "lesson_number": position + 1,
                "previous_lesson": lessons[position - 1] if position > 0 else None,
                "next_lesson": lessons[position + 1] if position + 1 < len(lessons) else None,
                "quiz_states": self.quiz_state(request),
                "exercise_states": self.exercise_states(request),
                "enrolment": getattr(request, "enrolment", None),
            }
        )
        return context
