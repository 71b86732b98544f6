"""Learner state: plain Django models keyed by the learner's enrolment in a course (never Page models)."""

import secrets

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

# Crockford's base32 without look-alikes: codes are read aloud and typed from paper.
CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ"


def new_certificate_code():
    raw = "".join(secrets.choice(CODE_ALPHABET) for _ in range(12))
    return f"{raw[:4]}-{raw[4:8]}-{raw[8:]}"


class Enrolment(models.Model):
    class Status(models.TextChoices):
        # A context of their own: as labels of a course they agree with "szkolenie" in Polish.
        ENROLLED = "enrolled", pgettext_lazy("enrolment status", "not started")
        IN_PROGRESS = "in_progress", pgettext_lazy("enrolment status", "in progress")
        COMPLETED = "completed", pgettext_lazy("enrolment status", "completed")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("learner"), on_delete=models.CASCADE, related_name="enrolments"
    )
    course = models.ForeignKey(
        "courses.CoursePage", verbose_name=_("course"), on_delete=models.CASCADE, related_name="enrolments"
    )
    enrolled_at = models.DateTimeField(_("enrolled"), auto_now_add=True)
    enrolled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("enrolled by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    last_activity_at = models.DateTimeField(_("last activity"), null=True, blank=True)
    last_lesson = models.ForeignKey(
        "courses.LessonPage",
        verbose_name=_("last lesson opened"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    completed_at = models.DateTimeField(_("completed"), null=True, blank=True)

    class Meta:
        verbose_name = _("enrolment")
        verbose_name_plural = _("enrolments")
        constraints = [models.UniqueConstraint(fields=["user", "course"], name="one_enrolment_per_course")]
        indexes = [models.Index(fields=["course", "completed_at"], name="enrolment_course_completed")]
        permissions = [
            ("view_region_learners", _("Can see the learners of their own region in course reports")),
            ("view_all_learners", _("Can see every learner in course reports")),
        ]

    def __str__(self):
        return f"{self.user} – {self.course_id}"

    @property
    def status(self):
        if self.completed_at:
            return self.Status.COMPLETED
        if self.last_activity_at:
            return self.Status.IN_PROGRESS
        return self.Status.ENROLLED


class LessonProgress(models.Model):
    """One row per learner and lesson; the unique constraint keeps concurrent completions to one record."""

    enrolment = models.ForeignKey(
        Enrolment, verbose_name=_("enrolment"), on_delete=models.CASCADE, related_name="lesson_progress"
    )
    lesson = models.ForeignKey(
        "courses.LessonPage", verbose_name=_("lesson"), on_delete=models.CASCADE, related_name="+"
    )
    first_viewed_at = models.DateTimeField(_("first opened"), auto_now_add=True)
    completed_at = models.DateTimeField(_("completed"), null=True, blank=True)

    class Meta:
        verbose_name = _("lesson progress")
        verbose_name_plural = _("lesson progress")
        constraints = [models.UniqueConstraint(fields=["enrolment", "lesson"], name="one_progress_per_lesson")]

    def __str__(self):
        return f"{self.enrolment_id}/{self.lesson_id}"


class QuizAttempt(models.Model):
    enrolment = models.ForeignKey(
        Enrolment, verbose_name=_("enrolment"), on_delete=models.CASCADE, related_name="quiz_attempts"
    )
    lesson = models.ForeignKey(
        "courses.LessonPage", verbose_name=_("lesson"), on_delete=models.CASCADE, related_name="+"
    )
    quiz_id = models.CharField(_("quiz"), max_length=64, help_text=_("The quiz block's id within the lesson."))
    answers = models.JSONField(_("answers"), default=list, help_text=_("Chosen answer numbers, per question."))
    score = models.PositiveSmallIntegerField(_("score"))
    max_score = models.PositiveSmallIntegerField(_("maximum score"))
    percent = models.PositiveSmallIntegerField(_("result (%)"))
    passed = models.BooleanField(_("passed"))
    submitted_at = models.DateTimeField(_("submitted"), auto_now_add=True)

    class Meta:
        verbose_name = _("quiz attempt")
        verbose_name_plural = _("quiz attempts")
        ordering = ["submitted_at", "pk"]
        indexes = [models.Index(fields=["enrolment", "lesson", "quiz_id"], name="attempt_enrolment_quiz")]

    def __str__(self):
        return f"{self.quiz_id}: {self.percent}%"


class Certificate(models.Model):
    """A completion certificate; the PDF is drawn on request from these fields (nothing stored to leak)."""

    enrolment = models.OneToOneField(
        Enrolment, verbose_name=_("enrolment"), on_delete=models.CASCADE, related_name="certificate"
    )
    code = models.CharField(_("verification code"), max_length=20, unique=True, default=new_certificate_code)
    learner_name = models.CharField(_("learner's name"), max_length=300)
    course_title = models.CharField(_("course"), max_length=255)
    minutes = models.PositiveIntegerField(_("duration (minutes)"))
    issued_at = models.DateTimeField(_("issued"), auto_now_add=True)
    revoked_at = models.DateTimeField(_("revoked"), null=True, blank=True)
    revoked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("revoked by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    revocation_reason = models.CharField(_("reason for revocation"), max_length=300, blank=True)

    class Meta:
        verbose_name = _("certificate")
        verbose_name_plural = _("certificates")

    def __str__(self):
        return self.code

    @property
    def is_revoked(self):
        return self.revoked_at is not None

    @property
    def hours(self):
        """Academic-style hours rounded to a half hour, as certificates state them."""
        return round(self.minutes / 30) / 2
