"""RSS 2.0 and Atom feeds of the news, for the whole site or one region or tag."""

import datetime

from django.contrib.syndication.views import Feed
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.html import escape
from django.utils.translation import get_language
from django.utils.translation import gettext as _

FEED_LENGTH = 30


class NewsFeed(Feed):
    feed_type = Rss201rev2Feed

    def __init__(self, index_page, news, filters):
        super().__init__()
        self.index_page = index_page
        self.news = news
        self.filters = filters

    def __call__(self, request, *args, **kwargs):
        self.request = request
        self.language = get_language()
        return super().__call__(request, *args, **kwargs)

    def title(self):
        parts = [_("Portal Kooperacji"), self.index_page.title]
        if self.filters.get("region"):
            parts.append(self.filters["region_title"])
        if self.filters.get("tag"):
            parts.append(f"#{self.filters['tag']}")
        return " – ".join(parts)

    def link(self):
        return self.index_page.get_full_url(self.request)

    def description(self):
        return self.index_page.introduction or self.title()

    def feed_url(self):
        return self.request.build_absolute_uri()

    def items(self):
        return list(self.news[:FEED_LENGTH])

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        # Readers take an item's description (RSS) or summary (Atom, type="html") as HTML: the lead is
        # plain text, so it goes escaped, or markup typed into it would be live in the reader.
        return escape(item.lead)

    def item_link(self, item):
        return item.get_full_url(self.request)

    def item_guid(self, item):
        return item.get_full_url(self.request)

    def item_pubdate(self, item):
        published = item.first_published_at
        if item.date and (not published or timezone.localdate(published) != item.date):
            # Imported history: the editor's date at noon, Polish time.
            return timezone.make_aware(datetime.datetime.combine(item.date, datetime.time(12)))
        return published

    def item_updateddate(self, item):
        return item.last_published_at

    def item_categories(self, item):
        return [tag.name for tag in item.tags.all()]


class AtomNewsFeed(NewsFeed):
    feed_type = Atom1Feed

    def subtitle(self):
        return self.description()
