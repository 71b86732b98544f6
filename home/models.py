from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index

from portal.blocks import HomeStreamBlock
from portal.models import BasePage, RegionPage


class HomePage(BasePage):
    """The portal's front page: a hero, an introduction and the editors' highlights."""

    hero_heading = models.CharField(
        _("hero heading"),
        max_length=160,
        blank=True,
        help_text=_("The big line at the top; leave empty to use the page title."),
    )
    hero_text = models.TextField(_("hero text"), blank=True, max_length=400)
    hero_image = models.ForeignKey(
        "portal.PortalImage",
        verbose_name=_("hero image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    introduction = RichTextField(
        _("introduction"), blank=True, features=["h2", "h3", "bold", "italic", "link", "ul", "ol"]
    )
    highlights = StreamField(
        HomeStreamBlock(),
        verbose_name=_("highlights"),
        blank=True,
        help_text=_("Cards and calls to action the editors want to promote."),
    )

    content_panels = BasePage.content_panels + [
        MultiFieldPanel(
            [FieldPanel("hero_heading"), FieldPanel("hero_text"), FieldPanel("hero_image")], heading=_("Hero")
        ),
        FieldPanel("introduction"),
        FieldPanel("highlights"),
    ]
    search_fields = BasePage.search_fields + [index.SearchField("introduction"), index.SearchField("hero_text")]

    # One home page per language version, all directly under the root (wagtail-localize makes them).
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["portal.StandardPage", "portal.RegionPage", "portal.AccessibilityStatementPage"]
    template = "pages/home_page.html"

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")

    def get_region_pages(self):
        """Live region pages of this language version, with their region and project in one query."""
        return (
            RegionPage.objects.child_of(self)
            .live()
            .public()
            .select_related("region__project")
            .order_by("region__project__name", "title")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["region_pages"] = self.get_region_pages()
        return context
