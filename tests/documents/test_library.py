"""Model documents and the document library as a visitor sees them: files, sizes, languages and filters."""

import datetime

import pytest
from django.template.defaultfilters import filesizeformat
from django.utils import translation

from tests.factories import (
    DocumentCategoryFactory,
    ModelDocumentPageFactory,
    attach_pdf,
)
from tests.news.utils import BAD_QUERIES, INVALID_FILTERS, assert_same_queries, count_queries
from tests.portal.utils import soup, text_of, ui

day = datetime.date


def titles(html):
    return [text_of(element) for element in html.select(".listing .listing-item__title")]


def result_count(html):
    return text_of(html.select_one("p.result-count"))


def plain(element):
    """The text of an element exactly as it reads, whitespace collapsed (no spaces added between tags)."""
    return " ".join(element.get_text().split())


def polish_size(size):
    """A size as the visitor reads it (the non-breaking space read as a space)."""
    with translation.override("pl"):
        return " ".join(filesizeformat(size).split())


# A model document -------------------------------------------------------------------------------------


def test_model_document_page_shows_category_version_and_files(client, regions, categories):
    page = ModelDocumentPageFactory(
        parent=regions.kielce,
        title="Model kooperacji dla gmin wiejskich",
        slug="model-gminy-wiejskie",
        category=categories["model"],
        version_label="wersja 2.0 po konsultacjach",
        version_date=day(2024, 3, 5),
        summary="Jak instytucje gminy współpracują przy wsparciu rodziny.",
    )
    full = attach_pdf(page, "Model – pełna wersja", "model-pelny.pdf", size=1229, is_accessible_version=True)
    summary = attach_pdf(page, "Summary", "summary.pdf", label="Streszczenie po angielsku", size=2048, language="en")

    response = client.get("/swietokrzyskie/model-gminy-wiejskie/")
    html = soup(response)
    article = html.find("main").find("article")

    assert response.status_code == 200
    assert [text_of(h1) for h1 in html.find_all("h1")] == ["Model kooperacji dla gmin wiejskich"]
    meta = article.select_one(".listing-item__meta")
    assert text_of(meta.select_one(".tag")) == "Model kooperacji"
    assert "wersja 2.0 po konsultacjach" in text_of(meta)
    assert text_of(meta.find("time")) == "5 marca 2024"
    assert meta.find("time")["datetime"] == "2024-03-05"
    assert text_of(meta.find("a", href="/swietokrzyskie/")) == "ROPS Kielce"
    assert text_of(article.select_one("p.lead")) == "Jak instytucje gminy współpracują przy wsparciu rodziny."

    with translation.override("pl"):
        heading = translation.ngettext("File to download", "Files to download", 2)
    assert text_of(article.find("h2")) == heading
    items = article.select("ul.file-list li")
    assert [(item.find("a")["href"], text_of(item.find("a"))) for item in items] == [
        (f"/pobierz/{full.pk}/{full.document.filename}", "Model – pełna wersja"),
        (f"/pobierz/{summary.pk}/{summary.document.filename}", "Streszczenie po angielsku"),
    ]
    assert all(item.find("a").has_attr("download") for item in items)
    language = ui("language: %(language)s")
    assert plain(items[0].select_one(".muted")) == (
        f"(PDF, 1,2 KB, {language % {'language': ui('Polish')}}, {ui('accessible version')})"
    )
    assert polish_size(1229) == "1,2 KB"
    assert text_of(items[0].find("strong")) == ui("accessible version")
    assert plain(items[1].select_one(".muted")) == (
        f"(PDF, {polish_size(2048)}, {language % {'language': ui('English')}})"
    )
    assert items[1].find("strong") is None


def test_model_document_with_one_file_says_file_in_the_singular(client, regions, categories):
    page = ModelDocumentPageFactory(parent=regions.kielce, slug="raport", category=categories["report"])
    attach_pdf(page, "Raport", "raport.pdf", language="other")

    article = soup(client.get("/swietokrzyskie/raport/")).find("main").find("article")

    with translation.override("pl"):
        heading = translation.ngettext("File to download", "Files to download", 1)
    assert text_of(article.find("h2")) == heading
    assert plain(article.select_one("ul.file-list .muted")).endswith(f", {ui('other')})")


# The library ------------------------------------------------------------------------------------------


@pytest.fixture
def documents(regions, library, categories):
    """Five documents across both regions, both categories, three years and two file languages."""
    rows = [
        ("Model 2024, Kielce", regions.kielce, "model", day(2024, 5, 1), "pl"),
        ("Raport 2024, Białystok", regions.bialystok, "report", day(2024, 2, 1), "pl"),
        ("Model 2023, Białystok, po angielsku", regions.bialystok, "model", day(2023, 9, 1), "en"),
        ("Raport 2023, Kielce", regions.kielce, "report", day(2023, 3, 1), "pl"),
        ("Model 2022, Kielce, po ukraińsku", regions.kielce, "model", day(2022, 1, 1), "uk"),
    ]
    for title, region, category, version_date, language in rows:
        page = ModelDocumentPageFactory(
            parent=region, title=title, category=categories[category], version_date=version_date
        )
        attach_pdf(page, f"{title} – plik", "plik.pdf", language=language)
        if language != "pl":
            attach_pdf(page, f"{title} – tłumaczenie", "tlumaczenie.pdf", language="pl")
    draft = ModelDocumentPageFactory(parent=regions.kielce, title="Szkic", category=categories["model"], live=False)
    attach_pdf(draft, "Szkic – plik", "szkic.pdf")


ALL = [
    "Model 2024, Kielce",
    "Raport 2024, Białystok",
    "Model 2023, Białystok, po angielsku",
    "Raport 2023, Kielce",
    "Model 2022, Kielce, po ukraińsku",
]


def test_library_lists_live_documents_by_version_date_newest_first(client, documents):
    html = soup(client.get("/dokumenty/"))

    assert [text_of(h1) for h1 in html.find_all("h1")] == ["Dokumenty"]
    assert titles(html) == ALL
    assert result_count(html) == "5 dokumentów"
    card = html.select_one(".listing article")
    assert text_of(card.select_one(".tag")) == "Model kooperacji"
    assert "ROPS Kielce" in text_of(card.select_one(".listing-item__meta"))
    assert text_of(card.find("time")) == "1 maja 2024"
    assert card.select_one("ul.file-list a")["href"].startswith("/pobierz/")


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("category=model-kooperacji", [ALL[0], ALL[2], ALL[4]]),
        ("category=raport-z-badan", [ALL[1], ALL[3]]),
        ("region=podlaskie", [ALL[1], ALL[2]]),
        ("project=liderzy-kooperacji", [ALL[0], ALL[3], ALL[4]]),
        ("year=2023", [ALL[2], ALL[3]]),
        ("language=en", [ALL[2]]),
        ("language=uk", [ALL[4]]),
        ("language=pl", ALL),  # every document has a Polish file; each listed once
        ("language=other", []),
        ("category=model-kooperacji&region=swietokrzyskie&year=2022&language=uk", [ALL[4]]),
        ("category=raport-z-badan&project=kooperacja-3d", [ALL[1]]),
    ],
)
def test_library_filters(client, documents, query, expected):
    html = soup(client.get(f"/dokumenty/?{query}"))

    assert titles(html) == expected
    assert html.select_one("div.form-errors") is None
    if not expected:
        assert ui("No document matches these filters.") in text_of(html.find("main"))


@pytest.mark.parametrize(
    ("count", "text"), [(1, "1 dokument"), (3, "3 dokumenty"), (5, "5 dokumentów"), (22, "22 dokumenty")]
)
def test_library_result_count_uses_polish_plural_forms(client, regions, library, categories, count, text):
    for _ in range(count):
        ModelDocumentPageFactory(parent=regions.kielce, category=categories["model"])

    assert result_count(soup(client.get("/dokumenty/"))) == text


def test_library_filter_form_offers_the_categories_of_its_language(client, documents, locales):
    DocumentCategoryFactory(name="Cooperation model", slug="cooperation-model", locale=locales["en"])

    form = soup(client.get("/dokumenty/")).select_one("form.filters")

    options = [option["value"] for option in form.find("select", attrs={"name": "category"}).find_all("option")]
    assert options == ["", "model-kooperacji", "raport-z-badan"]
    years = [option["value"] for option in form.find("select", attrs={"name": "year"}).find_all("option")]
    assert years == ["", "2024", "2023", "2022"]


def test_library_paginates_twenty_per_page_keeping_filters(client, regions, library, categories):
    for number in range(23):
        ModelDocumentPageFactory(
            parent=regions.kielce,
            title=f"Dokument {number + 1:02d}",
            category=categories["model"],
            version_date=day(2024, 1, 1) + datetime.timedelta(days=number),
        )
    ModelDocumentPageFactory(parent=regions.kielce, title="Raport", category=categories["report"])

    first = soup(client.get("/dokumenty/?category=model-kooperacji"))
    next_href = first.select_one("nav.pagination").find("a", rel="next")["href"]
    second = soup(client.get("/dokumenty/" + next_href))

    assert titles(first) == [f"Dokument {number:02d}" for number in range(23, 3, -1)]
    assert next_href == "?category=model-kooperacji&page=2"
    assert titles(second) == ["Dokument 03", "Dokument 02", "Dokument 01"]
    assert result_count(second) == "23 dokumenty"


# Bad input and query counts ---------------------------------------------------------------------------


@pytest.mark.parametrize("query", BAD_QUERIES)
def test_library_survives_bad_input(client, documents, query):
    response = client.get(f"/dokumenty/?{query}")

    assert response.status_code == 200
    html = soup(response)
    assert len(html.find_all("h1")) == 1
    assert html.select_one("p.result-count") is not None


@pytest.mark.parametrize(
    ("query", "field"), list(INVALID_FILTERS.items()) + [("category=x", "category"), ("language=xx", "language")]
)
def test_library_reports_and_ignores_an_invalid_filter(client, documents, query, field):
    html = soup(client.get(f"/dokumenty/?{query}"))

    errors = html.select_one("div.form-errors")
    assert ui("Some filters were not understood and have been ignored:") in text_of(errors)
    label = text_of(html.find("label", attrs={"for": f"id_{field}"}))
    assert any(text_of(item).startswith(f"{label}:") for item in errors.find_all("li"))
    assert titles(html) == ALL


def build_documents(regions, categories, start, stop):
    for number in range(start, stop):
        page = ModelDocumentPageFactory(
            parent=regions.kielce if number % 2 else regions.bialystok,
            category=categories["model" if number % 3 else "report"],
            version_date=day(2023, 1, 1) + datetime.timedelta(days=number),
        )
        attach_pdf(page, f"Model {number}", f"model-{number}.pdf", is_accessible_version=bool(number % 2))
        attach_pdf(page, f"Summary {number}", f"summary-{number}.pdf", language="en")


@pytest.mark.parametrize(
    "url",
    ["/dokumenty/", "/dokumenty/?page=2", "/dokumenty/?category=model-kooperacji&language=en&year=2023"],
)
def test_library_costs_the_same_queries_with_5_and_50_documents(client, regions, library, categories, url):
    build_documents(regions, categories, 0, 5)
    client.get(url)  # warm the per-process caches (site root paths, content types)
    few, _response = count_queries(client, url)

    build_documents(regions, categories, 5, 50)
    many, response = count_queries(client, url)

    assert_same_queries(few, many, url)
    assert len(soup(response).select(".listing article")) > 0
