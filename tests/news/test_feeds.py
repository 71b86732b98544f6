"""RSS and Atom feeds of the news, parsed back the way a feed reader does, and the links that announce them."""

import calendar
import datetime

import feedparser
import pytest
from django.utils import timezone

from tests.factories import NewsPageFactory
from tests.portal.utils import soup, ui

day = datetime.date
FEEDS = ["/aktualnosci/rss/", "/aktualnosci/atom/"]


def parse(response):
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.get("bozo_exception")
    return feed


def as_utc(struct):
    return datetime.datetime.fromtimestamp(calendar.timegm(struct), tz=datetime.UTC)


@pytest.fixture
def news(regions, news_index):
    return [
        NewsPageFactory(
            parent=regions.kielce,
            title="Warsztaty w Kielcach",
            slug="warsztaty",
            date=day(2024, 3, 5),
            lead="Gminne zespoły ćwiczyły wspólne planowanie.",
            tags=["szkolenia"],
        ),
        NewsPageFactory(
            parent=regions.bialystok,
            title="Konferencja w Białymstoku",
            slug="konferencja",
            date=day(2024, 4, 10),
            lead="Podsumowanie pilotażu modelu.",
            tags=["konferencje", "szkolenia"],
        ),
        NewsPageFactory(parent=regions.kielce, title="Ogłoszenie", slug="ogloszenie", date=day(2023, 12, 1)),
        NewsPageFactory(parent=regions.kielce, title="Szkic", slug="szkic", live=False),
    ]


@pytest.mark.parametrize("url", FEEDS)
def test_feed_lists_all_live_news_newest_first(client, news, url):
    response = client.get(url)
    feed = parse(response)

    assert response.status_code == 200
    assert feed.version in {"rss20", "atom10"}
    assert feed.feed.title == f"{ui('Portal Kooperacji')} – Aktualności"
    assert feed.feed.link == "http://testserver/aktualnosci/"
    assert [entry.title for entry in feed.entries] == [
        "Konferencja w Białymstoku",
        "Warsztaty w Kielcach",
        "Ogłoszenie",
    ]
    assert [entry.link for entry in feed.entries] == [
        "http://testserver/podlaskie/konferencja/",
        "http://testserver/swietokrzyskie/warsztaty/",
        "http://testserver/swietokrzyskie/ogloszenie/",
    ]
    first = feed.entries[0]
    assert first.summary == "Podsumowanie pilotażu modelu."
    assert sorted(tag.term for tag in first.tags) == ["konferencje", "szkolenia"]
    # Items without a publication time: the editor's date at noon, Polish time (CEST in April).
    assert as_utc(first.published_parsed) == datetime.datetime(2024, 4, 10, 10, 0, tzinfo=datetime.UTC)
    assert as_utc(feed.entries[2].published_parsed) == datetime.datetime(2023, 12, 1, 11, 0, tzinfo=datetime.UTC)


def test_rss_and_atom_have_their_content_types(client, news):
    assert client.get("/aktualnosci/rss/")["Content-Type"].startswith("application/rss+xml")
    assert client.get("/aktualnosci/atom/")["Content-Type"].startswith("application/atom+xml")


@pytest.mark.parametrize("url", FEEDS)
def test_feed_of_a_published_item_uses_its_publication_time(client, regions, news_index, url):
    page = NewsPageFactory(parent=regions.kielce, slug="dzisiaj", title="Dzisiaj", date=None, live=False)
    page.save_revision().publish()
    page.refresh_from_db()

    entry = parse(client.get(url)).entries[0]

    assert entry.title == "Dzisiaj"
    assert as_utc(entry.published_parsed) == page.first_published_at.replace(microsecond=0)
    assert timezone.localdate(page.first_published_at) == page.date


@pytest.mark.parametrize("url", FEEDS)
def test_feed_of_one_region(client, news, url):
    feed = parse(client.get(url + "?region=swietokrzyskie"))

    assert feed.feed.title == f"{ui('Portal Kooperacji')} – Aktualności – Województwo świętokrzyskie"
    assert [entry.title for entry in feed.entries] == ["Warsztaty w Kielcach", "Ogłoszenie"]


@pytest.mark.parametrize("url", FEEDS)
def test_feed_of_one_tag(client, news, url):
    feed = parse(client.get(url + "?tag=szkolenia"))

    assert feed.feed.title == f"{ui('Portal Kooperacji')} – Aktualności – #szkolenia"
    assert [entry.title for entry in feed.entries] == ["Konferencja w Białymstoku", "Warsztaty w Kielcach"]


@pytest.mark.parametrize("url", FEEDS)
def test_feed_of_a_region_and_a_tag(client, news, url):
    feed = parse(client.get(url + "?region=podlaskie&tag=szkolenia"))

    assert [entry.title for entry in feed.entries] == ["Konferencja w Białymstoku"]


@pytest.mark.parametrize("url", FEEDS)
def test_feed_keeps_to_the_thirty_newest_items(client, regions, news_index, url):
    for number in range(32):
        NewsPageFactory(
            parent=regions.kielce,
            title=f"Aktualność {number:02d}",
            date=day(2024, 1, 1) + datetime.timedelta(days=number),
        )

    feed = parse(client.get(url))

    assert len(feed.entries) == 30
    assert feed.entries[0].title == "Aktualność 31" and feed.entries[-1].title == "Aktualność 02"


def test_english_feed_lists_only_english_news(client, home, locales, regions, news_index, news):
    from tests.portal.utils import translate

    translate(home, locales["en"], title="Cooperation Portal")
    translate(news_index, locales["en"], title="News", slug="news")
    translate(regions.kielce, locales["en"], title="Świętokrzyskie Voivodeship")
    translate(news[0], locales["en"], title="Workshops in Kielce", slug="workshops")

    feed = parse(client.get("/en/news/rss/"))

    assert feed.feed.title == "Portal Kooperacji – News"
    assert [(entry.title, entry.link) for entry in feed.entries] == [
        ("Workshops in Kielce", "http://testserver/en/swietokrzyskie/workshops/")
    ]


def alternate_links(html):
    return [
        (link["type"], link["href"], link["title"])
        for link in html.head.find_all("link", rel="alternate")
        if link.get("type")
    ]


def test_news_index_announces_its_feeds(client, news):
    assert alternate_links(soup(client.get("/aktualnosci/"))) == [
        ("application/rss+xml", "/aktualnosci/rss/", ui("News (RSS)")),
        ("application/atom+xml", "/aktualnosci/atom/", ui("News (Atom)")),
    ]


def test_filtered_news_index_also_announces_the_feed_of_its_filters(client, news):
    html = soup(client.get("/aktualnosci/?region=swietokrzyskie&tag=szkolenia&year=2024&page=1"))

    links = alternate_links(html)
    assert links[2] == (
        "application/rss+xml",
        "/aktualnosci/rss/?region=swietokrzyskie&tag=szkolenia",
        ui("News matching these filters (RSS)"),
    )
    subscribe = html.select_one("p.feeds")
    assert [a["href"] for a in subscribe.find_all("a")] == [
        "/aktualnosci/rss/?region=swietokrzyskie&tag=szkolenia",
        "/aktualnosci/atom/?region=swietokrzyskie&tag=szkolenia",
    ]
    feed = parse(client.get(links[2][1]))
    assert [entry.title for entry in feed.entries] == ["Warsztaty w Kielcach"]


def test_region_page_announces_its_region_feeds(client, news):
    html = soup(client.get("/swietokrzyskie/"))

    assert alternate_links(html) == [
        (
            "application/rss+xml",
            "/aktualnosci/rss/?region=swietokrzyskie",
            ui("News: %(region)s (RSS)") % {"region": "Województwo świętokrzyskie"},
        ),
        (
            "application/atom+xml",
            "/aktualnosci/atom/?region=swietokrzyskie",
            ui("News: %(region)s (Atom)") % {"region": "Województwo świętokrzyskie"},
        ),
    ]
    for _type, href, _title in alternate_links(html):
        feed = parse(client.get(href))
        assert [entry.title for entry in feed.entries] == ["Warsztaty w Kielcach", "Ogłoszenie"]
