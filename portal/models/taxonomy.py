"""The three sister projects and the fifteen regional centres (ROPS) that run them."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel


class Project(models.Model):
    """One of the "Model Kooperacji" projects, e.g. "Kooperacja 3D"."""

    class MunicipalityType(models.TextChoices):
        RURAL = "rural", _("rural municipalities")
        URBAN_RURAL = "urban-rural", _("urban-rural municipalities")
        URBAN = "urban", _("urban municipalities")

    name = models.CharField(
        _("name"),
        max_length=120,
        unique=True,
        help_text=_("The project's name as the public knows it, e.g. “Kooperacja 3D”."),
    )
    slug = models.SlugField(_("slug"), max_length=60, unique=True, help_text=_("Used in addresses and filters."))
    municipality_type = models.CharField(
        _("municipality type"),
        max_length=16,
        choices=MunicipalityType.choices,
        help_text=_("The kind of municipality the project's model is built for."),
    )
    lead_region = models.ForeignKey(
        "portal.Region",
        verbose_name=_("lead region"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The ROPS that leads the partnership."),
    )
    description = models.TextField(_("description"), blank=True, help_text=_("Two or three sentences for the public."))

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("municipality_type"),
        FieldPanel("lead_region"),
        FieldPanel("description"),
    ]

    class Meta:
        ordering = ["name"]
        verbose_name = _("project")
        verbose_name_plural = _("projects")

    def __str__(self):
        return self.name


class Region(models.Model):
    """A regional social-policy centre (ROPS) and the voivodeship it serves."""

    name = models.CharField(
        _("name"),
        max_length=200,
        unique=True,
        help_text=_("Full name of the centre, e.g. “Regionalny Ośrodek Polityki Społecznej w Kielcach”."),
    )
    short_name = models.CharField(_("short name"), max_length=40, help_text=_("E.g. “ROPS Kielce”."))
    slug = models.SlugField(
        _("slug"), max_length=60, unique=True, help_text=_("Used in addresses, e.g. “swietokrzyskie”.")
    )
    voivodeship = models.CharField(_("voivodeship"), max_length=40, help_text=_("E.g. “świętokrzyskie”."))
    city = models.CharField(
        _("city"), max_length=80, help_text=_("The city where the centre has its seat, e.g. “Kielce”.")
    )
    address = models.TextField(_("address"), blank=True, help_text=_("Street, number, postcode and city."))
    phone = models.CharField(
        _("phone"),
        max_length=40,
        blank=True,
        help_text=_("The centre's main phone number, shown in the contact box of its region page."),
    )
    email = models.EmailField(
        _("e-mail"),
        blank=True,
        help_text=_("The centre's general e-mail address, shown in the contact box of its region page."),
    )
    website = models.URLField(
        _("website"),
        blank=True,
        help_text=_("The address of the centre's own website, starting with https://; linked from its region page."),
    )
    logo = models.ForeignKey(
        "portal.PortalImage",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown in the contact box of the region page; its alternative text is set on the image itself."),
    )
    project = models.ForeignKey(
        Project,
        verbose_name=_("project"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="regions",
        help_text=_("The project this centre takes part in."),
    )

    panels = [
        MultiFieldPanel(
            [FieldPanel("name"), FieldPanel("short_name"), FieldPanel("slug"), FieldPanel("project")],
            heading=_("Centre"),
        ),
        MultiFieldPanel(
            [FieldPanel("voivodeship"), FieldPanel("city"), FieldPanel("address")],
            heading=_("Location"),
        ),
        MultiFieldPanel(
            [FieldPanel("phone"), FieldPanel("email"), FieldPanel("website"), FieldPanel("logo")],
            heading=_("Contact"),
        ),
    ]

    class Meta:
        ordering = ["voivodeship"]
        verbose_name = _("region")
        verbose_name_plural = _("regions")

    def __str__(self):
        return f"{self.short_name} ({self.voivodeship})"
