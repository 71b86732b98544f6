"""The abstract base page every concrete page inherits from."""

from django.db import models
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, PublishingPanel
from wagtail.models import CommentPanelPlaceholder, Page
from wagtail.search import index

from portal.page_index import page_forms, readable_search_fields, search_fields_with_lemmas


class PortalPublishingPanel(PublishingPanel):
    """Wagtail's "Set publishing schedule" dialog, with help under its two dates (Wagtail gives them none)."""

    help_texts = {
        "go_live_at": _(
            "The date and time the page is to be published by itself; leave empty to publish it when you click "
            "“Publish”."
        ),
        "expire_at": _(
            "The date and time the page is to be taken off the site by itself, e.g. when a call for applications "
            "closes; leave empty to keep it on the site."
        ),
    }

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        for child in self.children:
            child.help_text = child.help_text or self.help_texts.get(child.field_name, "")


class BasePage(Page):
    """What all pages share: listing summary, social image, search fields, translation links."""

    listing_summary = models.TextField(
        _("listing summary"),
        blank=True,
        max_length=400,
        help_text=_("One or two sentences shown in listings and search results."),
    )
    social_image = models.ForeignKey(
        "portal.PortalImage",
        verbose_name=_("social media image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown when the page is shared on Facebook or LinkedIn (1200×630 px works best)."),
    )

    # The title and every other search field are also indexed with their words' lemmas and unaccented
    # forms (portal.page_index, filled by the search app), so that Polish inflection does not hide a page.
    search_fields = search_fields_with_lemmas(Page.search_fields) + [index.SearchField("listing_summary")]

    @classmethod
    def get_search_fields(cls):
        # Rich text and StreamFields are indexed as read: no choice labels, a break between blocks.
        return readable_search_fields(super().get_search_fields(), cls)

    promote_panels = [
        MultiFieldPanel(
            [FieldPanel("slug"), FieldPanel("seo_title"), FieldPanel("search_description")],
            heading=_("For search engines"),
        ),
        MultiFieldPanel(
            [FieldPanel("show_in_menus"), FieldPanel("listing_summary"), FieldPanel("social_image")],
            heading=_("Listings and sharing"),
        ),
    ]

    # Wagtail's own settings tab (scheduling, comments), with help under the scheduling dates.
    settings_panels = [PortalPublishingPanel(), CommentPanelPlaceholder()]

    class Meta:
        abstract = True

    def search_lemmas(self):
        return page_forms(self)

    def serve(self, request, *args, **kwargs):
        # Without a home page in the requested language Wagtail falls back to this page's tree (e.g.
        # /uk/… serves a Polish page): render it in the page's own language, so `lang` tells the truth.
        language = self.locale.language_code
        if translation.get_language() == language:
            return super().serve(request, *args, **kwargs)
        with translation.override(language):
            request.LANGUAGE_CODE = language
            response = super().serve(request, *args, **kwargs)
            if hasattr(response, "render"):
                response.render()
        return response
