"""News items (aktualności) published by the regions, and the site-wide news index."""

from django import forms
from django.db import models
from django.utils import timezone
from django.utils.functional import SimpleLazyObject, cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.contrib.routable_page.models import path
from wagtail.fields import StreamField
from wagtail.models import Orderable, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index

from news.feeds import AtomNewsFeed, NewsFeed
from portal.blocks import BodyStreamBlock
from portal.content_version import article_cache_version
from portal.listing import ListingFilterForm, ListingIndexPage
from portal.models import BasePage
from portal.navigation import section_index
from portal.regions import attach_region_pages, region_page_of
from portal.visibility import public


class NewsPageTag(TaggedItemBase):
    content_object = ParentalKey("news.NewsPage", on_delete=models.CASCADE, related_name="tagged_items")


class NewsPageQuerySet(PageQuerySet):
    def newest(self):
        """Newest first (the later page first on the same day), with the cards' images."""
        return self.select_related("image").order_by("-date", "-pk")


class NewsPage(BasePage):
    date = models.DateField(
        _("publication date"),
        null=True,
        blank=True,
        db_index=True,
        help_text=_("Filled in on first publication; change it only for items imported from the old portal."),
    )
    lead = models.TextField(_("lead"), max_length=600, help_text=_("One or two sentences that open the item."))
    image = models.ForeignKey(
        "portal.PortalImage",
        verbose_name=_("main image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Its alternative text is set on the image itself."),
    )
    image_caption = models.CharField(
        _("caption of the main image"),
        max_length=300,
        blank=True,
        help_text=_("Shown under the image, e.g. who is in the photo and where it was taken."),
    )
    body = StreamField(
        BodyStreamBlock(),
        verbose_name=_("body"),
        blank=True,
        help_text=_("The full text of the news item, shown below the lead and the main image."),
    )
    tags = ClusterTaggableManager(
        through=NewsPageTag,
        blank=True,
        verbose_name=_("tags"),
        help_text=_(
            "Keywords that link this item with news on the same topic; confirm each tag with Enter or a comma."
        ),
    )

    content_panels = BasePage.content_panels + [
        FieldPanel("date"),
        FieldPanel("lead"),
        FieldPanel("image"),
        FieldPanel("image_caption"),
        FieldPanel("body"),
        InlinePanel("gallery_images", heading=_("Photo gallery"), label=_("photo")),
        MultiFieldPanel(
            [
                FieldPanel("tags"),
                InlinePanel("related_links", heading=_("Related news"), label=_("link to a news item")),
            ],
            heading=_("Links"),
        ),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("lead"),
        index.SearchField("body"),
        index.FilterField("date"),
    ]

    parent_page_types = ["portal.RegionPage"]
    subpage_types = []
    template = "pages/news_page.html"

    objects = PageManager.from_queryset(NewsPageQuerySet)()

    class Meta:
        verbose_name = _("news item")
        verbose_name_plural = _("news items")

    def save(self, *args, **kwargs):
        # The publication date defaults to the first publication.
        if self.date is None and self.first_published_at:
            self.date = timezone.localdate(self.first_published_at)
        super().save(*args, **kwargs)

    @property
    def display_date(self):
        return self.date or (self.first_published_at and timezone.localdate(self.first_published_at))

    @cached_property
    def region_page(self):
        return region_page_of(self)

    def get_related_news(self, limit=3, tags=None):
        """Editor's choices first, topped up by shared tags, then the same region; newest first, never itself."""
        # The editor's choices, minus drafts and restricted items (their titles would show to anyone).
        chosen_ids = [link.page_id for link in self.related_links.all() if link.page_id != self.pk]
        visible = public(NewsPage.objects.select_related("image")).in_bulk(chosen_ids)
        related = [visible[pk] for pk in chosen_ids if pk in visible][:limit]
        seen = {page.pk for page in related} | {self.pk}
        live = public(NewsPage.objects.filter(locale_id=self.locale_id)).exclude(pk__in=seen).select_related("image")
        if len(related) < limit:
            tag_ids = [tag.pk for tag in tags] if tags is not None else list(self.tags.values_list("pk", flat=True))
            if tag_ids:
                # A subquery rather than a join + DISTINCT, which would compare whole page rows.
                tagged = NewsPageTag.objects.filter(tag_id__in=tag_ids).values("content_object_id")
                by_tags = live.filter(pk__in=tagged).newest()[: limit - len(related)]
                related += list(by_tags)
        if len(related) < limit and self.region_page:
            seen = {page.pk for page in related} | {self.pk}
            same_region = live.exclude(pk__in=seen).descendant_of(self.region_page).newest()
            related += list(same_region[: limit - len(related)])
        return attach_region_pages(related)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Lazy: when the article comes from the fragment cache, none of these queries run.
        tags = SimpleLazyObject(lambda: list(self.tags.all()))
        context["tags"] = tags
        context["related_news"] = SimpleLazyObject(lambda: self.get_related_news(tags=tags))
        context["gallery"] = self.gallery_images.select_related("image").all()
        context["content_cache_version"] = article_cache_version(request)
        index = section_index("news", self)
        context["news_index_url"] = index.get_url(request) if index else ""
        return context


class NewsGalleryImage(Orderable):
    page = ParentalKey(NewsPage, on_delete=models.CASCADE, related_name="gallery_images")
    image = models.ForeignKey(
        "portal.PortalImage",
        verbose_name=_("image"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("A photo for the gallery under the text; its alternative text is set on the image itself."),
    )
    caption = models.CharField(
        _("caption"), max_length=300, blank=True, help_text=_("Shown under the photo, e.g. who or what it shows.")
    )

    panels = [FieldPanel("image"), FieldPanel("caption")]


class NewsRelatedLink(Orderable):
    page_from = ParentalKey(NewsPage, on_delete=models.CASCADE, related_name="related_links")
    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("news item"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_(
            "A news item to show under “Related news”; without a choice the portal picks items "
            "with the same tags or from the same region."
        ),
    )

    panels = [PageChooserPanel("page", "news.NewsPage")]


class NewsFilterForm(ListingFilterForm):
    tag = forms.CharField(label=_("Tag"), required=False, max_length=100, widget=forms.HiddenInput)


class NewsIndexPage(ListingIndexPage):
    """All live news of the site in the current language, newest first, with filters and feeds."""

    introduction = models.TextField(
        _("introduction"), blank=True, help_text=_("A short paragraph shown above the list of news.")
    )

    template = "pages/news_index_page.html"
    item_model = NewsPage
    date_field = "date"
    years_cache_name = "news-years"
    filter_form_class = NewsFilterForm
    context_object_name = "news"

    class Meta:
        verbose_name = _("news index")
        verbose_name_plural = _("news indexes")

    def filtered(self, form):
        news = super().filtered(form)
        filters = form.valid_filters()
        return news.filter(tags__name=filters["tag"]) if "tag" in filters else news

    def feed(self, request, feed_class):
        form = self.filter_form(request)
        news = self.filtered(form).prefetch_related("tags")
        filters = form.valid_filters()
        if "region" in filters:
            filters["region_title"] = next(p.title for p in form.region_pages if p.slug == filters["region"])
        return feed_class(self, news, filters)(request)

    @path("rss/", name="rss")
    def rss(self, request):
        return self.feed(request, NewsFeed)

    @path("atom/", name="atom")
    def atom(self, request):
        return self.feed(request, AtomNewsFeed)
