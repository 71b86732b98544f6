"""Choosers open with the user's own region first: its pages, and its collection's images and documents."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Collection

from portal.models import Profile
from tests.factories import ImageFactory, NewsPageFactory, StandardPageFactory
from tests.portal.utils import text_of


def chooser_titles(response):
    """The titles listed in a chooser modal (its HTML comes inside JSON), the parent page row left out."""
    assert response.status_code == 200
    html = BeautifulSoup(response.json()["html"], "html.parser")
    return [
        text_of(row.select_one("td.title"))
        for row in html.select("tbody tr:not(.parent-page)")
        if row.select_one("td.title")
    ]


@pytest.fixture
def kielce_administrator(admin_user, regions, governance):
    """An administrator who works for ROPS Kielce: sees every collection, Kielce's first."""
    Profile.objects.create(user=admin_user, region=regions.kielce.region)
    return admin_user


def test_image_chooser_lists_the_regions_collection_first(client, kielce_administrator):
    kielce = Collection.objects.get(name="ROPS Kielce")
    bialystok = Collection.objects.get(name="ROPS Białystok")
    now = timezone.now()
    ImageFactory(title="Szkolenie w Kielcach", collection=kielce, created_at=now - datetime.timedelta(days=2))
    ImageFactory(title="Spotkanie w Białymstoku", collection=bialystok, created_at=now)
    client.force_login(kielce_administrator)

    response = client.get(reverse("wagtailimages_chooser:choose"))

    html = BeautifulSoup(response.json()["html"], "html.parser")
    titles = [link["title"].split(" » ")[-1] for link in html.select("a.image-choice")]
    assert titles[:2] == ["Szkolenie w Kielcach", "Spotkanie w Białymstoku"], titles


def test_page_chooser_lists_the_editors_region_page_first(as_user, editor_b, home, regions):
    # In tree order Kielce's page comes before Białystok's; Białystok's editor sees theirs first.
    StandardPageFactory(parent=home, title="O projekcie", slug="o-projekcie")

    titles = chooser_titles(as_user(editor_b).get(reverse("wagtailadmin_choose_page_child", args=[home.pk])))

    assert titles[0].startswith("Województwo podlaskie"), titles
    assert any(title.startswith("Województwo świętokrzyskie") for title in titles[1:]), titles


def test_page_chooser_search_still_works_for_an_editor(as_user, editor_a, regions):
    NewsPageFactory(parent=regions.kielce, title="Szkolenie z genogramu")

    response = as_user(editor_a).get(reverse("wagtailadmin_choose_page_search"), {"q": "genogram"})

    assert response.status_code == 200
