"""Standard pages and the regional centres' pages."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index

from portal.blocks import BodyStreamBlock
from portal.models.base import BasePage
from portal.navigation import section_index
from portal.sections import listed


class StandardPage(BasePage):
    """A page of text and blocks: "O projekcie", "Kontakt" and the like."""

    introduction = models.TextField(
        _("introduction"), blank=True, help_text=_("A short lead paragraph shown under the title.")
    )
    body = StreamField(
        BodyStreamBlock(),
        verbose_name=_("body"),
        blank=True,
        help_text=_("The content of the page: text, headings, images, tables, videos, files and other blocks."),
    )

    content_panels = BasePage.content_panels + [FieldPanel("introduction"), FieldPanel("body")]
    search_fields = BasePage.search_fields + [index.SearchField("introduction"), index.SearchField("body")]

    parent_page_types = ["home.HomePage", "portal.StandardPage", "portal.RegionPage"]
    subpage_types = ["portal.StandardPage"]
    template = "pages/standard_page.html"

    class Meta:
        verbose_name = _("standard page")
        verbose_name_plural = _("standard pages")


class RegionPage(BasePage):
    """The home of one ROPS in the portal; its editors publish under it."""

    region = models.ForeignKey(
        "portal.Region",
        verbose_name=_("region"),
        on_delete=models.PROTECT,
        related_name="pages",
        help_text=_("The regional centre this page belongs to; its contact details are shown on the page."),
    )
    introduction = RichTextField(
        _("description"),
        blank=True,
        features=["bold", "italic", "link", "ul", "ol"],
        help_text=_("What the centre does in the project, in a few sentences."),
    )
    body = StreamField(
        BodyStreamBlock(),
        verbose_name=_("body"),
        blank=True,
        help_text=_("More about the centre, e.g. its team or activities; shown above the region's latest news."),
    )

    content_panels = BasePage.content_panels + [FieldPanel("region"), FieldPanel("introduction"), FieldPanel("body")]
    search_fields = BasePage.search_fields + [index.SearchField("introduction"), index.SearchField("body")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["news.NewsPage", "news.EventPage", "portal.ModelDocumentPage", "portal.StandardPage"]
    template = "pages/region_page.html"

    class Meta:
        verbose_name = _("region page")
        verbose_name_plural = _("region pages")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["latest_news"] = list(listed("news", self, children_only=True)[:5])
        context["upcoming_events"] = list(listed("events", self, children_only=True)[:3])
        # The cards name the item's region: it is this page (no query per card).
        for item in context["latest_news"] + context["upcoming_events"]:
            item.region_page = self
        news_index = section_index("news", self)
        if news_index:
            base = news_index.get_url(request)
            context["news_feeds"] = {
                "rss": f"{base}{news_index.reverse_subpage('rss')}?region={self.slug}",
                "atom": f"{base}{news_index.reverse_subpage('atom')}?region={self.slug}",
            }
        context["documents"] = listed("library", self, children_only=True)[:5]
        return context

    def clean(self):
        super().clean()
        if self.region_id and self.locale_id:
            others = RegionPage.objects.filter(region_id=self.region_id, locale_id=self.locale_id).exclude(pk=self.pk)
            if others.exists():
                raise ValidationError({"region": _("This region already has its page in this language.")})
