"""sitemap.xml lists every live page of every language version, with hreflang alternates."""

import xml.etree.ElementTree as ET

import pytest
from wagtail.models import PageViewRestriction

from tests.factories import NewsPageFactory, RegionPageFactory, StandardPageFactory
from tests.portal.utils import soup, text_of, translate

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


# The HTML site map for people, "Mapa serwisu" (issue 19, item 20) ---------------------------------------


def site_map_links(response):
    """[(depth in the nested list, link text, href)] of the site map's links, in reading order."""
    page = soup(response)
    links = []
    for link in page.select("main .site-map__list a"):
        links.append((len(link.find_parents("ul")), text_of(link), link["href"]))
    return links


@pytest.fixture
def sections(home, about):
    """A region with a news item and a page of its own, a section with a subpage, a draft and a hidden page."""
    region = RegionPageFactory(parent=home, slug="swietokrzyskie", title="Województwo świętokrzyskie")
    NewsPageFactory(parent=region, title="Spotkanie w Kielcach", slug="spotkanie")
    StandardPageFactory(parent=region, title="Zespół ROPS Kielce", slug="zespol-rops")
    StandardPageFactory(parent=about, title="Partnerzy projektu", slug="partnerzy")
    draft = StandardPageFactory(parent=home, title="Szkic działu", slug="szkic")
    draft.unpublish()
    hidden = StandardPageFactory(parent=home, title="Strona dla zespołu", slug="dla-zespolu")
    PageViewRestriction.objects.create(page=hidden, restriction_type=PageViewRestriction.LOGIN)
    return region


def test_the_site_map_lists_sections_and_their_pages(client, home, sections):
    response = client.get("/mapa-serwisu/")

    assert response.status_code == 200
    assert text_of(soup(response).select_one("main h1")) == "Mapa serwisu"
    assert site_map_links(response) == [
        (1, "Strona główna", "/"),
        (2, "O projekcie", "/o-projekcie/"),
        (3, "Partnerzy projektu", "/o-projekcie/partnerzy/"),
        (2, "Województwo świętokrzyskie", "/swietokrzyskie/"),
        (3, "Zespół ROPS Kielce", "/swietokrzyskie/zespol-rops/"),
        (1, "Szukaj w portalu", "/szukaj/"),
    ]


def test_each_language_has_its_site_map(client, home, about_en):
    response = client.get("/en/site-map/")

    assert response.status_code == 200
    assert soup(response).html["lang"] == "en"
    assert site_map_links(response) == [
        (1, "Home page", "/en/"),
        (2, "About the project", "/en/about/"),
        (1, "Search the portal", "/en/search/"),
    ]
    response = client.get("/uk/karta-saitu/")
    assert response.status_code == 200
    assert text_of(soup(response).select_one("main h1")) == "Карта сайту"


def test_the_site_map_costs_the_same_queries_for_few_pages_or_many(client, home, about):
    from django.core.cache import cache
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def queries():
        cache.clear()
        with CaptureQueriesContext(connection) as captured:
            assert client.get("/mapa-serwisu/").status_code == 200
        return len(captured)

    few = queries()
    for number in range(12):
        section = StandardPageFactory(parent=home, title=f"Dział {number}", slug=f"dzial-{number}")
        StandardPageFactory(parent=section, title=f"Strona {number}", slug=f"strona-{number}")
        RegionPageFactory(parent=home, slug=f"region-{number}")

    assert len(site_map_links(client.get("/mapa-serwisu/"))) == 3 + 12 * 3
    assert queries() == few


def test_the_footer_links_the_site_map_and_robots_txt_the_xml_one(client, home, about):
    page = soup(client.get("/o-projekcie/"))

    footer_links = {link["href"] for link in page.select("footer a")}
    assert "/mapa-serwisu/" in footer_links
    assert "/sitemap.xml" not in footer_links
    assert "Sitemap: http://testserver/sitemap.xml" in client.get("/robots.txt").content.decode()
    assert "http://testserver/o-projekcie/" in read_sitemap(client)
