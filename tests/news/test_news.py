"""News items, the news index, the region pages and the home page as a visitor sees them."""

import datetime

import pytest
from django.template.defaultfilters import date as date_filter
from django.utils import timezone, translation
from wagtail.models import PageViewRestriction

from news.models import NewsGalleryImage, NewsPage, NewsRelatedLink
from tests.factories import (
    DocumentCategoryFactory,
    EventPageFactory,
    ImageFactory,
    ModelDocumentPageFactory,
    NewsPageFactory,
    attach_pdf,
)
from tests.portal.utils import soup, text_of, translate, ui

day = datetime.date


def titles(html, selector=".listing .listing-item__title"):
    return [text_of(element) for element in html.select(selector)]


def result_count(html):
    return text_of(html.select_one("p.result-count"))


def polish_date(value):
    with translation.override("pl"):
        return date_filter(value, "j E Y")


# A news item ------------------------------------------------------------------------------------------


def test_news_page_shows_its_title_lead_date_region_gallery_and_tags(client, regions, news_index):
    workshop = ImageFactory(title="Warsztaty", alt_text="Uczestnicy warsztatów pracują w grupach przy stołach")
    hall = ImageFactory(title="Sala", alt_text="Sala konferencyjna ROPS w Kielcach pełna uczestników")
    page = NewsPageFactory(
        parent=regions.kielce,
        title="Warsztaty dla gminnych zespołów kooperacji",
        slug="warsztaty",
        date=day(2020, 3, 5),
        lead="Trzydzieści osób z dwunastu gmin ćwiczyło wspólne planowanie pomocy rodzinie.",
        tags=["szkolenia", "gminy wiejskie"],
    )
    NewsGalleryImage.objects.create(page=page, image=workshop, caption="Praca w grupach", sort_order=0)
    NewsGalleryImage.objects.create(page=page, image=hall, caption="", sort_order=1)

    response = client.get("/swietokrzyskie/warsztaty/")
    html = soup(response)

    assert response.status_code == 200
    assert [text_of(h1) for h1 in html.find_all("h1")] == ["Warsztaty dla gminnych zespołów kooperacji"]
    article = html.find("main").find("article")
    meta = article.select_one(".listing-item__meta")
    assert meta.find("time")["datetime"] == "2020-03-05"
    assert text_of(meta.find("time")) == "5 marca 2020"
    assert text_of(meta.find("a", href="/swietokrzyskie/")) == "ROPS Kielce"
    assert text_of(article.select_one("p.lead")) == page.lead

    gallery = article.select_one("section.gallery")
    assert text_of(gallery.find("h2")) == ui("Photo gallery")
    figures = gallery.find_all("figure")
    assert [figure.find("img")["alt"] for figure in figures] == [workshop.alt_text, hall.alt_text]
    assert [figure.figcaption and text_of(figure.figcaption) for figure in figures] == ["Praca w grupach", None]
    assert all(figure.find("a")["href"].startswith("/media/images/") for figure in figures)  # the full size

    tag_links = sorted((a["href"], text_of(a)) for a in article.select("ul.tag-list a"))
    assert tag_links == [
        ("/aktualnosci/?tag=gminy%20wiejskie", "gminy wiejskie"),
        ("/aktualnosci/?tag=szkolenia", "szkolenia"),
    ]
    NewsPageFactory(parent=regions.bialystok, title="Inna aktualność", tags=["konferencje"])
    tagged = soup(client.get("/aktualnosci/?tag=gminy%20wiejskie"))
    assert titles(tagged) == ["Warsztaty dla gminnych zespołów kooperacji"]


def test_news_page_without_gallery_or_tags_has_no_empty_sections(client, regions, news_index):
    NewsPageFactory(parent=regions.kielce, slug="krotko", title="Krótka informacja")

    article = soup(client.get("/swietokrzyskie/krotko/")).find("main").find("article")

    assert article.select_one("section.gallery") is None
    assert article.select_one("ul.tag-list") is None
    assert article.select_one("section.related") is None


def test_date_defaults_to_the_first_publication(client, regions, news_index):
    page = NewsPageFactory(parent=regions.kielce, slug="bez-daty", title="Bez daty", date=None, live=False)

    page.save_revision().publish()

    today = timezone.localdate()
    assert NewsPage.objects.get(pk=page.pk).date == today
    time = soup(client.get("/swietokrzyskie/bez-daty/")).find("main").find("time")
    assert time["datetime"] == today.isoformat()
    assert text_of(time) == polish_date(today)
    card_time = soup(client.get("/aktualnosci/")).select_one(".listing time")
    assert card_time["datetime"] == today.isoformat()


def test_an_editors_date_survives_publication(client, regions, news_index):
    page = NewsPageFactory(parent=regions.kielce, slug="archiwalna", date=day(2019, 11, 20), live=False)

    page.save_revision().publish()

    assert NewsPage.objects.get(pk=page.pk).date == day(2019, 11, 20)
    time = soup(client.get("/swietokrzyskie/archiwalna/")).find("main").find("time")
    assert text_of(time) == "20 listopada 2019"


# Related news -----------------------------------------------------------------------------------------


def related_titles(client, url):
    section = soup(client.get(url)).select_one("section.related")
    if section is None:
        return []
    assert text_of(section.find("h2")) == ui("Related news")
    return [text_of(heading) for heading in section.select(".listing-item__title")]


def test_related_news_start_with_the_editors_choice_then_shared_tags(client, regions, news_index):
    page = NewsPageFactory(parent=regions.kielce, slug="glowna", date=day(2024, 5, 1), tags=["szkolenia"])
    chosen = NewsPageFactory(parent=regions.bialystok, title="Wybór redakcji", date=day(2020, 1, 1))
    draft = NewsPageFactory(parent=regions.bialystok, title="Szkic wybrany przez redakcję", live=False)
    NewsRelatedLink.objects.create(page_from=page, page=draft, sort_order=0)
    NewsRelatedLink.objects.create(page_from=page, page=page, sort_order=1)
    NewsRelatedLink.objects.create(page_from=page, page=chosen, sort_order=2)
    NewsPageFactory(parent=regions.bialystok, title="Tag, starsza", date=day(2023, 1, 1), tags=["szkolenia"])
    NewsPageFactory(parent=regions.bialystok, title="Tag, nowsza", date=day(2024, 1, 1), tags=["szkolenia"])
    NewsPageFactory(parent=regions.bialystok, title="Tag, najstarsza", date=day(2022, 1, 1), tags=["szkolenia"])
    NewsPageFactory(parent=regions.kielce, title="Ten sam region", date=day(2024, 4, 1))

    assert related_titles(client, "/swietokrzyskie/glowna/") == ["Wybór redakcji", "Tag, nowsza", "Tag, starsza"]


def test_related_news_are_topped_up_from_the_same_region_newest_first(client, regions, news_index):
    NewsPageFactory(parent=regions.kielce, slug="glowna", date=day(2024, 5, 1), tags=["konferencje"])
    NewsPageFactory(parent=regions.kielce, title="Z tagiem, ten sam region", date=day(2021, 1, 1), tags=["konferencje"])
    NewsPageFactory(parent=regions.kielce, title="Region, starsza", date=day(2023, 2, 1))
    NewsPageFactory(parent=regions.kielce, title="Region, nowsza", date=day(2024, 4, 1))
    NewsPageFactory(parent=regions.kielce, title="Region, najstarsza", date=day(2020, 2, 1))
    NewsPageFactory(parent=regions.kielce, title="Region, szkic", date=day(2024, 4, 30), live=False)
    NewsPageFactory(parent=regions.bialystok, title="Inny region", date=day(2024, 4, 30))

    assert related_titles(client, "/swietokrzyskie/glowna/") == [
        "Z tagiem, ten sam region",
        "Region, nowsza",
        "Region, starsza",
    ]


def test_related_news_never_show_a_restricted_item(client, regions, news_index):
    page = NewsPageFactory(parent=regions.kielce, slug="glowna", tags=["zespol"])
    secret = NewsPageFactory(parent=regions.kielce, title="Notatka tylko dla zespołu", tags=["zespol"])
    PageViewRestriction.objects.create(page=secret, restriction_type=PageViewRestriction.LOGIN)
    NewsRelatedLink.objects.create(page_from=page, page=secret, sort_order=0)

    assert related_titles(client, "/swietokrzyskie/glowna/") == []
    assert "Notatka tylko dla zespołu" not in client.get("/swietokrzyskie/glowna/").content.decode()


def test_a_lone_news_item_has_no_related_news(client, regions, news_index):
    NewsPageFactory(parent=regions.kielce, slug="sama", tags=["szkolenia"])
    NewsPageFactory(parent=regions.bialystok, title="Inny region, bez tagów")

    assert related_titles(client, "/swietokrzyskie/sama/") == []


# The news index ---------------------------------------------------------------------------------------


def test_news_index_lists_the_newest_first_twelve_per_page(client, regions, news_index):
    for number in range(14):
        NewsPageFactory(
            parent=regions.kielce, title=f"Aktualność z {number + 1} stycznia", date=day(2024, 1, number + 1)
        )

    first = soup(client.get("/aktualnosci/"))
    second = soup(client.get("/aktualnosci/?page=2"))

    assert [text_of(h1) for h1 in first.find_all("h1")] == ["Aktualności"]
    assert titles(first) == [f"Aktualność z {number} stycznia" for number in range(14, 2, -1)]
    assert titles(second) == ["Aktualność z 2 stycznia", "Aktualność z 1 stycznia"]
    assert [text_of(time) for time in second.select(".listing time")] == ["2 stycznia 2024", "1 stycznia 2024"]
    assert result_count(first) == "14 aktualności"
    pagination = first.select_one("nav.pagination")
    assert pagination.find("a", attrs={"aria-current": "page"})["href"] == "?page=1"
    assert pagination.find("a", rel="next")["href"] == "?page=2"
    assert second.select_one("nav.pagination").find("a", rel="prev")["href"] == "?page=1"


def test_news_cards_name_their_region_and_link_to_the_item(client, regions, news_index):
    NewsPageFactory(parent=regions.bialystok, title="Konferencja w Białymstoku", slug="konferencja")

    card = soup(client.get("/aktualnosci/")).select_one(".listing article")

    assert card.find("a")["href"] == "/podlaskie/konferencja/"
    assert "ROPS Białystok" in text_of(card.select_one(".listing-item__meta"))


@pytest.fixture
def many_news(regions, news_index):
    """15 items matching region=swietokrzyskie, tag=szkolenia, year=2023, and items missing one of those."""
    for number in range(15):
        NewsPageFactory(
            parent=regions.kielce,
            title=f"Szkolenie {number + 1:02d}",
            date=day(2023, 1, 1) + datetime.timedelta(days=number),
            tags=["szkolenia", "gminy"],
        )
    NewsPageFactory(parent=regions.kielce, title="Bez tagu", date=day(2023, 6, 1), tags=["konferencje"])
    NewsPageFactory(parent=regions.kielce, title="Inny rok", date=day(2022, 6, 1), tags=["szkolenia"])
    NewsPageFactory(parent=regions.bialystok, title="Inny region", date=day(2023, 6, 1), tags=["szkolenia"])


def test_news_filters_combine_and_survive_pagination(client, many_news):
    url = "/aktualnosci/?region=swietokrzyskie&tag=szkolenia&year=2023"
    first = soup(client.get(url))

    assert result_count(first).startswith("15 aktualności")
    assert titles(first) == [f"Szkolenie {number:02d}" for number in range(15, 3, -1)]
    assert first.select_one("div.form-errors") is None
    form = first.select_one("form.filters")
    assert form.find("select", attrs={"name": "region"}).find("option", selected=True)["value"] == "swietokrzyskie"
    assert form.find("select", attrs={"name": "year"}).find("option", selected=True)["value"] == "2023"
    assert form.find("input", attrs={"name": "tag"})["value"] == "szkolenia"

    next_link = first.select_one("nav.pagination").find("a", rel="next")["href"]
    assert next_link == "?region=swietokrzyskie&tag=szkolenia&year=2023&page=2"
    second = soup(client.get("/aktualnosci/" + next_link))
    assert titles(second) == ["Szkolenie 03", "Szkolenie 02", "Szkolenie 01"]
    assert second.select_one("nav.pagination").find("a", rel="prev")["href"] == (
        "?region=swietokrzyskie&tag=szkolenia&year=2023&page=1"
    )


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("region=podlaskie", ["Inny region"]),
        ("project=kooperacja-3d", ["Inny region"]),
        ("project=liderzy-kooperacji&year=2022", ["Inny rok"]),
        ("tag=konferencje", ["Bez tagu"]),
        ("tag=szkolenia&region=podlaskie", ["Inny region"]),
        ("year=2022", ["Inny rok"]),
        ("tag=nie-ma-takiego-tagu", []),
    ],
)
def test_each_news_filter(client, many_news, query, expected):
    html = soup(client.get(f"/aktualnosci/?{query}"))

    assert titles(html) == expected
    assert html.select_one("div.form-errors") is None
    if not expected:
        assert ui("No news matches these filters.") in text_of(html.find("main"))


@pytest.mark.parametrize(
    ("number", "text"),
    [(1, "1 aktualność"), (2, "2 aktualności"), (3, "3 aktualności"), (5, "5 aktualności"), (22, "22 aktualności")],
)
def test_result_count_uses_polish_plural_forms(client, regions, news_index, number, text):
    for _ in range(number):
        NewsPageFactory(parent=regions.kielce)

    assert result_count(soup(client.get("/aktualnosci/"))) == text


def test_cached_result_count_follows_publishing_and_unpublishing(client, regions, news_index):
    first = NewsPageFactory(parent=regions.kielce)
    assert result_count(soup(client.get("/aktualnosci/"))) == "1 aktualność"

    draft = NewsPageFactory(parent=regions.kielce, live=False)
    draft.save_revision().publish()  # as the admin's "Publish" does
    assert result_count(soup(client.get("/aktualnosci/"))) == "2 aktualności"

    first.unpublish()
    assert result_count(soup(client.get("/aktualnosci/"))) == "1 aktualność"
    assert result_count(soup(client.get("/aktualnosci/?region=swietokrzyskie"))) == "1 aktualność"
    assert result_count(soup(client.get("/aktualnosci/?region=podlaskie"))) == "0 aktualności"


def test_news_index_lists_only_live_news_in_its_own_language(client, home, locales, regions, news_index):
    polish = NewsPageFactory(parent=regions.kielce, title="Spotkanie w Kielcach", date=day(2024, 2, 1))
    NewsPageFactory(parent=regions.kielce, title="Szkic, jeszcze nie opublikowany", live=False)
    translate(home, locales["en"], title="Cooperation Portal")
    news_en = translate(news_index, locales["en"], title="News", slug="news")
    translate(regions.kielce, locales["en"], title="Świętokrzyskie Voivodeship")
    translate(polish, locales["en"], title="Meeting in Kielce")

    polish_list = soup(client.get("/aktualnosci/"))
    english_response = client.get("/en/news/")
    english_list = soup(english_response)

    assert titles(polish_list) == ["Spotkanie w Kielcach"]
    assert result_count(polish_list) == "1 aktualność"
    assert english_response.status_code == 200 and news_en.url == "/en/news/"
    assert titles(english_list) == ["Meeting in Kielce"]
    assert english_list.find("html")["lang"] == "en"
    assert english_list.select_one(".listing a")["href"] == "/en/swietokrzyskie/spotkanie-w-kielcach/"


# Region pages and the home page ------------------------------------------------------------------------


def test_region_page_lists_its_own_latest_news(client, regions, news_index):
    for number in range(7):
        NewsPageFactory(parent=regions.kielce, title=f"Kielce {number + 1}", date=day(2024, 3, number + 1))
    NewsPageFactory(parent=regions.kielce, title="Kielce, szkic", date=day(2024, 4, 1), live=False)
    NewsPageFactory(parent=regions.bialystok, title="Białystok", date=day(2024, 4, 1))

    html = soup(client.get("/swietokrzyskie/"))
    section = html.find("section", attrs={"aria-labelledby": "region-news-title"})

    assert text_of(section.find("h2")) == ui("Latest news")
    assert titles(section, ".listing-item__title") == ["Kielce 7", "Kielce 6", "Kielce 5", "Kielce 4", "Kielce 3"]
    assert [text_of(time) for time in section.select("time")][:2] == ["7 marca 2024", "6 marca 2024"]


def test_home_page_shows_latest_news_next_events_and_newest_documents(
    client, home, regions, news_index, event_index, library
):
    today = timezone.localdate()
    for number in range(4):
        NewsPageFactory(parent=regions.kielce, title=f"Aktualność {number + 1}", date=day(2024, 3, number + 1))
    NewsPageFactory(parent=regions.kielce, title="Szkic aktualności", date=day(2024, 4, 1), live=False)
    for number in range(4):
        EventPageFactory(
            parent=regions.bialystok,
            title=f"Wydarzenie za {number + 1} dni",
            start_date=today + datetime.timedelta(days=number + 1),
        )
    EventPageFactory(
        parent=regions.bialystok, title="Wydarzenie wczorajsze", start_date=today - datetime.timedelta(days=1)
    )
    category = DocumentCategoryFactory(name="Model kooperacji")
    for number in range(4):
        document = ModelDocumentPageFactory(
            parent=regions.kielce,
            title=f"Dokument {number + 1}",
            category=category,
            version_date=day(2023, number + 1, 1),
        )
        attach_pdf(document, f"Plik {number + 1}", f"plik-{number + 1}.pdf")

    html = soup(client.get("/"))

    news = html.find("section", attrs={"aria-labelledby": "latest-news-title"})
    events = html.find("section", attrs={"aria-labelledby": "next-events-title"})
    documents = html.find("section", attrs={"aria-labelledby": "newest-documents-title"})
    assert titles(news, ".listing-item__title") == ["Aktualność 4", "Aktualność 3", "Aktualność 2"]
    assert news.find("a", string=ui("All news"))["href"] == "/aktualnosci/"
    assert titles(events, ".listing-item__title") == [
        "Wydarzenie za 1 dni",
        "Wydarzenie za 2 dni",
        "Wydarzenie za 3 dni",
    ]
    assert "ROPS Białystok" in text_of(events.select_one(".listing-item__meta"))
    assert events.find("a", string=ui("All events"))["href"] == "/wydarzenia/"
    assert titles(documents, ".listing-item__title") == ["Dokument 4", "Dokument 3", "Dokument 2"]
    assert documents.select_one("ul.file-list a")["href"].startswith("/pobierz/")
    assert documents.find("a", string=ui("Document library"))["href"] == "/dokumenty/"


def test_home_page_without_content_has_no_empty_sections(client, home, news_index, event_index, library):
    main = soup(client.get("/")).find("main")

    for section in ("latest-news-title", "next-events-title", "newest-documents-title"):
        assert main.find("section", attrs={"aria-labelledby": section}) is None
