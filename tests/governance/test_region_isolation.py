"""An editor of one region works in that region only: the admin refuses them everything in another
region's pages, images and documents, and the portal-wide structure and settings.

Each refusal is checked through the admin's own view, and then in the database: nothing changed.
"""

import pytest
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.models import Collection, Page, PageViewRestriction, Site

from portal.governance import editors_group_name, moderators_group_name
from portal.models import PortalDocument, PortalImage
from tests.factories import (
    EventPageFactory,
    ImageFactory,
    ModelDocumentPageFactory,
    NewsPageFactory,
    StandardPageFactory,
    make_pdf_document,
    pdf_bytes,
)
from tests.governance.utils import (
    REGION_SUBPAGE_TYPES,
    add_url,
    assert_refused,
    assert_shows_the_page_form,
    edit_url,
    news_form_data,
)

FACTORIES = {
    "newspage": NewsPageFactory,
    "eventpage": EventPageFactory,
    "modeldocumentpage": ModelDocumentPageFactory,
    "standardpage": StandardPageFactory,
}


def region_collection(region_page):
    return Collection.objects.get(name=region_page.region.short_name)


@pytest.fixture
def news_b(regions, governance):
    """A live news item of the Białystok region."""
    return NewsPageFactory(parent=regions.bialystok, title="Konferencja w Białymstoku", slug="konferencja")


@pytest.fixture
def image_b(regions, governance):
    return ImageFactory(title="Konferencja – sala", collection=region_collection(regions.bialystok))


@pytest.fixture
def document_b(regions, governance):
    return make_pdf_document("Raport z Białegostoku", "raport.pdf", collection=region_collection(regions.bialystok))


# Pages: the matrix of the page types an editor creates under a region page --------------------------


@pytest.mark.parametrize(("app_label", "model_name"), REGION_SUBPAGE_TYPES)
def test_editor_may_open_the_add_form_under_their_region(as_user, editor_a, regions, app_label, model_name):
    response = as_user(editor_a).get(add_url(app_label, model_name, regions.kielce))

    assert_shows_the_page_form(response)


@pytest.mark.parametrize(("app_label", "model_name"), REGION_SUBPAGE_TYPES)
def test_editor_may_not_open_the_add_form_under_another_region(as_user, editor_a, regions, app_label, model_name):
    response = as_user(editor_a).get(add_url(app_label, model_name, regions.bialystok))

    assert_refused(response)


@pytest.mark.parametrize(("app_label", "model_name"), REGION_SUBPAGE_TYPES)
def test_editor_may_not_open_the_edit_form_of_a_page_in_another_region(
    as_user, editor_a, editor_b, regions, app_label, model_name
):
    page = FACTORIES[model_name](parent=regions.bialystok)

    refused = as_user(editor_a).get(edit_url(page))
    allowed = as_user(editor_b).get(edit_url(page))

    assert_refused(refused)
    assert_shows_the_page_form(allowed)  # the region's own editor does get the form


def test_editor_may_not_add_a_page_under_another_region_by_posting(as_user, editor_a, regions):
    data = news_form_data("Podrzucona aktualność", "podrzucona", **{"action-submit": "1"})

    response = as_user(editor_a).post(add_url("news", "newspage", regions.bialystok), data)

    assert_refused(response)
    assert not Page.objects.filter(slug="podrzucona").exists()


def test_editor_may_not_save_changes_to_a_page_in_another_region(as_user, editor_a, news_b):
    data = news_form_data("Zmienione przez innego redaktora", news_b.slug, **{"action-submit": "1"})

    response = as_user(editor_a).post(edit_url(news_b), data)

    assert_refused(response)
    news_b.refresh_from_db()
    assert news_b.title == "Konferencja w Białymstoku"
    assert news_b.latest_revision is None or news_b.latest_revision.as_object().title == news_b.title
    assert not news_b.workflow_in_progress


def test_editor_may_not_move_their_page_into_another_region(as_user, editor_a, regions):
    # Their own draft, which they may delete and so move, but only to where they may add pages.
    page = NewsPageFactory(parent=regions.kielce, slug="szkic", owner=editor_a, live=False)
    assert page.permissions_for_user(editor_a).can_move()
    url = reverse("wagtailadmin_pages:move_confirm", args=[page.pk, regions.bialystok.pk])

    response = as_user(editor_a).post(url)

    assert_refused(response)
    page.refresh_from_db()
    assert page.get_parent().pk == regions.kielce.pk


def test_editor_may_not_delete_a_page_in_another_region(as_user, editor_a, news_b):
    response = as_user(editor_a).post(reverse("wagtailadmin_pages:delete", args=[news_b.pk]))

    assert_refused(response)
    news_b.refresh_from_db()
    assert news_b.live


def test_editor_may_not_unpublish_a_page_in_another_region(as_user, editor_a, news_b):
    response = as_user(editor_a).post(reverse("wagtailadmin_pages:unpublish", args=[news_b.pk]))

    assert_refused(response)
    news_b.refresh_from_db()
    assert news_b.live


def test_editor_may_not_unpublish_even_in_their_own_region(as_user, editor_a, regions):
    # Taking a page off the site is the moderators' decision.
    page = NewsPageFactory(parent=regions.kielce, slug="opublikowana")

    response = as_user(editor_a).post(reverse("wagtailadmin_pages:unpublish", args=[page.pk]))

    assert_refused(response)
    page.refresh_from_db()
    assert page.live


# Images and documents of another region's collection -------------------------------------------------


def image_form_data(image, title):
    return {
        "title": title,
        "collection": image.collection_id,
        "tags": "",
        "alt_text": image.alt_text,
        "focal_point_x": "",
        "focal_point_y": "",
        "focal_point_width": "",
        "focal_point_height": "",
    }


def document_form_data(document, title):
    return {"title": title, "collection": document.collection_id, "tags": "", "language": "pl"}


def test_editor_may_not_edit_an_image_of_another_region(as_user, editor_a, image_b):
    url = reverse("wagtailimages:edit", args=[image_b.pk])

    opened = as_user(editor_a).get(url)
    posted = as_user(editor_a).post(url, image_form_data(image_b, "Podmieniony tytuł"))

    assert_refused(opened)
    assert_refused(posted)
    assert PortalImage.objects.get(pk=image_b.pk).title == "Konferencja – sala"


def test_the_regions_own_editor_may_edit_its_image(as_user, editor_b, image_b):
    # The same request as above, from the region's editor: the data is good, only the person differs.
    response = as_user(editor_b).post(
        reverse("wagtailimages:edit", args=[image_b.pk]), image_form_data(image_b, "Sala obrad")
    )

    assert response.status_code == 302
    assert PortalImage.objects.get(pk=image_b.pk).title == "Sala obrad"


def test_editor_may_not_move_their_image_into_another_regions_collection(as_user, editor_a, regions, image_b):
    image = ImageFactory(title="Nasze spotkanie", collection=region_collection(regions.kielce))
    data = image_form_data(image, "Nasze spotkanie") | {"collection": image_b.collection_id}

    as_user(editor_a).post(reverse("wagtailimages:edit", args=[image.pk]), data)

    # An editor may add to their region's collection only, so Wagtail's form has no collection field
    # for them and ignores the one posted: the image stays where it was.
    assert PortalImage.objects.get(pk=image.pk).collection == region_collection(regions.kielce)


def test_editor_cannot_upload_a_document_into_another_regions_collection(as_user, editor_a, regions):
    upload = SimpleUploadedFile("raport.pdf", pdf_bytes(), content_type="application/pdf")
    data = {"title": "Podrzucony raport", "collection": region_collection(regions.bialystok).pk, "language": "pl"}

    as_user(editor_a).post(reverse("wagtaildocs:add"), data | {"file": upload})

    # The posted collection is ignored (see above): the file lands in the editor's own region.
    assert not PortalDocument.objects.filter(collection=region_collection(regions.bialystok)).exists()
    assert list(
        PortalDocument.objects.filter(title="Podrzucony raport").values_list("collection__name", flat=True)
    ) == ["ROPS Kielce"]


def test_editor_may_not_delete_an_image_of_another_region(as_user, editor_a, image_b):
    response = as_user(editor_a).post(reverse("wagtailimages:delete", args=[image_b.pk]))

    assert_refused(response)
    assert PortalImage.objects.filter(pk=image_b.pk).exists()


def test_editor_may_not_edit_a_document_of_another_region(as_user, editor_a, document_b):
    url = reverse("wagtaildocs:edit", args=[document_b.pk])

    opened = as_user(editor_a).get(url)
    posted = as_user(editor_a).post(url, document_form_data(document_b, "Podmieniony raport"))

    assert_refused(opened)
    assert_refused(posted)
    assert PortalDocument.objects.get(pk=document_b.pk).title == "Raport z Białegostoku"


def test_the_regions_own_editor_may_edit_its_document(as_user, editor_b, document_b):
    response = as_user(editor_b).post(
        reverse("wagtaildocs:edit", args=[document_b.pk]), document_form_data(document_b, "Raport 2024")
    )

    assert response.status_code == 302
    assert PortalDocument.objects.get(pk=document_b.pk).title == "Raport 2024"


def test_editor_may_not_delete_a_document_of_another_region(as_user, editor_a, document_b):
    response = as_user(editor_a).post(reverse("wagtaildocs:delete", args=[document_b.pk]))

    assert_refused(response)
    assert PortalDocument.objects.filter(pk=document_b.pk).exists()


# The portal's structure and settings --------------------------------------------------------------------


def test_editor_may_not_open_the_regions(as_user, editor_a, regions):
    client = as_user(editor_a)

    listing = client.get("/admin/snippets/portal/region/")
    edit = client.get(f"/admin/snippets/portal/region/edit/{regions.bialystok.region.pk}/")

    assert_refused(listing)
    assert_refused(edit)


def test_editor_may_not_open_the_portal_settings(as_user, editor_a, home):
    site = Site.objects.get(is_default_site=True)

    response = as_user(editor_a).get(f"/admin/settings/portal/portalsettings/{site.pk}/")

    assert_refused(response)


# A restricted document of another region ------------------------------------------------------------


@pytest.fixture
def restricted_document_b(regions, governance):
    """A model document in Białystok that only Białystok's own people may read on the site (Wagtail's
    privacy setting "Only these groups can view": a PageViewRestriction with the region's groups)."""
    page = ModelDocumentPageFactory(parent=regions.bialystok, title="Notatka wewnętrzna ROPS", slug="notatka")
    restriction = PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.GROUPS)
    region = regions.bialystok.region
    restriction.groups.set(Group.objects.filter(name__in=[editors_group_name(region), moderators_group_name(region)]))
    return page


def explore_url(page):
    return reverse("wagtailadmin_explore", args=[page.pk])


def test_the_regions_own_editor_sees_the_restricted_document_in_the_explorer(as_user, editor_b, restricted_document_b):
    response = as_user(editor_b).get(explore_url(restricted_document_b.get_parent()))

    assert response.status_code == 200
    assert "Notatka wewnętrzna ROPS" in response.content.decode()


def test_editor_of_another_region_cannot_explore_the_region_with_the_restricted_document(
    as_user, editor_a, regions, restricted_document_b
):
    client = as_user(editor_a)

    response = client.get(explore_url(regions.bialystok))

    # Wagtail's explorer sends a user outside their part of the tree back to its top: their region.
    assert response.status_code == 302
    assert response.url == explore_url(regions.kielce)
    assert "Notatka wewnętrzna ROPS" not in client.get(response.url).content.decode()


def test_editor_of_another_region_cannot_reach_the_restricted_document_in_the_admin(
    as_user, editor_a, regions, restricted_document_b
):
    client = as_user(editor_a)

    explored = client.get(explore_url(restricted_document_b))
    edited = client.get(edit_url(restricted_document_b))
    draft = client.get(reverse("wagtailadmin_pages:view_draft", args=[restricted_document_b.pk]))
    searched = client.get(reverse("wagtailadmin_pages:search"), {"q": "Notatka"})

    assert explored.status_code == 302 and explored.url == explore_url(regions.kielce)
    assert_refused(edited)
    assert_refused(draft)
    assert searched.status_code == 200
    assert "Notatka wewnętrzna ROPS" not in searched.content.decode()


def test_editors_explorer_opens_at_their_region_page(as_user, editor_a, regions):
    response = as_user(editor_a).get(reverse("wagtailadmin_explore_root"))

    # Wagtail sends a user to the closest page they may work on: the editor's region page.
    assert response.status_code == 302
    assert response.url == reverse("wagtailadmin_explore", args=[regions.kielce.pk])
