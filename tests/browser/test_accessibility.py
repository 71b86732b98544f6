"""Accessibility of the demo portal in a real browser: axe-core (WCAG 2.1 A/AA), small screens, keyboard.

Run: ``.venv/bin/pytest tests/browser``. Needs the system Chromium (see conftest.py).
"""

from pathlib import Path

import pytest

from tests.browser.helpers import LEARNER, REFLOW_WIDTH, WCAG, assert_reflows, sign_in

pytestmark = pytest.mark.browser

BASE_DIR = Path(__file__).resolve().parent.parent.parent
POLISH_CATALOGUE = BASE_DIR / "locale" / "pl" / "LC_MESSAGES" / "django.mo"
SCREENSHOT = BASE_DIR / "docs" / "screenshot-home.png"


# (language, path, expected HTTP status): one page of every type of the demo content.
PAGES = [
    ("pl", "/", 200),  # HomePage
    ("pl", "/o-projekcie/", 200),  # StandardPage
    ("pl", "/kontakt/", 200),  # StandardPage with contact content
    ("pl", "/swietokrzyskie/", 200),  # RegionPage
    ("pl", "/deklaracja-dostepnosci/", 200),  # AccessibilityStatementPage
    ("pl", "/nie-ma-takiej-strony/", 404),  # 404 template
    ("pl", "/aktualnosci/", 200),  # NewsIndexPage
    ("pl", "/aktualnosci/?region=swietokrzyskie&year=2019&page=1", 200),  # filtered listing
    ("pl", "/aktualnosci/?region=nie-ma&year=abc", 200),  # invalid filters: error message shown
    ("pl", "/swietokrzyskie/ruszyl-projekt-liderzy-kooperacji/", 200),  # NewsPage
    ("pl", "/wydarzenia/", 200),  # EventIndexPage
    ("pl", "/wydarzenia/archiwum/", 200),  # past events
    ("pl", "/swietokrzyskie/spotkanie-makroregionalne-gmin-stosujacych-model/", 200),  # EventPage
    ("pl", "/dokumenty/?category=model-kooperacji", 200),  # DocumentLibraryPage, filtered
    ("pl", "/swietokrzyskie/model-kooperacji-dla-gmin-wiejskich-wersja-2/", 200),  # ModelDocumentPage
    ("pl", "/szkola-kooperacji/", 200),  # CourseIndexPage
    ("pl", "/konto/logowanie/?next=/szkola-kooperacji/", 200),  # the sign-in page
    ("pl", "/zaswiadczenie/ABCD-EFGH-JKMN/", 404),  # unknown certificate code
    ("pl", "/szkola-kooperacji/genogram-w-pracy-socjalnej/", 200),  # CoursePage
    ("pl", "/szkola-kooperacji/kooperacja-w-praktyce/model-kooperacji-i-zespol-g-pzk/", 200),  # LessonPage
    ("pl", "/kujawsko-pomorskie/szkola-kooperacji-szkolenie-dla-koordynatorow/", 200),  # EventPage, table agenda
    ("pl", "/konto/haslo/reset/", 200),  # an account page's form
    ("pl", "/zaswiadczenie/", 200),  # certificate verification form
    ("pl", "/mapa-serwisu/", 200),  # the HTML site map
    ("en", "/en/site-map/", 200),
    ("uk", "/uk/karta-saitu/", 200),
    ("pl", "/szukaj/", 200),  # search: the help page
    ("pl", "/szukaj/?q=spotkanie+Sandomierz", 200),  # search results with marked excerpts
    ("pl", "/szukaj/?q=kooperacja&type=dokumenty&region=nie-ma&page=2", 200),  # filters, one invalid
    ("pl", "/szukaj/?q=zaswiadczenei", 200),  # nothing found, "did you mean"
    ("en", "/en/search/?q=cooperation", 200),
    ("en", "/en/", 200),
    ("en", "/en/about/", 200),
    ("en", "/en/accessibility-statement/", 200),
    ("en", "/en/news/", 200),
]


@pytest.mark.parametrize(("language", "path", "status"), PAGES, ids=[path for _, path, _ in PAGES])
def test_page_has_no_wcag_violations(page, axe, language, path, status):
    response = page.goto(path)
    assert response is not None and response.status == status, f"{path}: HTTP {response and response.status}"
    assert page.get_attribute("html", "lang") == language
    assert page.locator("main#main").count() == 1
    assert page.locator("h1").count() == 1, f"{path}: a page has exactly one <h1>"

    result = axe.run(page, options=WCAG)

    assert result.response["passes"], f"{path}: axe-core checked nothing"
    assert result.violations_count == 0, result.generate_snapshot()


@pytest.mark.parametrize("template", ["500.html", "503.html"])
def test_standalone_error_pages_have_no_wcag_violations(page, axe, template):
    """The server error and "temporarily unavailable" pages, rendered as the handler does (no context)."""
    from django.template import loader

    page.set_content(loader.get_template(template).render())
    assert page.get_attribute("html", "lang") == "pl"
    assert page.locator("h1").count() == 1

    result = axe.run(page, options=WCAG)

    assert result.response["passes"], f"{template}: axe-core checked nothing"
    assert result.violations_count == 0, result.generate_snapshot()


def test_axe_reports_a_planted_violation(page, axe):
    """Guards the test above against a silent no-op: a page with a known WCAG failure must fail."""
    page.goto("/")
    page.evaluate(
        """() => {
            const image = document.createElement("img");  // no alt text: WCAG 1.1.1
            image.src = "/static/images/logo.svg";
            document.querySelector("main").prepend(image);
        }"""
    )

    result = axe.run(page, options=WCAG)

    assert "image-alt" in {violation["id"] for violation in result.response["violations"]}


@pytest.mark.parametrize(("language", "path", "status"), PAGES, ids=[path for _, path, _ in PAGES])
def test_page_reflows_at_320px(page, language, path, status):
    page.set_viewport_size({"width": REFLOW_WIDTH, "height": 740})

    response = page.goto(path)

    assert response is not None and response.status == status
    assert_reflows(page, path)


# A learner's own pages (uczestnik.podlaskie, made by load_demo, is enrolled with one lesson done).
LEARNER_PAGES = [
    "/konto/szkolenia/",  # "Moje szkolenia"
    "/konto/",  # profile
    "/konto/dane/",  # "Moje dane"
    "/konto/weryfikacja-dwuetapowa/",
    "/konto/haslo/zmien/",
    "/szkola-kooperacji/kooperacja-w-praktyce/",  # a course in progress
    "/szkola-kooperacji/kooperacja-w-praktyce/wspolna-diagnoza-i-plan-kooperacji/",  # a lesson
    "/szkola-kooperacji/genogram-w-pracy-socjalnej/cwiczenie-genogram-wisniewskich/",  # genogram exercise
    "/szkola-kooperacji/cele-smart/cwiczenie-cel-smart-dla-rodziny/",  # SMART worksheet
    "/szkola-kooperacji/empowerment/cwiczenie-samoocena-wzmocnienia/",  # empowerment self-assessment
]


def test_learner_pages_reflow_at_320px(page):
    page.set_viewport_size({"width": REFLOW_WIDTH, "height": 740})
    sign_in(page, LEARNER)

    for path in LEARNER_PAGES:
        response = page.goto(path)
        assert response is not None and response.status == 200, f"{path}: HTTP {response and response.status}"
        assert_reflows(page, path)


def test_skip_link_is_first_tab_stop_and_moves_focus_to_main(page):
    page.goto("/")

    page.keyboard.press("Tab")

    focused = page.evaluate(
        "({tag: document.activeElement.tagName, href: document.activeElement.getAttribute('href'),"
        " text: document.activeElement.textContent.trim()})"
    )
    assert focused["tag"] == "A" and focused["href"] == "#main", focused
    if POLISH_CATALOGUE.exists():
        assert focused["text"] == "Przejdź do treści"
    else:  # the Polish catalogue is not compiled yet: Django falls back to the English source text.
        assert focused["text"] in {"Przejdź do treści", "Skip to content"}
    assert page.locator(".skip-link").is_visible(), "the skip link shows itself when focused"

    page.keyboard.press("Enter")

    active = page.evaluate("({tag: document.activeElement.tagName, id: document.activeElement.id})")
    assert active == {"tag": "MAIN", "id": "main"}


def test_home_page_screenshot_for_readme(page):
    """Writes docs/screenshot-home.png (shown in README.md) from the Polish demo home page."""
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto("/")
    page.wait_for_load_state("networkidle")
    SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)

    page.screenshot(path=str(SCREENSHOT))

    data = SCREENSHOT.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert len(data) > 10_000


def test_search_from_the_header_by_keyboard(page):
    page.goto("/aktualnosci/")
    page.locator("#site-search-q").focus()
    page.keyboard.type("spotkania w Sandomierzu")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert "/szukaj/?q=" in page.url
    assert page.locator(".search-result").count() >= 1
    assert page.locator(".search-result mark").count() >= 1
