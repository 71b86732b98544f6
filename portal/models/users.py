from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Profile(models.Model):
    """What the portal knows about a user beyond Django's account: the regional centre they work for."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, verbose_name=_("user"), on_delete=models.CASCADE, related_name="profile"
    )
    region = models.ForeignKey(
        "portal.Region",
        verbose_name=_("region"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="profiles",
        help_text=_("The regional centre (ROPS) the person works for; editors' admin opens at its pages."),
    )

    class Meta:
        verbose_name = _("profile")
        verbose_name_plural = _("profiles")

    def __str__(self):
        return str(self.user)


def region_of(user):
    """The user's region, or None (anonymous users and users without a profile have none)."""
    if not getattr(user, "is_authenticated", False):
        return None
    try:
        return user.profile.region
    except Profile.DoesNotExist:
        return None
