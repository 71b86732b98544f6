from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Team(models.Model):
    """A municipality's cooperation team (G-PZK, Gminno-Powiatowy Zespół Kooperacji): learners belong to one."""

    name = models.CharField(
        _("name"),
        max_length=200,
        help_text=_("E.g. “G-PZK w Chmielniku”: how coordinators and learners call the team."),
    )
    municipality = models.CharField(
        _("municipality"), max_length=120, help_text=_("The municipality (gmina) the team works in.")
    )
    region = models.ForeignKey(
        "portal.Region",
        verbose_name=_("region"),
        on_delete=models.PROTECT,
        related_name="teams",
        help_text=_("The voivodeship whose ROPS coordinates the team."),
    )

    class Meta:
        verbose_name = _("cooperation team")
        verbose_name_plural = _("cooperation teams")
        ordering = ["region__name", "municipality", "name"]
        constraints = [models.UniqueConstraint(fields=["region", "name"], name="unique_team_name_per_region")]

    def __str__(self):
        return self.name


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
    team = models.ForeignKey(
        Team,
        verbose_name=_("cooperation team"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="members",
        help_text=_("The municipal cooperation team (G-PZK) a learner belongs to."),
    )
    awaiting_approval = models.BooleanField(
        _("awaiting approval"),
        default=False,
        help_text=_("Set for people who registered themselves; a coordinator of their region activates the account."),
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
