"""The abstract base page every concrete page inherits from."""

from django.db import models
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import Page
from wagtail.search import index


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

    search_fields = Page.search_fields + [index.SearchField("listing_summary")]

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

    class Meta:
        abstract = True

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
