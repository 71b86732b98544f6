"""Error pages, odd query strings, unsupported language prefixes and robots.txt."""

import pytest
from django.test import RequestFactory

from portal import views
from tests.factories import StandardPageFactory
from tests.portal.utils import soup, ui


def assert_polish_404(response):
    assert response.status_code == 404
    html = soup(response)
    assert html.find("html")["lang"] == "pl"
    headings = html.find_all("h1")
    assert [h1.get_text(strip=True) for h1 in headings] == [ui("Page not found")]
    home_link = html.find("main").find("a", string=ui("Go to the home page"))
    assert home_link is not None and home_link["href"] == "/"
    assert html.head.find("meta", attrs={"name": "robots"})["content"] == "noindex"
    return html


def test_unknown_address_gets_the_polish_404_page(client, home):
    response = client.get("/nie-ma-takiej-strony/")

    html = assert_polish_404(response)
    assert html.title.get_text().startswith(ui("Page not found"))
    assert html.find("main").find("a", href="/mapa-serwisu/") is not None  # the HTML site map, for people


def test_404_page_keeps_the_site_chrome(client, home, statement):
    StandardPageFactory(parent=home, title="O projekcie", slug="o-projekcie", show_in_menus=True)

    html = assert_polish_404(client.get("/nie-ma/"))

    assert html.body.find("a")["href"] == "#main"
    assert html.select_one("nav.main-nav").find("a", href="/o-projekcie/") is not None
    assert html.head.find("meta", attrs={"name": "deklaracja-dostępności"})["content"] == (
        "http://testserver/deklaracja-dostepnosci/"
    )
    assert html.find("footer").find("a", href="/deklaracja-dostepnosci/") is not None
    assert html.head.find("link", rel="canonical") is None


def test_404_for_an_english_browser_is_still_polish_without_prefix(client, home):
    assert_polish_404(client.get("/nie-ma/", HTTP_ACCEPT_LANGUAGE="en-GB,en;q=0.9"))


def test_english_404_links_to_the_english_home(client, home_en):
    response = client.get("/en/no-such-page/")
    html = soup(response)

    assert response.status_code == 404
    assert html.find("html")["lang"] == "en"
    assert html.find("h1").get_text(strip=True) == ui("Page not found", "en")
    assert html.find("main").find("a", string=ui("Go to the home page", "en"))["href"] == "/en/"


def test_unpublished_page_is_not_found(client, home):
    page = StandardPageFactory(parent=home, title="Szkic", slug="szkic")
    page.unpublish()

    assert_polish_404(client.get("/szkic/"))


@pytest.mark.parametrize("url", ["/de/", "/de/o-projekcie/", "/xx/cos/", "/pl/"])
def test_unsupported_language_prefix_is_not_found(client, home, url):
    StandardPageFactory(parent=home, title="O projekcie", slug="o-projekcie")

    assert_polish_404(client.get(url))


def test_english_prefix_without_an_english_site_does_not_mislabel_polish_content(client, home):
    StandardPageFactory(parent=home, title="O projekcie", slug="o-projekcie")

    response = client.get("/en/o-projekcie/")

    # Wagtail falls back to the Polish tree; the page is then rendered in Polish, labelled as such.
    assert response.status_code == 404 or soup(response).find("html")["lang"] == "pl"


def test_english_prefix_without_an_english_page_is_not_found(client, home, home_en):
    StandardPageFactory(parent=home, title="Kontakt", slug="kontakt")

    assert client.get("/kontakt/").status_code == 200
    assert client.get("/en/kontakt/").status_code == 404


@pytest.mark.parametrize("query", ["page=abc", "page=99999", "page=-1", "page=", "page=1&page=2", "q=%00"])
@pytest.mark.parametrize("path", ["/", "/o-projekcie/"])
def test_odd_query_strings_do_not_break_pages(client, home, path, query):
    StandardPageFactory(parent=home, title="O projekcie", slug="o-projekcie")

    response = client.get(f"{path}?{query}")

    assert response.status_code == 200
    assert len(soup(response).find_all("h1")) == 1


def test_server_error_handler_renders_the_500_template(db):
    request = RequestFactory().get("/cokolwiek/")

    response = views.server_error(request)

    assert response.status_code == 500
    html = soup(response)
    assert html.find("html")["lang"] == "pl"
    assert [h1.get_text(strip=True) for h1 in html.find_all("h1")] == ["Przepraszamy, wystąpił błąd serwera"]
    assert html.find("a", href="/").get_text(strip=True) == "Przejdź do strony głównej"
    assert html.find("meta", attrs={"name": "robots"})["content"] == "noindex"


def test_server_error_handler_needs_no_database(db, django_assert_num_queries):
    request = RequestFactory().get("/")

    with django_assert_num_queries(0):
        response = views.server_error(request)

    assert response.status_code == 500


def test_urlconf_uses_the_portal_error_handlers():
    from portal import urls

    assert urls.handler404 == "portal.views.page_not_found"
    assert urls.handler500 == "portal.views.server_error"


def test_robots_txt(client, home):
    response = client.get("/robots.txt")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    lines = response.content.decode().splitlines()
    assert "User-agent: *" in lines
    assert "Disallow: /admin/" in lines
    assert "Sitemap: http://testserver/sitemap.xml" in lines
    assert "Disallow: /" not in lines  # the public site stays indexable


def test_robots_txt_sitemap_link_works(client, home):
    sitemap_line = next(
        line for line in client.get("/robots.txt").content.decode().splitlines() if line.startswith("Sitemap:")
    )
    path = sitemap_line.split("http://testserver", 1)[1]

    response = client.get(path)

    assert response.status_code == 200
    assert "<urlset" in response.content.decode()


def test_robots_txt_only_answers_get(client, home):
    assert client.post("/robots.txt").status_code == 405


def test_an_unreachable_database_gives_a_polish_503_page(db):
    from django.db import OperationalError

    request = RequestFactory().get("/aktualnosci/")
    try:  # Django calls the handler while handling the exception, as here
        raise OperationalError('connection to server at "127.0.0.1", port 5432 failed: Connection refused')
    except OperationalError:
        response = views.server_error(request)

    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    assert response["Cache-Control"] == "no-store"
    html = soup(response)
    assert html.find("html")["lang"] == "pl"
    assert [h1.get_text(strip=True) for h1 in html.find_all("h1")] == ["Portal jest chwilowo niedostępny"]
    assert "5432" not in response.content.decode()
    assert html.find("p", lang="uk") is not None and html.find("p", lang="en") is not None


def test_other_errors_stay_500(db):
    request = RequestFactory().get("/")
    try:
        raise ValueError("a bug")
    except ValueError:
        response = views.server_error(request)
    assert response.status_code == 500
