"""Learners' exercise work: one submission per learner and exercise (several for repeatable ones)."""

import uuid

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class ExerciseSubmission(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", pgettext_lazy("exercise status", "draft")
        SUBMITTED = "submitted", pgettext_lazy("exercise status", "handed in")
        ACCEPTED = "accepted", pgettext_lazy("exercise status", "accepted")
        RETURNED = "returned", pgettext_lazy("exercise status", "returned for changes")

    # The id in URLs: random, so that guessing another learner's submission is hopeless (and checked anyway).
    public_id = models.UUIDField(_("public id"), default=uuid.uuid4, unique=True, editable=False)
    enrolment = models.ForeignKey(
        "courses.Enrolment", verbose_name=_("enrolment"), on_delete=models.CASCADE, related_name="exercise_submissions"
    )
    lesson = models.ForeignKey(
        "courses.LessonPage", verbose_name=_("lesson"), on_delete=models.CASCADE, related_name="+"
    )
    exercise_id = models.CharField(_("exercise"), max_length=64, help_text=_("The exercise block's id in the lesson."))
    kind = models.CharField(_("kind"), max_length=20)
    data = models.JSONField(_("the learner's work"), default=dict)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.DRAFT)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("last saved"), auto_now=True)
    submitted_at = models.DateTimeField(_("submitted"), null=True, blank=True)

    class Meta:
        verbose_name = _("exercise submission")
        verbose_name_plural = _("exercise submissions")
        ordering = ["-updated_at", "pk"]
        constraints = [
            # One worksheet per learner and exercise (repeatable self-assessments are separate rows).
            models.UniqueConstraint(
                fields=["enrolment", "lesson", "exercise_id"],
                condition=~models.Q(kind="empowerment"),
                name="one_submission_per_exercise",
            )
        ]

    def __str__(self):
        return f"{self.kind} {self.public_id}"

    @property
    def is_done(self):
        return self.status in (self.Status.SUBMITTED, self.Status.ACCEPTED)


class ExerciseComment(models.Model):
    """A coordinator's remark on a learner's work (shown to the learner under the exercise)."""

    submission = models.ForeignKey(
        ExerciseSubmission, verbose_name=_("exercise submission"), on_delete=models.CASCADE, related_name="comments"
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("author"), null=True, on_delete=models.SET_NULL, related_name="+"
    )
    text = models.TextField(_("comment"), max_length=3000)
    created_at = models.DateTimeField(_("written"), auto_now_add=True)

    class Meta:
        verbose_name = _("comment")
        verbose_name_plural = _("comments")
        ordering = ["created_at", "pk"]

    def __str__(self):
        return self.text[:50]
