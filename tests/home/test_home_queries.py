"""The home page costs the same number of queries with 3 regional centres as with 15."""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from portal.content_version import new_content_version
from tests.factories import (
    AccessibilityStatementPageFactory,
    ProjectFactory,
    RegionFactory,
    RegionPageFactory,
    StandardPageFactory,
)


@pytest.fixture
def portal(home):
    """A home page with menu pages, highlights, a statement and three projects to hang regions on."""
    cache.clear()
    about = StandardPageFactory(parent=home, title="O projekcie", slug="o-projekcie", show_in_menus=True)
    StandardPageFactory(parent=home, title="Kontakt", slug="kontakt", show_in_menus=True)
    AccessibilityStatementPageFactory(parent=home)
    home.highlights = [("highlight", {"page": about, "title": "", "text": "", "image": None})]
    home.save_revision().publish()
    projects = [ProjectFactory(name=name) for name in ("Liderzy kooperacji", "Kooperacja – efektywna", "Kooperacja 3D")]
    yield home, projects
    cache.clear()


def add_region_pages(home, projects, start, stop):
    for number in range(start, stop):
        region = RegionFactory(voivodeship=f"województwo {number:02d}", project=projects[number % len(projects)])
        RegionPageFactory(parent=home, region=region, slug=f"region-{number:02d}")


def count_queries(client, url="/"):
    # Factories make live pages without publishing them; the admin's Publish drops the caches, which
    # is what is measured here: the first visit after a publication builds the cached parts again.
    new_content_version()
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries), response


def test_home_page_query_count_does_not_grow_with_region_pages(client, portal):
    home, projects = portal
    add_region_pages(home, projects, 0, 3)
    client.get("/")  # warm the per-process caches (site root paths, content types)
    with_three, response = count_queries(client)
    assert response.content.decode().count('class="region-list"') == 3

    add_region_pages(home, projects, 3, 15)

    with_fifteen, response = count_queries(client)
    assert with_fifteen == with_three
    html = response.content.decode()
    assert html.count("/region-") == 15
    assert html.count('class="region-list"') == 3


def test_home_page_stays_within_a_query_budget(client, portal, django_assert_max_num_queries):
    home, projects = portal
    add_region_pages(home, projects, 0, 15)
    new_content_version()

    # The first visit after a publication rebuilds the header, footer and sections: routing, chrome
    # (menu, languages, statement, settings, section indexes), highlights, the news, events and
    # documents sections and the regions, 22 queries when this was written. Later visits cost 7–8
    # (tests/home/test_home_cache.py); one query per centre would go well past either.
    with django_assert_max_num_queries(25):
        assert client.get("/").status_code == 200


def test_highlights_of_unpublished_or_deleted_pages_are_not_shown(client, home):
    from tests.factories import StandardPageFactory

    kept = StandardPageFactory(parent=home, title="Szkoła Kooperacji", slug="szkola")
    hidden = StandardPageFactory(parent=home, title="Stara rekrutacja", slug="rekrutacja")
    home.highlights = [
        ("highlight", {"page": kept, "title": "", "text": "", "image": None}),
        ("highlight", {"page": hidden, "title": "", "text": "", "image": None}),
    ]
    home.save_revision().publish()
    hidden.unpublish()

    html = client.get("/").content.decode()

    assert "Szkoła Kooperacji" in html
    assert "Stara rekrutacja" not in html
