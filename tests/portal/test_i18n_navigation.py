"""Language versions, the language switcher, hreflang alternates, the main menu and breadcrumbs."""

import pytest
from wagtail.models import Site

from portal.models import FooterLink, PortalSettings
from tests.factories import StandardPageFactory
from tests.portal.utils import soup, translate, ui


def switcher_links(html):
    """{language code: (href, is current)} from the language switcher."""
    nav = html.select_one("nav.language-switcher")
    if nav is None:
        return {}
    return {a["lang"]: (a["href"], a.get("aria-current") == "true") for a in nav.find_all("a")}


def alternates(html):
    return {link["hreflang"]: link["href"] for link in html.head.find_all("link", rel="alternate")}


@pytest.fixture
def about(home):
    return StandardPageFactory(parent=home, title="O projekcie", slug="o-projekcie", show_in_menus=True)


@pytest.fixture
def contact(home):
    return StandardPageFactory(parent=home, title="Kontakt", slug="kontakt", show_in_menus=True)


@pytest.fixture
def about_en(home_en, about, locales):
    return translate(about, locales["en"], title="About the project", slug="about")


def test_without_translations_there_is_no_switcher(client, home, about):
    html = soup(client.get("/o-projekcie/"))

    assert html.select_one("nav.language-switcher") is None
    # The page is its own only language version.
    assert set(alternates(html)) <= {"pl", "x-default"}


def test_switcher_links_to_the_english_translation(client, about_en):
    html = soup(client.get("/o-projekcie/"))

    links = switcher_links(html)
    assert links["pl"] == ("/o-projekcie/", True)
    assert links["en"] == ("/en/about/", False)
    assert "uk" not in links  # no Ukrainian version of the site yet
    nav = html.select_one("nav.language-switcher")
    assert nav["aria-label"] == ui("Language version")
    assert nav.find("a", lang="en")["hreflang"] == "en"


def test_switcher_on_a_page_without_translation_goes_to_the_english_home(client, about_en, contact):
    links = switcher_links(soup(client.get("/kontakt/")))

    assert links["en"] == ("/en/", False)
    assert links["pl"] == ("/kontakt/", True)


def test_switcher_on_the_english_page_goes_back_to_the_polish_one(client, about_en):
    html = soup(client.get("/en/about/"))

    links = switcher_links(html)
    assert links["en"] == ("/en/about/", True)
    assert links["pl"] == ("/o-projekcie/", False)


def test_switcher_on_the_home_pages(client, home_en):
    assert switcher_links(soup(client.get("/"))) == {"pl": ("/", True), "en": ("/en/", False)}
    assert switcher_links(soup(client.get("/en/"))) == {"pl": ("/", False), "en": ("/en/", True)}


def test_a_draft_translation_is_not_offered(client, home_en, about, locales):
    about.copy_for_translation(locales["en"])  # created, never published

    html = soup(client.get("/o-projekcie/"))

    assert switcher_links(html)["en"] == ("/en/", False)
    assert "en" not in alternates(html)
    assert client.get("/en/o-projekcie/").status_code == 404


def test_hreflang_alternates_for_each_live_translation(client, about_en):
    for url in ("/o-projekcie/", "/en/about/"):
        found = alternates(soup(client.get(url)))
        assert found["pl"] == "http://testserver/o-projekcie/"
        assert found["en"] == "http://testserver/en/about/"
        assert "uk" not in found


def test_a_ukrainian_translation_adds_its_alternate(client, about_en, home, about, locales):
    translate(home, locales["uk"], title="Портал кооперації")
    translate(about, locales["uk"], title="Про проєкт", slug="pro-proiekt")

    html = soup(client.get("/o-projekcie/"))

    assert alternates(html)["uk"] == "http://testserver/uk/pro-proiekt/"
    assert switcher_links(html)["uk"] == ("/uk/pro-proiekt/", False)


def test_html_lang_follows_the_url_prefix(client, about_en):
    polish = soup(client.get("/o-projekcie/"))
    english = soup(client.get("/en/about/"))

    assert polish.find("html")["lang"] == "pl"
    assert english.find("html")["lang"] == "en"
    assert english.head.find("meta", property="og:locale")["content"] == "en_GB"
    assert english.head.find("link", rel="canonical")["href"] == "http://testserver/en/about/"
    assert english.find("h1").get_text(strip=True) == "About the project"
    skip = english.body.find("a", href="#main")
    assert skip.get_text(strip=True) == ui("Skip to content", "en")


def test_polish_pages_stay_polish_for_an_english_browser(client, about_en):
    response = client.get("/o-projekcie/", HTTP_ACCEPT_LANGUAGE="en-GB,en;q=0.9")

    assert response.status_code == 200
    assert soup(response).find("html")["lang"] == "pl"


# Main menu ----------------------------------------------------------------------------------------


def menu(html):
    nav = html.select_one("nav.main-nav")
    if nav is None:
        return []
    return [(a["href"], a.get_text(strip=True)) for a in nav.find_all("a")]


def test_main_menu_shows_only_pages_marked_for_menus(client, home, about, contact):
    StandardPageFactory(parent=home, title="Polityka prywatności", slug="prywatnosc", show_in_menus=False)
    draft = StandardPageFactory(parent=home, title="Szkic", slug="szkic", show_in_menus=True)
    draft.unpublish()
    StandardPageFactory(parent=about, title="Zespół", slug="zespol", show_in_menus=True)  # not top level

    html = soup(client.get("/"))

    assert menu(html) == [("/o-projekcie/", "O projekcie"), ("/kontakt/", "Kontakt")]
    assert html.select_one("nav.main-nav")["aria-label"] == ui("Main menu")


def test_main_menu_marks_the_current_section(client, about, contact):
    StandardPageFactory(parent=about, title="Zespół", slug="zespol")

    on_page = soup(client.get("/o-projekcie/")).select_one("nav.main-nav")
    in_section = soup(client.get("/o-projekcie/zespol/")).select_one("nav.main-nav")

    assert on_page.find("a", href="/o-projekcie/")["aria-current"] == "page"
    assert in_section.find("a", href="/o-projekcie/")["aria-current"] == "true"
    assert not in_section.find("a", href="/kontakt/").has_attr("aria-current")


def test_no_menu_without_menu_pages(client, home):
    StandardPageFactory(parent=home, title="Ukryta", slug="ukryta", show_in_menus=False)

    assert soup(client.get("/")).select_one("nav.main-nav") is None


def test_english_menu_lists_the_english_pages(client, about_en, contact):
    html = soup(client.get("/en/"))

    assert menu(html) == [("/en/about/", "About the project")]


# Breadcrumbs --------------------------------------------------------------------------------------


def crumbs(html):
    nav = html.select_one("nav.breadcrumbs")
    if nav is None:
        return None
    return [
        (item.find("a")["href"] if item.find("a") else None, item.get_text(strip=True)) for item in nav.find_all("li")
    ]


def test_breadcrumbs_lead_from_home_to_the_current_page(client, about):
    StandardPageFactory(parent=about, title="Zespół projektu", slug="zespol")

    html = soup(client.get("/o-projekcie/zespol/"))

    assert crumbs(html) == [
        ("/", ui("Home")),
        ("/o-projekcie/", "O projekcie"),
        (None, "Zespół projektu"),
    ]
    nav = html.select_one("nav.breadcrumbs")
    assert nav["aria-label"] == ui("Breadcrumbs")
    assert nav.find("span", attrs={"aria-current": "page"}).get_text(strip=True) == "Zespół projektu"


def test_no_breadcrumbs_on_the_home_page(client, home, about):
    assert crumbs(soup(client.get("/"))) is None


def test_english_breadcrumbs_stay_in_english(client, about_en):
    assert crumbs(soup(client.get("/en/about/"))) == [("/en/", ui("Home", "en")), (None, "About the project")]


# The statement link in each language --------------------------------------------------------------


def test_english_pages_link_the_polish_statement_until_there_is_an_english_one(client, statement, about_en, locales):
    html = soup(client.get("/en/about/"))
    assert html.head.find("meta", attrs={"name": "deklaracja-dostępności"})["content"] == (
        "http://testserver/deklaracja-dostepnosci/"
    )
    assert html.find("footer").find("a", href="/deklaracja-dostepnosci/") is not None

    translate(statement, locales["en"], title="Accessibility statement", slug="accessibility-statement")

    html = soup(client.get("/en/about/"))
    assert html.head.find("meta", attrs={"name": "deklaracja-dostępności"})["content"] == (
        "http://testserver/en/accessibility-statement/"
    )
    link = html.find("footer").find("a", href="/en/accessibility-statement/")
    assert link.get_text(strip=True) == ui("Accessibility statement", "en")


# Footer and highlights follow the visitor's language ----------------------------------------------


@pytest.fixture
def portal_settings(home, about, contact):
    settings = PortalSettings.for_site(Site.objects.get(is_default_site=True))
    settings.organisation_name = "Regionalny Ośrodek Polityki Społecznej w Kielcach"
    settings.funding_sentence = "Projekt współfinansowany ze środków Unii Europejskiej."
    settings.funding_sentence_en = "The project is co-financed by the European Union."
    settings.save()
    FooterLink.objects.create(settings=settings, page=about, label="O nas", sort_order=0)
    FooterLink.objects.create(settings=settings, page=contact, sort_order=1)
    return settings


def footer_links(html):
    section = html.find("footer").find("section", attrs={"aria-labelledby": "footer-links"})
    return [(a["href"], a.get_text(strip=True), a.get("lang")) for a in section.find_all("a")][:2]


def test_footer_links_in_polish(client, portal_settings):
    html = soup(client.get("/"))

    assert footer_links(html) == [("/o-projekcie/", "O nas", None), ("/kontakt/", "Kontakt", None)]
    assert "Projekt współfinansowany ze środków Unii Europejskiej." in html.find("footer").get_text()


def test_footer_links_in_english_use_translations_and_mark_polish_pages(client, portal_settings, about_en):
    html = soup(client.get("/en/"))

    assert footer_links(html) == [("/en/about/", "About the project", None), ("/kontakt/", "Kontakt", "pl")]
    assert html.find("footer").find("a", href="/kontakt/")["hreflang"] == "pl"
    footer_text = html.find("footer").get_text()
    assert "The project is co-financed by the European Union." in footer_text
    assert "Projekt współfinansowany" not in footer_text


def test_english_home_highlights_point_to_english_pages(client, home, about, contact, locales):
    home.highlights = [
        ("highlight", {"page": about, "title": "", "text": "", "image": None}),
        ("highlight", {"page": contact, "title": "", "text": "", "image": None}),
    ]
    home.save_revision().publish()
    translate(home, locales["en"], title="Cooperation Portal")
    translate(about, locales["en"], title="About the project", slug="about")

    cards = soup(client.get("/en/")).select("section.highlights article.card h3 a")

    assert [(a["href"], a.get_text(strip=True), a.get("hreflang")) for a in cards] == [
        ("/en/about/", "About the project", None),
        ("/kontakt/", "Kontakt", "pl"),
    ]
