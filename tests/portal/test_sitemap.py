"""sitemap.xml lists every live page of every language version, with hreflang alternates."""

import xml.etree.ElementTree as ET

import pytest

from tests.factories import RegionPageFactory, StandardPageFactory
from tests.portal.utils import translate

NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9", "xhtml": "http://www.w3.org/1999/xhtml"}


def read_sitemap(client):
    """{location: {hreflang: alternate location}} from /sitemap.xml."""
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    root = ET.fromstring(response.content)
    entries = {}
    for url in root.findall("sm:url", NS):
        location = url.find("sm:loc", NS).text
        assert location not in entries, f"{location} is listed twice"
        entries[location] = {
            link.get("hreflang"): link.get("href")
            for link in url.findall("xhtml:link", NS)
            if link.get("rel") == "alternate"
        }
    return entries


@pytest.fixture
def about(home):
    return StandardPageFactory(parent=home, title="O projekcie", slug="o-projekcie")


@pytest.fixture
def about_en(home_en, about, locales):
    return translate(about, locales["en"], title="About the project", slug="about")


def test_sitemap_lists_polish_pages(client, home, about):
    StandardPageFactory(parent=about, title="Zespół", slug="zespol")
    RegionPageFactory(parent=home, slug="swietokrzyskie")

    entries = read_sitemap(client)

    assert set(entries) == {
        "http://testserver/",
        "http://testserver/o-projekcie/",
        "http://testserver/o-projekcie/zespol/",
        "http://testserver/swietokrzyskie/",
    }


def test_untranslated_pages_have_no_alternates(client, about):
    entries = read_sitemap(client)

    assert entries["http://testserver/o-projekcie/"] == {}


def test_sitemap_lists_english_pages_with_alternates(client, about_en):
    entries = read_sitemap(client)

    pair = {"pl": "http://testserver/o-projekcie/", "en": "http://testserver/en/about/"}
    assert entries["http://testserver/o-projekcie/"] == pair
    assert entries["http://testserver/en/about/"] == pair
    assert entries["http://testserver/"] == {"pl": "http://testserver/", "en": "http://testserver/en/"}
    assert entries["http://testserver/en/"] == {"pl": "http://testserver/", "en": "http://testserver/en/"}


def test_sitemap_declares_the_xhtml_namespace_for_alternates(client, about_en):
    content = client.get("/sitemap.xml").content.decode()

    assert 'xmlns:xhtml="http://www.w3.org/1999/xhtml"' in content
    assert '<xhtml:link rel="alternate" hreflang="en" href="http://testserver/en/about/"' in content


def test_unpublished_pages_are_absent(client, home, about):
    draft = StandardPageFactory(parent=home, title="Szkic", slug="szkic")
    draft.unpublish()
    child_of_draft = StandardPageFactory(parent=about, title="Zespół", slug="zespol")
    child_of_draft.unpublish()

    entries = read_sitemap(client)

    assert "http://testserver/szkic/" not in entries
    assert "http://testserver/o-projekcie/zespol/" not in entries
    assert "http://testserver/o-projekcie/" in entries


def test_a_draft_translation_is_neither_listed_nor_an_alternate(client, home_en, about, locales):
    about.copy_for_translation(locales["en"])  # never published

    entries = read_sitemap(client)

    assert not any(location.startswith("http://testserver/en/o-projekcie") for location in entries)
    assert entries["http://testserver/o-projekcie/"] == {}


def test_an_unpublished_translation_disappears_from_the_alternates(client, about_en):
    about_en.unpublish()

    entries = read_sitemap(client)

    assert "http://testserver/en/about/" not in entries
    assert entries["http://testserver/o-projekcie/"] == {}


def test_wagtail_root_and_other_trees_are_not_listed(client, home):
    from wagtail.models import Page

    other_root = Page.get_first_root_node()
    stray = Page(title="Strona poza portalem", slug="poza-portalem")
    other_root.add_child(instance=stray)

    entries = read_sitemap(client)

    assert all(location.startswith("http://testserver/") for location in entries)
    assert not any("poza-portalem" in location for location in entries)


def test_sitemap_query_count_does_not_grow_with_pages(client, home):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def count_queries():
        client.get("/sitemap.xml")  # warm Wagtail's cache of site root paths
        with CaptureQueriesContext(connection) as queries:
            client.get("/sitemap.xml")
        return len(queries)

    for number in range(3):
        StandardPageFactory(parent=home, title=f"Strona {number}", slug=f"strona-{number}")
    few = count_queries()
    for number in range(3, 15):
        StandardPageFactory(parent=home, title=f"Strona {number}", slug=f"strona-{number}")
    many = count_queries()

    assert many == few
