"""Choosers open with the user's own region first: its pages, and its collection's images and documents."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Collection, GroupCollectionPermission

from portal.governance import (
    COORDINATORS,
    SHARED_COLLECTION,
    editors_group_name,
    moderators_group_name,
    setup_governance,
)
from portal.models import Profile
from tests.factories import DocumentFactory, ImageFactory, NewsPageFactory, StandardPageFactory
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


# The shared collection (issue 19, item 25) ---------------------------------------------------------------


def chooser_image_titles(response):
    html = BeautifulSoup(response.json()["html"], "html.parser")
    return {link["title"].split(" » ")[-1] for link in html.select("a.image-choice")}


def test_an_editors_choosers_offer_the_shared_collection_and_not_another_region(as_user, editor_b, governance):
    shared = Collection.objects.get(name=SHARED_COLLECTION)
    ImageFactory(title="Logo Modelu Kooperacji", collection=shared)
    ImageFactory(title="Spotkanie w Białymstoku", collection=Collection.objects.get(name="ROPS Białystok"))
    ImageFactory(title="Szkolenie w Kielcach", collection=Collection.objects.get(name="ROPS Kielce"))
    DocumentFactory(title="Wzór porozumienia", collection=shared)
    DocumentFactory(title="Raport z Kielc", collection=Collection.objects.get(name="ROPS Kielce"))
    client = as_user(editor_b)

    images = chooser_image_titles(client.get(reverse("wagtailimages_chooser:choose")))
    documents = BeautifulSoup(client.get(reverse("wagtaildocs_chooser:choose")).json()["html"], "html.parser")

    assert images == {"Logo Modelu Kooperacji", "Spotkanie w Białymstoku"}
    assert "Wzór porozumienia" in documents.get_text() and "Raport z Kielc" not in documents.get_text()


def test_the_shared_collection_is_only_chosen_from(governance, regions):
    shared = Collection.objects.get(name=SHARED_COLLECTION)
    rows = GroupCollectionPermission.objects.filter(collection=shared).select_related("group", "permission")
    by_group = {}
    for row in rows:
        by_group.setdefault(row.group.name, set()).add(row.permission.codename)

    expected_groups = {COORDINATORS} | {
        name(page.region)
        for page in (regions.kielce, regions.bialystok)
        for name in (editors_group_name, moderators_group_name)
    }
    assert by_group == {group: {"choose_image", "choose_document"} for group in expected_groups}
    setup_governance()
    assert GroupCollectionPermission.objects.filter(collection=shared).count() == rows.count()
