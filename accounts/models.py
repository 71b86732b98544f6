"""Learner accounts: invitations by coordinators, the self-registration switch, deletion requests."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting


@register_setting(icon="user")
class AccountSettings(BaseGenericSetting):
    allow_self_registration = models.BooleanField(
        _("allow self-registration"),
        default=False,
        help_text=_(
            "When on, team members can create an account themselves; it stays inactive until a coordinator "
            "of their region approves it. When off, accounts are created by invitation only."
        ),
    )

    class Meta:
        verbose_name = _("learner accounts")


class Invitation(models.Model):
    """A coordinator invited someone: their account exists (no password yet) and an e-mail link sets one."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, verbose_name=_("invited person"), on_delete=models.CASCADE, related_name="invitation"
    )
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("invited by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("sent"), auto_now_add=True)
    accepted_at = models.DateTimeField(_("accepted"), null=True, blank=True)
    courses = models.ManyToManyField(
        "courses.CoursePage",
        verbose_name=_("courses"),
        blank=True,
        related_name="+",
        help_text=_("Courses the person is enrolled in when they accept."),
    )

    class Meta:
        verbose_name = _("invitation")
        verbose_name_plural = _("invitations")
        permissions = [("invite_learners", _("Can invite learners and approve registrations"))]

    def __str__(self):
        return str(self.user)


class DeletionRequest(models.Model):
    """A learner asked for their personal data to be erased; an administrator anonymises the account."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("learner"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="deletion_requests",
    )
    requested_at = models.DateTimeField(_("requested"), auto_now_add=True)
    reason = models.TextField(_("reason"), blank=True, max_length=2000)
    handled_at = models.DateTimeField(_("handled"), null=True, blank=True)
    handled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("handled by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("deletion request")
        verbose_name_plural = _("deletion requests")
        ordering = ["-requested_at"]

    def __str__(self):
        return f"{self.user} ({self.requested_at:%Y-%m-%d})"
