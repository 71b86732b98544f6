"""The registry of sections (portal/sections.py): the apps register them, the core lists them."""

import datetime

import pytest
from django.utils import timezone
from wagtail import hooks

from courses.models import CourseIndexPage, CoursePage
from home.models import HomePage
from news.models import EventIndexPage, EventPage, NewsIndexPage, NewsPage
from portal.models import DocumentLibraryPage, ModelDocumentPage, RegionPage, StandardPage
from portal.sections import HOOK, Section, all_sections, listed, section
from tests.factories import (
    EventIndexPageFactory,
    EventPageFactory,
    ModelDocumentPageFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
)


@pytest.fixture
def fresh_registry():
    """The hooks are read once per process: read them again inside the test and after it."""
    all_sections.cache_clear()
    yield
    all_sections.cache_clear()


def test_the_apps_register_seven_sections_with_their_models():
    found = {found.name: (found.item_model, found.index_model) for found in all_sections()}
    assert found == {
        "news": (NewsPage, NewsIndexPage),
        "events": (EventPage, EventIndexPage),
        "library": (ModelDocumentPage, DocumentLibraryPage),
        "courses": (CoursePage, CourseIndexPage),
        "regions": (RegionPage, None),
        "pages": (StandardPage, None),
        "home": (HomePage, None),
    }
    assert [found.name for found in all_sections()] == [
        "news",
        "events",
        "library",
        "courses",
        "regions",
        "pages",
        "home",
    ]
    assert section("news").item_model is NewsPage
    assert section("nothing") is None
    # What the home and region pages list.
    assert {found.name for found in all_sections() if found.listing is not None} == {"news", "events", "library"}


def test_a_section_registered_twice_is_refused(fresh_registry):
    def again():
        return [Section(name="news", item_model=NewsPage)]

    with hooks.register_temporarily(HOOK, again), pytest.raises(ValueError, match="news"):
        all_sections()


def test_listed_gives_the_public_items_below_a_page_in_the_sections_order(regions):
    kielce = regions.kielce
    older = NewsPageFactory(parent=kielce, title="Starsza", date=datetime.date(2024, 1, 1))
    newer = NewsPageFactory(parent=kielce, title="Nowsza", date=datetime.date(2024, 2, 1))
    NewsPageFactory(parent=kielce, title="Szkic", live=False)
    NewsPageFactory(parent=regions.bialystok, title="Gdzie indziej")
    past = EventPageFactory(parent=kielce, start_date=timezone.localdate() - datetime.timedelta(days=3))
    soon = EventPageFactory(parent=kielce)
    assert list(listed("news", kielce, children_only=True)) == [newer, older]
    assert list(listed("events", kielce)) == [soon]
    assert past not in listed("events", kielce.get_parent())
    assert list(listed("nothing", kielce)) == []


def test_the_region_page_lists_its_news_events_and_documents(client, regions):
    kielce = regions.kielce
    NewsIndexPageFactory(parent=kielce.get_parent())
    NewsPageFactory(parent=kielce, title="Nowy zespół kooperacji w Kielcach")
    EventPageFactory(parent=kielce, title="Spotkanie w Kielcach")
    ModelDocumentPageFactory(parent=kielce, title="Model kooperacji dla Kielc")
    NewsPageFactory(parent=regions.bialystok, title="Wiadomość z Białegostoku")
    html = client.get(kielce.url).content.decode()
    assert "Nowy zespół kooperacji w Kielcach" in html
    assert "Spotkanie w Kielcach" in html
    assert "Model kooperacji dla Kielc" in html
    assert "Wiadomość z Białegostoku" not in html
    assert "?region=swietokrzyskie" in html  # the region's news feeds, from the news index


def test_the_home_page_lists_the_latest_news_next_events_and_newest_documents(client, regions, library):
    home = regions.kielce.get_parent()
    NewsIndexPageFactory(parent=home)
    EventIndexPageFactory(parent=home)
    NewsPageFactory(parent=regions.kielce, title="Nowy zespół kooperacji w Kielcach")
    EventPageFactory(parent=regions.bialystok, title="Spotkanie w Białymstoku")
    ModelDocumentPageFactory(parent=regions.kielce, title="Model kooperacji dla Kielc")
    html = client.get("/").content.decode()
    assert "Nowy zespół kooperacji w Kielcach" in html
    assert "Spotkanie w Białymstoku" in html
    assert "Model kooperacji dla Kielc" in html
