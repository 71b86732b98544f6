"""A news item's article is rendered once per content version and kept in the cache: publishing any
page shows the new text at once, and a preview never reads or fills the cache."""

import pytest
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext

from tests.factories import NewsPageFactory
from tests.portal.utils import soup, text_of


@pytest.fixture
def item(regions):
    return NewsPageFactory(parent=regions.kielce, title="Spotkanie zespołu w Chmielniku", tags=["szkolenia"])


def lead_of(response):
    return text_of(soup(response).select_one("article .lead"))


def queries_and_response(client, url):
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200
    return len(context.captured_queries), response


def test_the_second_reader_costs_fewer_queries_and_gets_the_same_article(client, item):
    first_count, first = queries_and_response(client, item.url)
    second_count, second = queries_and_response(client, item.url)

    assert soup(first).select_one("article") == soup(second).select_one("article")
    # Tags, related news (three queries), the gallery and the region link are not looked up again.
    assert second_count <= first_count - 5


def test_publishing_a_new_revision_shows_the_new_text(client, item):
    client.get(item.url)

    item.lead = "Nowy termin spotkania: 12 stycznia."
    item.save_revision().publish()

    assert lead_of(client.get(item.url)) == "Nowy termin spotkania: 12 stycznia."


def test_related_news_published_later_appear_on_the_cached_item(client, regions, item):
    assert soup(client.get(item.url)).select_one("section.related") is None

    NewsPageFactory(parent=regions.kielce, title="Szkolenie dla G-PZK w Daleszycach", tags=["szkolenia"])

    related = soup(client.get(item.url)).select_one("section.related")
    assert "Szkolenie dla G-PZK w Daleszycach" in text_of(related)


def test_a_preview_shows_the_draft_and_leaves_the_cache_alone(client, item, admin_user):
    client.get(item.url)
    item.lead = "Wersja robocza: jeszcze nie publikować."
    item.save_revision(user=admin_user)

    request = RequestFactory().get(item.url, HTTP_HOST="localhost")
    request.user = admin_user
    draft = item.get_latest_revision_as_object()
    preview = draft.make_preview_request(original_request=request)
    if hasattr(preview, "render"):
        preview.render()

    assert "Wersja robocza: jeszcze nie publikować." in preview.content.decode()
    assert lead_of(client.get(item.url)) != "Wersja robocza: jeszcze nie publikować."
