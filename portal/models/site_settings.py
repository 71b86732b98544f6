"""Site-wide settings editors change in the admin: organisation, EU funding strip, footer."""

from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, ObjectList, TabbedInterface
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.models import Orderable


@register_setting(icon="site")
class PortalSettings(ClusterableModel, BaseSiteSetting):
    organisation_name = models.CharField(
        _("organisation name"),
        max_length=200,
        blank=True,
        help_text=_("Shown in the footer, e.g. “Regionalny Ośrodek Polityki Społecznej w Kielcach”."),
    )
    contact_address = models.TextField(
        _("address"),
        blank=True,
        help_text=_("Shown in the footer under the organisation name; put the street and the city on separate lines."),
    )
    contact_phone = models.CharField(
        _("phone"),
        max_length=40,
        blank=True,
        help_text=_("Shown in the footer; visitors on a mobile phone can call it with one tap."),
    )
    contact_email = models.EmailField(
        _("e-mail"), blank=True, help_text=_("Shown in the footer as a link that opens a new e-mail message.")
    )

    funding_image = models.ForeignKey(
        "portal.PortalImage",
        verbose_name=_("EU funding mark strip"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The strip with the marks: Fundusze Europejskie, Rzeczpospolita Polska, Unia Europejska."),
    )
    funding_image_alt = models.CharField(
        _("alternative text of the strip"),
        max_length=300,
        blank=True,
        help_text=_("Name every mark on the strip, in the order shown."),
    )
    funding_sentence = models.TextField(
        _("funding sentence (Polish)"),
        blank=True,
        help_text=_("E.g. “Projekt współfinansowany ze środków Unii Europejskiej w ramach …”."),
    )
    funding_sentence_en = models.TextField(
        _("funding sentence (English)"),
        blank=True,
        help_text=_("Shown on the English version of the site; leave empty to show the Polish sentence there."),
    )
    funding_sentence_uk = models.TextField(
        _("funding sentence (Ukrainian)"),
        blank=True,
        help_text=_("Shown on the Ukrainian version of the site; leave empty to show the Polish sentence there."),
    )

    edit_handler = TabbedInterface(
        [
            ObjectList(
                [
                    FieldPanel("organisation_name"),
                    MultiFieldPanel(
                        [FieldPanel("contact_address"), FieldPanel("contact_phone"), FieldPanel("contact_email")],
                        heading=_("Contact"),
                    ),
                ],
                heading=_("Organisation"),
            ),
            ObjectList(
                [
                    FieldPanel("funding_image"),
                    FieldPanel("funding_image_alt"),
                    FieldPanel("funding_sentence"),
                    FieldPanel("funding_sentence_en"),
                    FieldPanel("funding_sentence_uk"),
                ],
                heading=_("EU funding"),
            ),
            ObjectList(
                [
                    InlinePanel("footer_links", heading=_("Footer links"), label=_("footer link")),
                    InlinePanel("social_links", heading=_("Social links"), label=_("social media profile")),
                ],
                heading=_("Footer"),
            ),
        ]
    )

    class Meta:
        verbose_name = _("portal settings")

    def funding_sentence_for_language(self, language_code=None):
        """The funding sentence in the given (default: active) language, falling back to Polish."""
        language_code = (language_code or get_language() or "pl")[:2]
        translated = {"en": self.funding_sentence_en, "uk": self.funding_sentence_uk}.get(language_code)
        return translated or self.funding_sentence


class FooterLink(Orderable):
    settings = ParentalKey(PortalSettings, on_delete=models.CASCADE, related_name="footer_links")
    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("Shown in the visitor's language when the page has a translation."),
    )
    label = models.CharField(_("label"), max_length=80, blank=True, help_text=_("Leave empty to use the page title."))

    panels = [FieldPanel("page"), FieldPanel("label")]


class SocialLink(Orderable):
    class Platform(models.TextChoices):
        FACEBOOK = "facebook", "Facebook"
        YOUTUBE = "youtube", "YouTube"
        LINKEDIN = "linkedin", "LinkedIn"
        INSTAGRAM = "instagram", "Instagram"
        X = "x", "X"
        OTHER = "other", _("other")

    settings = ParentalKey(PortalSettings, on_delete=models.CASCADE, related_name="social_links")
    platform = models.CharField(
        _("platform"),
        max_length=20,
        choices=Platform.choices,
        help_text=_("The service the link leads to; its name is shown when the label is empty."),
    )
    url = models.URLField(
        _("address"), help_text=_("The full address of the profile, e.g. “https://www.facebook.com/…”.")
    )
    label = models.CharField(
        _("label"), max_length=80, blank=True, help_text=_("E.g. “ROPS Kielce on Facebook”; empty: the platform name.")
    )

    panels = [FieldPanel("platform"), FieldPanel("url"), FieldPanel("label")]

    @property
    def display_label(self):
        return self.label or self.get_platform_display()
