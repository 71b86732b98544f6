"""The search page over HTTP: Polish forms, phrases, diacritics, filters, excerpts and bad input."""

import io

import pytest

from search import views
from tests.factories import NewsPageFactory
from tests.portal.utils import soup, text_of


@pytest.fixture
def news(regions):
    return {
        "sandomierz": NewsPageFactory(
            parent=regions.kielce,
            title="Spotkania w Sandomierzu",
            lead="Zespoły kooperacji spotkały się w Sandomierzu, aby omówić plan pomocy rodzinom.",
        ),
        "zaswiadczenia": NewsPageFactory(
            parent=regions.bialystok,
            title="Zaświadczenia dla uczestników",
            lead="Uczestnicy szkoleń otrzymają zaświadczenia o ukończeniu kursu z kooperacją w tle.",
        ),
    }


def results(client, **params):
    response = client.get("/szukaj/", params)
    assert response.status_code == 200
    return [text_of(item) for item in soup(response).select(".search-result__title")], response


def test_inflected_forms_find_each_other(client, news):
    titles, response = results(client, q="spotkanie w Sandomierz")
    assert titles == ["Spotkania w Sandomierzu"]
    assert response["X-Robots-Tag"] == "noindex"
    page = soup(response)
    assert page.find("meta", attrs={"name": "robots", "content": "noindex"})
    assert {"Spotkania", "Sandomierzu"} <= {mark.get_text() for mark in page.select(".search-result mark")}
    titles, _response = results(client, q="kooperacja")
    assert set(titles) == {"Spotkania w Sandomierzu", "Zaświadczenia dla uczestników"}


def test_without_diacritics_and_quoted_phrase(client, news):
    titles, _response = results(client, q="zaswiadczenia")
    assert titles == ["Zaświadczenia dla uczestników"]
    titles, _response = results(client, q='"spotkały się w Sandomierzu"')
    assert titles == ["Spotkania w Sandomierzu"]
    titles, _response = results(client, q='"w Sandomierzu spotkały"')
    assert titles == []


def test_a_typo_suggests_an_indexed_word(client, news):
    titles, response = results(client, q="zaswiadczenei")
    page = soup(response)
    assert titles == []
    assert page.select_one(".search-suggestion a")


@pytest.mark.parametrize(
    "q",
    [
        "",
        "   ",
        "x" * 2000,
        '"',
        "*",
        "(",
        "OR",
        "NEAR",
        "-",
        "'",
        "a OR b",
        "NEAR(a b)",
        "\x00\x01\x1f",
        "'; DROP TABLE x;--",
        "kooperacja*",
    ],
)
def test_bad_queries_never_fail(client, news, q):
    response = client.get("/szukaj/", {"q": q, "page": "abc", "type": "nie-ma", "year": "dawno"})
    assert response.status_code == 200


def titles_for(client, url="/szukaj/", **params):
    response = client.get(url, params)
    assert response.status_code == 200
    return [text_of(item) for item in soup(response).select(".search-result__title")]


def test_publish_unpublish_move_and_delete_are_reflected(client, regions):
    page = NewsPageFactory(parent=regions.kielce, title="Konferencja w Ostrowcu", live=False)
    assert titles_for(client, q="konferencji") == []
    page.save_revision().publish()
    assert titles_for(client, q="konferencji") == ["Konferencja w Ostrowcu"]
    assert titles_for(client, q="konferencji", region="podlaskie") == []

    page.move(regions.bialystok, pos="last-child")
    assert titles_for(client, q="konferencji", region="podlaskie") == ["Konferencja w Ostrowcu"]

    page.refresh_from_db()
    page.unpublish()
    assert titles_for(client, q="konferencji") == []
    page.save_revision().publish()
    page.delete()
    assert titles_for(client, q="konferencji") == []


def test_an_edit_is_found_by_its_new_words_only(client, regions):
    page = NewsPageFactory(parent=regions.kielce, title="Szkolenie asystentów rodziny")
    page.title = "Warsztaty dla koordynatorów"
    page.lead = "Zapraszamy koordynatorów zespołów."
    page.save_revision().publish()
    assert titles_for(client, q="warsztatach") == ["Warsztaty dla koordynatorów"]
    assert titles_for(client, q="asystentom") == []


def test_each_language_searches_its_own_pages(client, news, locales, regions):
    from tests.portal.utils import translate

    translate(regions.kielce.get_parent().specific, locales["en"], title="Cooperation portal")
    translate(regions.kielce, locales["en"], title="Świętokrzyskie region")
    translate(news["sandomierz"], locales["en"], title="Meetings in Sandomierz", lead="Cooperation teams met.")
    assert titles_for(client, q="Sandomierz") == ["Spotkania w Sandomierzu"]
    assert titles_for(client, "/en/search/", q="Sandomierz") == ["Meetings in Sandomierz"]
    assert titles_for(client, "/en/search/", q="zaświadczenia") == []


def test_filters_by_type_region_and_year(client, news, regions):
    import datetime

    from wagtail.models import Page

    from tests.factories import EventPageFactory

    event = EventPageFactory(parent=regions.kielce, title="Spotkanie zespołów w Kielcach")
    for page in news.values():
        page.save_revision().publish()  # sets the first publication date the year filter uses
    news["sandomierz"].refresh_from_db()
    Page.objects.filter(pk=event.pk).update(first_published_at=datetime.datetime(2019, 5, 1, tzinfo=datetime.UTC))
    assert set(titles_for(client, q="spotkanie")) == {"Spotkania w Sandomierzu", "Spotkanie zespołów w Kielcach"}
    assert titles_for(client, q="spotkanie", type="wydarzenia") == ["Spotkanie zespołów w Kielcach"]
    assert titles_for(client, q="kooperacja", region="podlaskie") == ["Zaświadczenia dla uczestników"]
    year = news["sandomierz"].first_published_at.year
    assert titles_for(client, q="spotkanie", year=year) == ["Spotkania w Sandomierzu"]
    assert titles_for(client, q="spotkanie", year=2019) == ["Spotkanie zespołów w Kielcach"]


def test_lessons_and_private_pages_stay_out_of_results(client, home, news):
    import json

    from wagtail.models import PageViewRestriction

    from tests.factories import CourseIndexPageFactory, CoursePageFactory, LessonPageFactory

    course = CoursePageFactory(parent=CourseIndexPageFactory(parent=home), title="Kurs o genogramie")
    LessonPageFactory(
        parent=course,
        title="Lekcja z testem",
        body=json.dumps([{"type": "paragraph", "value": "<p>Odpowiedź: genogram trzech pokoleń.</p>"}]),
    )
    assert titles_for(client, q="genogram") == ["Kurs o genogramie"]
    PageViewRestriction.objects.create(page=news["sandomierz"], restriction_type="login")
    assert titles_for(client, q="Sandomierz") == []


def test_results_show_type_date_region_and_are_paginated(client, regions):
    for number in range(12):
        NewsPageFactory(parent=regions.kielce, title=f"Posiedzenie zespołu nr {number}")
    response = client.get("/szukaj/", {"q": "posiedzenia"})
    page = soup(response)
    assert "12 wyników" in text_of(page.select_one(".result-count"))
    assert len(page.select(".search-result")) == 10
    meta = text_of(page.select_one(".search-result__meta"))
    assert "Aktualność" in meta and "świętokrzyskie" in meta
    assert page.select_one(".pagination a[rel=next]")
    second = soup(client.get("/szukaj/", {"q": "posiedzenia", "page": "2"}))
    assert len(second.select(".search-result")) == 2
    last = soup(client.get("/szukaj/", {"q": "posiedzenia", "page": "999"}))
    assert len(last.select(".search-result")) == 2


def test_a_broad_search_lists_the_best_results_and_says_there_are_more(client, regions, monkeypatch):
    monkeypatch.setattr(views, "RESULTS_LIMIT", 5)
    for number in range(6):
        NewsPageFactory(parent=regions.kielce, title=f"Posiedzenie zespołu nr {number}")
    NewsPageFactory(parent=regions.kielce, title="Posiedzenie posiedzeń", lead="Posiedzenia i posiedzenie.")
    page = soup(client.get("/szukaj/", {"q": "posiedzenie"}))
    assert text_of(page.select_one(".result-count")).startswith("Ponad 5 wyników dla „posiedzenie”")
    titles = [text_of(item) for item in page.select(".search-result__title")]
    assert len(titles) == 5 and titles[0] == "Posiedzenie posiedzeń"  # the best-ranked of the seven
    assert not page.select_one(".pagination a[rel=next]")
    assert "Ponad" not in text_of(soup(client.get("/szukaj/", {"q": "posiedzenie nr 3"})).select_one(".result-count"))


def test_empty_query_shows_help_and_every_page_has_the_search_box(client, home):
    page = soup(client.get("/szukaj/", {"q": "  "}))
    assert page.select_one(".search-help") and not page.select_one(".result-count")
    home_page = soup(client.get("/"))
    box = home_page.select_one("header form[role=search]")
    assert box["action"] == "/szukaj/" and box.select_one("input[name=q]")


def test_documents_are_found_by_the_text_of_their_files(client, library):
    import weasyprint

    from portal.models import ModelDocumentFile
    from tests.factories import DocumentFactory, ModelDocumentPageFactory

    data = weasyprint.HTML(string="<p>Procedura powoływania zespołów interdyscyplinarnych w gminach.</p>").write_pdf()
    document = DocumentFactory(title="Załącznik 3", file__data=data, file__filename="zalacznik-3.pdf")
    page = ModelDocumentPageFactory(parent=library, title="Model Kooperacji – załączniki", summary="Wzory pism.")
    ModelDocumentFile.objects.create(page=page, document=document, sort_order=0)
    page.save_revision().publish()
    response = client.get("/szukaj/", {"q": "zespół interdyscyplinarny gmina"})
    page_html = soup(response)
    assert [text_of(a) for a in page_html.select(".search-result__title")] == ["Model Kooperacji – załączniki"]
    assert "interdyscyplinarnych" in text_of(page_html.select_one(".search-result__excerpt"))


def test_update_index_rebuilds_pages_saved_behind_the_indexs_back(client, news):
    from django.core.management import call_command

    from news.models import NewsPage

    NewsPage.objects.filter(pk=news["sandomierz"].pk).update(title="Narada w Opatowie")  # no save, no signal
    assert titles_for(client, q="naradzie Opatów") == []  # the same query: its cached result must go
    call_command("update_index", stdout=io.StringIO(), stderr=io.StringIO())
    assert titles_for(client, q="naradzie Opatów") == ["Narada w Opatowie"]


def test_a_page_of_results_costs_the_same_queries_for_two_results_or_ten(client, regions):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    for number in range(2):
        NewsPageFactory(parent=regions.kielce, title=f"Narada zespołu {number}")
    client.get("/szukaj/", {"q": "narada"})  # warm the caches (years, regions)
    with CaptureQueriesContext(connection) as few:
        client.get("/szukaj/", {"q": "narada"})
    for number in range(2, 12):
        NewsPageFactory(parent=regions.bialystok, title=f"Narada zespołu {number}")
    client.get("/szukaj/", {"q": "narada"})
    with CaptureQueriesContext(connection) as many:
        response = client.get("/szukaj/", {"q": "narada"})
    assert len(soup(response).select(".search-result")) == 10
    assert len(many) == len(few), [query["sql"][:120] for query in many.captured_queries]


def test_a_language_without_content_finds_nothing_and_says_so(client, news):
    """Ukrainian has no home page until the first translation is published."""
    response = client.get("/uk/poshuk/", {"q": "kooperacja"})
    assert response.status_code == 200
    assert soup(response).select(".search-result__title") == []
    assert soup(response).select_one(".result-count") is not None
