from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index

from portal.blocks import HomeStreamBlock
from portal.content_version import content_version
from portal.models import BasePage, RegionPage
from portal.models.documents import prefetch_files
from portal.navigation import indexes_of
from portal.regions import attach_region_pages
from portal.sections import listed
from portal.visibility import public


class HomePage(BasePage):
    """The portal's front page: a hero, an introduction and the editors' highlights."""

    hero_heading = models.CharField(
        _("hero heading"),
        max_length=160,
        blank=True,
        help_text=_("The big line at the top; leave empty to use the page title."),
    )
    hero_text = models.TextField(
        _("hero text"),
        blank=True,
        max_length=400,
        help_text=_("One or two sentences shown under the big line at the top of the home page."),
    )
    hero_image = models.ForeignKey(
        "portal.PortalImage",
        verbose_name=_("hero image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Shown beside the big line at the top of the home page, cut to a landscape 3:2 shape; "
            "its alternative text is set on the image itself."
        ),
    )
    introduction = RichTextField(
        _("introduction"),
        blank=True,
        features=["h2", "h3", "bold", "italic", "link", "ul", "ol"],
        help_text=_("Text shown below the top of the home page, above the latest news, events and documents."),
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
    subpage_types = [
        "portal.StandardPage",
        "portal.RegionPage",
        "portal.AccessibilityStatementPage",
        "news.NewsIndexPage",
        "news.EventIndexPage",
        "portal.DocumentLibraryPage",
        "courses.CourseIndexPage",
    ]
    template = "pages/home_page.html"

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")

    def get_region_pages(self):
        """Live region pages of this language version, with their region and project in one query."""
        return (
            public(RegionPage.objects.child_of(self))
            .select_related("region__project")
            .order_by("region__project__name", "title")
        )

    def get_visible_highlights(self):
        """The editors' blocks minus those pointing at a page that is gone or unpublished."""

        def visible(block):
            if block.block_type == "highlight":
                return block.value["page"] is not None and block.value["page"].live
            if block.block_type == "call_to_action":
                page = block.value["page"]
                return (page is not None and page.live) or bool(block.value["url"])
            return True

        return [block for block in self.highlights if visible(block)]

    def get_sections(self, indexes):
        """Latest news, next events and newest documents of this language version, with their indexes."""
        events_index = indexes.get("events")
        return {
            "news_index": indexes.get("news"),
            "latest_news": attach_region_pages(listed("news", self)[:3]),
            "events_index": events_index,
            "next_events": attach_region_pages(events_index.upcoming()[:3] if events_index else []),
            "library": indexes.get("library"),
            "newest_documents": prefetch_files(attach_region_pages(listed("library", self)[:3])),
        }

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Everything below the hero is the same for every visitor until a page is published, moved
        # or deleted, or the day changes (upcoming events): the template caches it under this key.
        # A preview shows the editor's draft highlights, so it is never cached.
        context["is_preview"] = getattr(request, "is_preview", False)
        context["sections_cache_key"] = f"{content_version()}:{timezone.localdate().isoformat()}"
        # A callable: the template calls it only when the cached fragment is missing.
        context["home_sections"] = lambda: self.get_home_sections(request)
        return context

    def get_home_sections(self, request):
        sections = self.get_sections(indexes_of(self))
        sections["region_pages"] = list(self.get_region_pages())
        sections["highlights"] = self.get_visible_highlights()
        return sections
