"""Every listing costs the same number of queries with 5 items as with 50: no query per item."""

import datetime

import pytest
from django.utils import timezone

from tests.factories import (
    DocumentCategoryFactory,
    EventPageFactory,
    ImageFactory,
    ModelDocumentPageFactory,
    NewsPageFactory,
    attach_pdf,
)
from tests.news.utils import assert_same_queries, count_queries

LISTINGS = [
    "/",
    "/swietokrzyskie/",
    "/aktualnosci/",
    "/aktualnosci/?page=2",
    "/aktualnosci/?region=swietokrzyskie&tag=szkolenia&year=2024",
    "/aktualnosci/?project=liderzy-kooperacji",
    "/aktualnosci/rss/",
    "/aktualnosci/atom/",
    "/aktualnosci/rss/?region=swietokrzyskie",
    "/aktualnosci/atom/?tag=szkolenia",
    "/wydarzenia/",
    "/wydarzenia/?region=podlaskie",
    "/wydarzenia/archiwum/",
    "/wydarzenia/kalendarz/",
    "/wydarzenia/kalendarz/?region=swietokrzyskie",
    "/dokumenty/",
    "/dokumenty/?category=model-kooperacji&language=pl",
]


def build(regions, categories, start, stop):
    """News, an upcoming and a past event and a document with two files, alternately in both regions."""
    today = timezone.localdate()
    for number in range(start, stop):
        region = regions.kielce if number % 2 == 0 else regions.bialystok
        NewsPageFactory(
            parent=region,
            date=datetime.date(2024, 1, 1) + datetime.timedelta(days=number),
            tags=["szkolenia", f"temat-{number % 3}"],
        )
        EventPageFactory(
            parent=region,
            start_date=today + datetime.timedelta(days=number),
            start_time=datetime.time(10, 0) if number % 3 else None,
            place_name="Sala konferencyjna",
        )
        EventPageFactory(parent=region, start_date=today - datetime.timedelta(days=number + 1))
        document = ModelDocumentPageFactory(
            parent=region,
            category=categories[number % 2],
            version_date=datetime.date(2023, 1, 1) + datetime.timedelta(days=number),
        )
        attach_pdf(document, f"Model {number}", f"model-{number}.pdf")
        attach_pdf(document, f"Streszczenie {number}", f"streszczenie-{number}.pdf", language="en")


@pytest.fixture
def site(regions, news_index, event_index, library, locales):
    categories = [
        DocumentCategoryFactory(name="Model kooperacji", slug="model-kooperacji"),
        DocumentCategoryFactory(name="Raport z badań", slug="raport-z-badan"),
    ]
    return regions, categories


def test_listings_cost_the_same_queries_with_5_and_50_items(client, site):
    regions, categories = site
    build(regions, categories, 0, 5)
    for url in LISTINGS:
        client.get(url)  # warm the per-process caches (site root paths, content types)
    few = {url: count_queries(client, url)[0] for url in LISTINGS}

    build(regions, categories, 5, 50)

    failures = []
    for url in LISTINGS:
        many, response = count_queries(client, url)
        try:
            assert_same_queries(few[url], many, url)
        except AssertionError as error:
            failures.append(str(error))
    assert not failures, "\n\n".join(failures)


def test_news_index_with_images_costs_the_same_queries(client, regions, news_index):
    """Cards with pictures: one rendition lookup for the page of cards, not one per card."""
    for number in range(2):
        NewsPageFactory(parent=regions.kielce, image=ImageFactory(), date=datetime.date(2024, 1, number + 1))
    client.get("/aktualnosci/")
    few, _response = count_queries(client, "/aktualnosci/")

    for number in range(10):
        NewsPageFactory(parent=regions.kielce, image=ImageFactory(), date=datetime.date(2024, 2, number + 1))
    client.get("/aktualnosci/")  # the new renditions are made once
    many, response = count_queries(client, "/aktualnosci/")

    assert response.content.decode().count('class="listing-item__image"') == 12
    assert_same_queries(few, many, "/aktualnosci/")
