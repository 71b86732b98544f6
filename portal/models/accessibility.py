"""The accessibility statement (deklaracja dostępności) that Polish law requires of public bodies.

Fields follow the structure of the official template ("Warunki techniczne publikacji oraz struktura
dokumentu elektronicznego deklaracji dostępności"); the template renders them with its element ids.
The sentences the Act (art. 18 of the Act of 4 April 2019) and the template fix – the request
fulfilled within 7 days, the complaint, the Rzecznik Praw Obywatelskich – are in the page template,
not in a field, so that every region's statement keeps them; the fields hold what differs per body.
"""

import re
from html import unescape

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.search import index

from portal.models.base import BasePage

RICH_TEXT_FEATURES = ["h3", "bold", "italic", "link", "ul", "ol"]
# The lists under the template's own h3 headings ("Treści niedostępne", "Wyłączenia") have no headings.
LIST_FEATURES = ["bold", "italic", "link", "ul", "ol"]

# The Rzecznik Praw Obywatelskich, to whom a complainant may apply once the complaint procedure is over.
RPO_URL = "https://bip.brpo.gov.pl/"

_ITEM_BOUNDARY = re.compile(r"</?(?:p|li|ul|ol|h[1-6]|br|div)\b[^>]*>", re.IGNORECASE)


def listed_items(html):
    """The items of a rich-text list (each list point or paragraph), keyed by a form that ignores case,
    spacing and the punctuation around them, so that the same item written twice is found."""
    items = {}
    for chunk in _ITEM_BOUNDARY.split(html or ""):
        text = " ".join(unescape(strip_tags(chunk)).split())
        key = text.strip(" .,;:–-").casefold()
        if key:
            items.setdefault(key, text)
    return items


class AccessibilityStatementPage(BasePage):
    class Status(models.TextChoices):
        COMPLIANT = "compliant", _("fully compliant")
        PARTIAL = "partial", _("partially compliant")
        NON_COMPLIANT = "non-compliant", _("not compliant")

    class Assessment(models.TextChoices):
        SELF = "self", _("self-assessment by the public body")
        EXTERNAL = "external", _("assessment by an external body")

    entity_name = models.CharField(
        _("name of the public body"), max_length=300, help_text=_("Full name, e.g. “Regionalny Ośrodek …”.")
    )
    entity_address = models.CharField(
        _("address of the public body"),
        max_length=300,
        help_text=_(
            "Street and number, postcode and town of the body's seat, e.g. “ul. Witosa 86, 25-561 Kielce”. "
            "Complaints are sent there, and the section on architectural accessibility gives it as the "
            "building's address."
        ),
    )
    site_name = models.CharField(
        _("name of the website"), max_length=200, help_text=_("As the public knows it, e.g. “Portal Kooperacji”.")
    )
    site_url = models.URLField(
        _("address of the website"), help_text=_("The full address of the website, starting with https://.")
    )
    publication_date = models.DateField(
        _("date the website was published"), help_text=_("The day the website was first made available to the public.")
    )
    last_update_date = models.DateField(
        _("date of the last significant update"),
        help_text=_("The day of the last major change to the website, e.g. a new layout or a new section."),
    )
    status = models.CharField(
        _("compliance status"),
        max_length=16,
        choices=Status.choices,
        help_text=_("Choose according to the result of the latest accessibility assessment of the website."),
    )
    # The template's "Treści niedostępne" (its "niezgodności"); the field kept its name when the
    # exemptions got a field of their own, so the text written before stays here.
    non_compliance = RichTextField(
        _("inaccessible content"),
        blank=True,
        features=LIST_FEATURES,
        help_text=_(
            "One list point per item: what is not accessible, why, and how to get it another way. Recordings "
            "(audio and video) published on or after 23 September 2020 without captions or a transcript "
            "belong here. Required unless the website is fully compliant."
        ),
    )
    exemptions = RichTextField(
        _("exemptions"),
        blank=True,
        features=LIST_FEATURES,
        help_text=_(
            "One list point per item: content the Act exempts from the accessibility requirement, e.g. "
            "recordings (audio and video) published before 23 September 2020 or office files published "
            "before 23 September 2018. An item is either here or under inaccessible content, never in both."
        ),
    )
    preparation_date = models.DateField(
        _("date the statement was prepared"), help_text=_("The day the statement was first drawn up.")
    )
    review_date = models.DateField(
        _("date of the last review of the statement"),
        null=True,
        blank=True,
        help_text=_("The day the statement was last checked and brought up to date; leave empty until then."),
    )
    assessment = models.CharField(
        _("how compliance was assessed"),
        max_length=16,
        choices=Assessment.choices,
        help_text=_("Whether the website was assessed by your own staff or by an external auditor."),
    )
    auditor = models.CharField(
        _("external auditor"), max_length=300, blank=True, help_text=_("Required for an external assessment.")
    )
    keyboard_shortcuts = RichTextField(
        _("keyboard shortcuts and accessibility aids"),
        blank=True,
        features=RICH_TEXT_FEATURES,
        help_text=_(
            "Keyboard shortcuts and aids the website offers, e.g. high contrast or larger text; "
            "leave empty if there are none."
        ),
    )
    contact_person = models.CharField(
        _("contact person"),
        max_length=200,
        help_text=_("The person who answers questions about accessibility, e.g. the accessibility coordinator."),
    )
    contact_email = models.EmailField(
        _("contact e-mail"), help_text=_("The e-mail address for questions and requests about accessibility.")
    )
    contact_phone = models.CharField(
        _("contact phone"),
        max_length=40,
        help_text=_("The phone number for questions about accessibility, e.g. of the contact person."),
    )
    procedure = RichTextField(
        _("more about requests and complaints"),
        blank=True,
        features=RICH_TEXT_FEATURES,
        help_text=_(
            "Only what the standard text does not say, e.g. that requests may also be handed in at the "
            "reception. The page itself gives the procedure: the 7-day deadline, the complaint and the "
            "Rzecznik Praw Obywatelskich."
        ),
    )
    architecture = RichTextField(
        _("architectural accessibility"),
        blank=True,
        features=RICH_TEXT_FEATURES,
        help_text=_("Entrances, lifts, parking, induction loops, sign-language interpreter, guide dogs."),
    )
    mobile_apps = RichTextField(
        _("mobile applications"),
        blank=True,
        features=RICH_TEXT_FEATURES,
        help_text=_("The body's mobile applications and where to download them; leave empty if there are none."),
    )

    content_panels = BasePage.content_panels + [
        MultiFieldPanel(
            [
                FieldPanel("entity_name"),
                FieldPanel("entity_address"),
                FieldPanel("site_name"),
                FieldPanel("site_url"),
            ],
            heading=_("Introduction"),
        ),
        MultiFieldPanel(
            [FieldPanel("publication_date"), FieldPanel("last_update_date")], heading=_("Dates of the website")
        ),
        MultiFieldPanel(
            [
                FieldPanel("status"),
                FieldPanel("non_compliance"),
                FieldPanel("exemptions"),
                FieldPanel("keyboard_shortcuts"),
            ],
            heading=_("Compliance"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("preparation_date"),
                FieldPanel("review_date"),
                FieldPanel("assessment"),
                FieldPanel("auditor"),
            ],
            heading=_("Preparation of the statement"),
        ),
        MultiFieldPanel(
            [FieldPanel("contact_person"), FieldPanel("contact_email"), FieldPanel("contact_phone")],
            heading=_("Feedback and contact details"),
        ),
        FieldPanel("procedure"),
        FieldPanel("architecture"),
        FieldPanel("mobile_apps"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("non_compliance"),
        index.SearchField("exemptions"),
        index.SearchField("procedure"),
    ]

    RPO_URL = RPO_URL

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    template = "pages/accessibility_statement_page.html"

    class Meta:
        verbose_name = _("accessibility statement")
        verbose_name_plural = _("accessibility statements")

    @classmethod
    def can_create_at(cls, parent):
        # One statement per language version: its home page holds at most one.
        return super().can_create_at(parent) and not cls.objects.child_of(parent).exists()

    def clean(self):
        super().clean()
        errors = {}
        if self.assessment == self.Assessment.EXTERNAL and not self.auditor.strip():
            errors["auditor"] = _("Enter the name of the external auditor.")
        inaccessible = listed_items(self.non_compliance)
        if self.status != self.Status.COMPLIANT and not inaccessible:
            errors["non_compliance"] = _("List the inaccessible content when the website is not fully compliant.")
        elif self.status == self.Status.COMPLIANT and inaccessible:
            errors["non_compliance"] = _(
                "A fully compliant website has no inaccessible content: choose another compliance status "
                "or empty this list."
            )
        twice = [text for key, text in listed_items(self.exemptions).items() if key in inaccessible]
        if twice:
            errors["exemptions"] = [
                _(
                    "Listed both as an exemption and as inaccessible content: “%(item)s”. Keep it in one list "
                    "only: recordings published before 23 September 2020 are exemptions, later ones are "
                    "inaccessible content."
                )
                % {"item": text}
                for text in twice
            ]
        if errors:
            raise ValidationError(errors)
