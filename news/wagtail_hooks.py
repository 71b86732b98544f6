from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from news.models import EventIndexPage, EventPage, NewsIndexPage, NewsPage
from portal.sections import Section


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
            listing=lambda news: news.newest(),
        ),
        Section(
            name="events",
            item_model=EventPage,
            index_model=EventIndexPage,
            search_key="wydarzenia",
            search_label=_("Events"),
            search_order=20,
            listing=lambda events: events.upcoming(),
        ),
    ]
