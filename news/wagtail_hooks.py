from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from news.models import EventIndexPage, EventPage, NewsIndexPage, NewsPage
from portal.sections import Section


def latest_news(pages):
    """Newest first, with the cards' images."""
    return pages.select_related("image").order_by("-date", "-pk")


def upcoming_events(events):
    """Those not over yet (a one-day event until its day ends), soonest first."""
    today = timezone.localdate()
    return events.filter(Q(end_date__gte=today) | Q(end_date__isnull=True, start_date__gte=today)).order_by(
        "start_date", "start_time", "pk"
    )


@hooks.register("register_portal_sections")
def news_sections():
    return [
        Section(
            name="news",
            item_model=NewsPage,
            index_model=NewsIndexPage,
            search_key="aktualnosci",
            search_label=_("News"),
            search_order=10,
            listing=latest_news,
        ),
        Section(
            name="events",
            item_model=EventPage,
            index_model=EventIndexPage,
            search_key="wydarzenia",
            search_label=_("Events"),
            search_order=20,
            listing=upcoming_events,
        ),
    ]
