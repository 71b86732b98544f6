"""Odd query strings on every news and events listing and feed: a normal answer, never a 500."""

import datetime

import feedparser
import pytest
from django.utils import timezone
from icalendar import Calendar

from tests.factories import EventPageFactory, NewsPageFactory
from tests.news.utils import BAD_QUERIES, INVALID_FILTERS
from tests.portal.utils import soup, text_of, ui

HTML_LISTINGS = ["/aktualnosci/", "/wydarzenia/", "/wydarzenia/archiwum/"]
FEEDS = ["/aktualnosci/rss/", "/aktualnosci/atom/"]
CALENDARS = ["/wydarzenia/kalendarz/"]


@pytest.fixture
def site(regions, news_index, event_index):
    today = timezone.localdate()
    for number in range(3):
        NewsPageFactory(parent=regions.kielce, date=datetime.date(2024, 1, number + 1), tags=["szkolenia"])
        EventPageFactory(parent=regions.kielce, start_date=today + datetime.timedelta(days=number))
        EventPageFactory(parent=regions.bialystok, start_date=today - datetime.timedelta(days=number + 1))
    return regions


@pytest.mark.parametrize("query", BAD_QUERIES)
@pytest.mark.parametrize("url", HTML_LISTINGS)
def test_html_listing_survives_bad_input(client, site, url, query):
    response = client.get(f"{url}?{query}")

    assert response.status_code == 200
    html = soup(response)
    assert len(html.find_all("h1")) == 1
    assert html.select_one("p.result-count") is not None
    assert html.select_one("form.filters") is not None


@pytest.mark.parametrize("query", BAD_QUERIES)
@pytest.mark.parametrize("url", FEEDS)
def test_feed_survives_bad_input(client, site, url, query):
    response = client.get(f"{url}?{query}")

    assert response.status_code == 200
    feed = feedparser.parse(response.content)
    assert not feed.bozo
    assert len(feed.entries) <= 3


@pytest.mark.parametrize("query", BAD_QUERIES)
@pytest.mark.parametrize("url", CALENDARS)
def test_calendar_survives_bad_input(client, site, url, query):
    response = client.get(f"{url}?{query}")

    assert response.status_code == 200
    assert len(Calendar.from_ical(response.content).walk("VEVENT")) <= 3


@pytest.mark.parametrize(("query", "field"), INVALID_FILTERS.items())
@pytest.mark.parametrize("url", HTML_LISTINGS)
def test_invalid_filter_is_reported_and_ignored(client, site, url, query, field):
    if field == "year" and url.startswith("/wydarzenia/"):
        # Events offer no year filter: the parameter is simply not a filter there.
        response = client.get(f"{url}?{query}")
        assert response.status_code == 200
        assert soup(response).select_one("div.form-errors") is None
        return
    html = soup(client.get(f"{url}?{query}"))

    errors = html.select_one("div.form-errors")
    assert errors is not None and errors["role"] == "alert"
    assert ui("Some filters were not understood and have been ignored:") in text_of(errors)
    label = text_of(html.find("label", attrs={"for": f"id_{field}"}))
    assert any(text_of(item).startswith(f"{label}:") for item in errors.find_all("li"))
    assert text_of(html.select_one("p.result-count")).startswith("3 ")  # the whole list, unfiltered


def test_overlong_tag_is_reported_and_ignored(client, site):
    html = soup(client.get("/aktualnosci/?tag=" + "a" * 5000))

    assert html.select_one("div.form-errors") is not None
    assert text_of(html.select_one("p.result-count")) == "3 aktualności"


def test_the_last_of_repeated_parameters_wins(client, site):
    html = soup(client.get("/aktualnosci/?region=nonexistent&region=podlaskie"))

    assert html.select_one("div.form-errors") is None
    assert text_of(html.select_one("p.result-count")) == "0 aktualności"


@pytest.mark.parametrize("query", ["page=0", "page=-1", "page=abc", "page=%00"])
def test_a_page_number_that_is_not_one_shows_the_first_page(client, site, query):
    html = soup(client.get(f"/aktualnosci/?{query}"))

    assert len(html.select(".listing article")) == 3
    assert html.select_one("div.form-errors") is None


def test_a_page_number_past_the_end_shows_the_last_page(client, regions, news_index):
    for number in range(13):
        NewsPageFactory(
            parent=regions.kielce, title=f"Aktualność {number:02d}", date=datetime.date(2024, 1, number + 1)
        )

    html = soup(client.get("/aktualnosci/?page=99999"))

    assert [text_of(title) for title in html.select(".listing-item__title")] == ["Aktualność 00"]


@pytest.mark.parametrize(
    "url",
    [
        "/aktualnosci/%00/",
        "/aktualnosci/rss/%00",
        "/wydarzenia/archiwum/x/",
        "/wydarzenia/kalendarz/x/",
        "/aktualnosci/2024/",
    ],
)
def test_unknown_addresses_below_a_listing_are_not_found(client, site, url):
    assert client.get(url).status_code == 404


@pytest.mark.parametrize("query", BAD_QUERIES)
@pytest.mark.parametrize("url", ["/", "/swietokrzyskie/"])
def test_home_and_region_pages_ignore_query_strings(client, site, url, query):
    response = client.get(f"{url}?{query}")

    assert response.status_code == 200
    assert len(soup(response).find_all("h1")) == 1
