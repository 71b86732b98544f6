"""Szkoła Kooperacji: the course index, courses and their lessons (pages; learner state is in learning.py)."""

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import ValidationError
from django.db import models
from django.http import HttpResponseNotAllowed
from django.shortcuts import redirect
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.search import index

from courses.blocks import LessonStreamBlock
from portal.models import BasePage


def login_redirect(request):
    from portal.documents import login_url

    return redirect_to_login(request.get_full_path(), login_url())


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
                FieldRowPanel([FieldPanel("estimated_minutes"), FieldPanel("pass_threshold")]),
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
        from portal.visibility import public

        return list(public(LessonPage.objects.child_of(self)).order_by("path"))

    def get_context(self, request, *args, **kwargs):
        from courses import learning

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
        """POST: the signed-in learner enrols in an open course whose prerequisites they have completed."""
        from courses import learning

        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        if not request.user.is_authenticated:
            return login_redirect(request)
        if learning.enrolment_for(request.user, self):
            return redirect(self.url)
        if not self.open_enrolment:
            messages.error(request, _("Learners are enrolled in this course by their coordinator."))
            return redirect(self.url)
        missing = learning.missing_prerequisites(request.user, self)
        if missing:
            messages.error(
                request,
                _("Complete these courses first: %(courses)s.") % {"courses": ", ".join(c.title for c in missing)},
            )
            return redirect(self.url)
        learning.enrol(request.user, self)
        messages.success(request, _("You are enrolled. Good luck!"))
        first = self.lessons[0] if self.lessons else None
        return redirect(first.url if first else self.url)


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

    def clean(self):
        super().clean()
        has_quiz = any(block.block_type == "quiz" for block in self.body)
        if self.completion == self.Completion.QUIZ and not has_quiz:
            raise ValidationError(
                {"completion": _("This lesson has no quiz: add one, or let the lesson count as completed when viewed.")}
            )
        from courses.exercise_work import exercise_blocks

        if self.completion == self.Completion.EXERCISE and not exercise_blocks(self):
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
        """Every route of a lesson (the lesson, its exercise editors and downloads) is for enrolled learners."""
        from courses import learning

        if not request.user.is_authenticated:
            return login_redirect(request)
        enrolment = learning.enrolment_for(request.user, self.course)
        if enrolment is None and not self.may_read_without_enrolment(request.user):
            messages.info(request, _("Enrol in the course to open its lessons."))
            return redirect(self.course.url)
        request.enrolment = enrolment
        return super().serve(request, view, args, kwargs)

    @path("")
    def lesson_view(self, request):
        from courses import learning

        enrolment = request.enrolment
        if request.method == "POST" and "exercise" in request.POST:
            return self.serve_exercise_submission(request, enrolment)
        if request.method == "POST":
            return self.serve_quiz_submission(request, enrolment)
        if enrolment:
            learning.record_visit(enrolment, self)
        return self.render(request)

    @path("genogram/<str:block_id>/", name="genogram")
    def genogram_view(self, request, block_id):
        from courses import genogram_editor

        return genogram_editor.editor(request, self, block_id)

    @path("cwiczenie/<str:block_id>/pobierz/<str:fmt>/", name="exercise_download")
    def exercise_download_view(self, request, block_id, fmt):
        from courses import exercise_work

        return exercise_work.download(request, self, block_id, fmt)

    def serve_quiz_submission(self, request, enrolment):
        from courses import learning
        from courses.quizzes import answers_from_post

        block = next((b for b in learning.quiz_blocks(self) if b.id == request.POST.get("quiz", "")), None)
        if block is None:
            messages.error(request, _("This quiz no longer exists; the lesson has changed. Please try again."))
            return redirect(self.url)
        if enrolment is None:
            messages.info(request, _("Quiz answers are stored for enrolled learners only."))
            return redirect(self.url)
        try:
            attempt = learning.submit_quiz(enrolment, self, block, answers_from_post(block.value, request.POST))
        except learning.AttemptsExhausted:
            messages.error(request, _("You have used every attempt at this quiz. Your coordinator can help."))
            return redirect(f"{self.url}#quiz-{block.id}")
        # Post/redirect/get: reloading the result page does not submit the answers again.
        return redirect(f"{self.url}?wynik={attempt.pk}#quiz-{block.id}")

    def serve_exercise_submission(self, request, enrolment):
        from courses import exercise_work, learning

        block = next((b for b in exercise_work.exercise_blocks(self) if b.id == request.POST.get("exercise", "")), None)
        if block is None:
            messages.error(request, _("This exercise no longer exists; the lesson has changed. Please try again."))
            return redirect(self.url)
        if enrolment is None:
            messages.info(request, _("Exercises are stored for enrolled learners only."))
            return redirect(self.url)
        if block.block_type == "genogram":  # drawn in its own editor
            return redirect(self.url + self.reverse_subpage("genogram", kwargs={"block_id": block.id}))
        # A self-assessment is handed in whenever it is complete; a worksheet when the learner says so.
        submit = block.block_type == "empowerment" or request.POST.get("action") == "submit"
        try:
            if block.block_type == "empowerment":
                state, saved = exercise_work.save_empowerment(enrolment, self, block, request.POST)
            else:
                state, saved = exercise_work.save_smart(enrolment, self, block, request.POST, submit)
        except exercise_work.ExerciseLocked:
            messages.error(
                request, _("This work has been handed in; it can be changed once the coordinator returns it.")
            )
            return redirect(f"{self.url}#exercise-{block.id}")
        if not saved:
            # Show the form again with what the learner typed and the errors beside the fields.
            request.exercise_states = {**exercise_work.states_for(enrolment, self), block.id: state}
            response = self.render(request)
            response.status_code = 400
            return response
        if submit:
            messages.success(request, _("Your work has been handed in."))
            if self.completion == self.Completion.EXERCISE and exercise_work.every_exercise_done(enrolment, self):
                learning.complete_lesson(enrolment, self)
        else:
            messages.success(request, _("Your draft has been saved."))
        return redirect(f"{self.url}#exercise-{block.id}")

    def quiz_state(self, request):
        """Per quiz block id: its attempts, attempts left and the result to show (only the learner's own)."""
        from courses import learning
        from courses.quizzes import pass_threshold, score

        enrolment = getattr(request, "enrolment", None)
        attempts = list(learning.QuizAttempt.objects.filter(enrolment=enrolment, lesson=self) if enrolment else [])
        course = self.course
        shown = request.GET.get("wynik", "")
        states = {}
        for block in learning.quiz_blocks(self):
            own = [attempt for attempt in attempts if attempt.quiz_id == block.id]
            limit = block.value["max_attempts"]
            result_attempt = next((a for a in own if str(a.pk) == shown), None)
            threshold = pass_threshold(block.value, course)
            states[block.id] = {
                "attempts": own,
                "passed": any(attempt.passed for attempt in own),
                "attempts_left": max(limit - len(own), 0) if limit else None,
                "threshold": threshold,
                "result": score(block.value, result_attempt.answers, threshold) if result_attempt else None,
            }
        return states

    def exercise_states(self, request):
        from courses import exercise_work

        if hasattr(request, "exercise_states"):
            return request.exercise_states
        return exercise_work.states_for(getattr(request, "enrolment", None), self)

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
