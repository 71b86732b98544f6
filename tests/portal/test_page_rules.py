"""Where each page type may live, the singletons, and the validation editors meet in the admin."""

import datetime
import io
from html import unescape as html_unescape

import pytest
from django.apps import apps
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image as PILImage
from wagtail.models import Collection, Page, get_page_models
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from home.models import HomePage
from portal.models import AccessibilityStatementPage, PortalImage, RegionPage, StandardPage
from tests.factories import (
    AccessibilityStatementPageFactory,
    ImageFactory,
    RegionFactory,
    RegionPageFactory,
    StandardPageFactory,
    UserFactory,
)
from tests.portal.utils import translate, ui

# Where each page type may be created: (allowed parents, allowed children). A new page type adds its line.
TREE_RULES = {
    "home.HomePage": (
        {"wagtailcore.Page"},
        {
            "portal.StandardPage",
            "portal.RegionPage",
            "portal.AccessibilityStatementPage",
            "portal.DocumentLibraryPage",
            "news.NewsIndexPage",
            "news.EventIndexPage",
            "courses.CourseIndexPage",
        },
    ),
    "portal.StandardPage": (
        {"home.HomePage", "portal.StandardPage", "portal.RegionPage"},
        {"portal.StandardPage"},
    ),
    "portal.RegionPage": (
        {"home.HomePage"},
        {"portal.StandardPage", "portal.ModelDocumentPage", "news.NewsPage", "news.EventPage"},
    ),
    "portal.AccessibilityStatementPage": ({"home.HomePage"}, set()),
    "portal.DocumentLibraryPage": ({"home.HomePage"}, set()),
    "portal.ModelDocumentPage": ({"portal.RegionPage"}, set()),
    "news.NewsIndexPage": ({"home.HomePage"}, set()),
    "news.NewsPage": ({"portal.RegionPage"}, set()),
    "news.EventIndexPage": ({"home.HomePage"}, set()),
    "news.EventPage": ({"portal.RegionPage"}, set()),
    "courses.CourseIndexPage": ({"home.HomePage"}, {"courses.CoursePage"}),
    "courses.CoursePage": ({"courses.CourseIndexPage"}, {"courses.LessonPage"}),
    "courses.LessonPage": ({"courses.CoursePage"}, set()),
}


def models(labels):
    return {apps.get_model(label) for label in labels}


class PageTreeRulesTests(WagtailPageTestCase):
    def test_every_page_type_has_its_rules_here(self):
        page_types = {f"{model._meta.app_label}.{model.__name__}" for model in get_page_models() if model is not Page}
        self.assertEqual(page_types, set(TREE_RULES))

    def test_allowed_parent_page_types(self):
        for label, (parents, _children) in TREE_RULES.items():
            with self.subTest(page_type=label):
                self.assertAllowedParentPageTypes(apps.get_model(label), models(parents))

    def test_allowed_subpage_types(self):
        for label, (_parents, children) in TREE_RULES.items():
            with self.subTest(page_type=label):
                self.assertAllowedSubpageTypes(apps.get_model(label), models(children))

    def test_leaf_pages_declare_an_empty_list(self):
        for label, (_parents, children) in TREE_RULES.items():
            if not children:
                with self.subTest(page_type=label):
                    self.assertEqual(apps.get_model(label).subpage_types, [])

    def test_the_root_holds_only_home_pages(self):
        self.assertCanCreateAt(Page, HomePage)
        for label in TREE_RULES:
            if label != "home.HomePage":
                with self.subTest(page_type=label):
                    self.assertCanNotCreateAt(Page, apps.get_model(label))

    def test_home_pages_do_not_nest(self):
        self.assertCanNotCreateAt(HomePage, HomePage)
        self.assertCanNotCreateAt(StandardPage, HomePage)
        self.assertCanNotCreateAt(RegionPage, HomePage)

    def test_portal_pages_in_their_places(self):
        self.assertCanCreateAt(HomePage, StandardPage)
        self.assertCanCreateAt(HomePage, RegionPage)
        self.assertCanCreateAt(HomePage, AccessibilityStatementPage)
        self.assertCanCreateAt(RegionPage, StandardPage)
        self.assertCanCreateAt(StandardPage, StandardPage)
        self.assertCanNotCreateAt(StandardPage, RegionPage)
        self.assertCanNotCreateAt(RegionPage, RegionPage)
        self.assertCanNotCreateAt(StandardPage, AccessibilityStatementPage)
        self.assertCanNotCreateAt(RegionPage, AccessibilityStatementPage)


# One statement per language version --------------------------------------------------------------


def test_a_home_page_takes_one_accessibility_statement_only(home):
    assert AccessibilityStatementPage.can_create_at(home)

    AccessibilityStatementPageFactory(parent=home)

    assert not AccessibilityStatementPage.can_create_at(home)
    # Other page types are not affected by the statement's guard.
    assert StandardPage.can_create_at(home)
    assert RegionPage.can_create_at(home)


def test_each_language_version_gets_its_own_statement(home, locales, statement):
    home_en = translate(home, locales["en"], title="Cooperation Portal")

    assert not AccessibilityStatementPage.can_create_at(home)
    assert AccessibilityStatementPage.can_create_at(home_en)


def test_a_statement_cannot_be_created_under_a_standard_page(home):
    assert not AccessibilityStatementPage.can_create_at(StandardPageFactory(parent=home))


@pytest.fixture
def editor_client(client, home):
    user = UserFactory(username="redaktor", password="haslo-redaktora-123", superuser=True)
    client.force_login(user)
    return client


def test_admin_offers_the_statement_only_until_one_exists(editor_client, home):
    add_url = reverse("wagtailadmin_pages:add", args=["portal", "accessibilitystatementpage", home.pk])
    choose_url = reverse("wagtailadmin_pages:add_subpage", args=[home.pk])
    assert editor_client.get(add_url).status_code == 200
    assert add_url in editor_client.get(choose_url).content.decode()

    AccessibilityStatementPageFactory(parent=home)

    refused = editor_client.get(add_url)
    assert refused.status_code == 302 and refused.url == reverse("wagtailadmin_home")
    choices = editor_client.get(choose_url).content.decode()
    assert add_url not in choices
    assert reverse("wagtailadmin_pages:add", args=["portal", "standardpage", home.pk]) in choices


# Validation of the statement ----------------------------------------------------------------------


def statement_page(**overrides):
    """An unsaved statement with every required field filled in."""
    values = {
        "title": "Deklaracja dostępności",
        "slug": "deklaracja-dostepnosci",
        "entity_name": "Regionalny Ośrodek Polityki Społecznej w Kielcach",
        "site_name": "Portal Kooperacji",
        "site_url": "https://kooperacja.example.org/",
        "publication_date": datetime.date(2024, 1, 15),
        "last_update_date": datetime.date(2024, 6, 1),
        "status": AccessibilityStatementPage.Status.COMPLIANT,
        "preparation_date": datetime.date(2024, 6, 1),
        "assessment": AccessibilityStatementPage.Assessment.SELF,
        "contact_person": "Anna Nowak",
        "contact_email": "dostepnosc@example.org",
        "contact_phone": "+48 41 000 00 00",
        "procedure": "<p>Każdy ma prawo zażądać zapewnienia dostępności cyfrowej.</p>",
    }
    values.update(overrides)
    return AccessibilityStatementPage(**values)


def test_a_compliant_self_assessed_statement_is_valid(db):
    statement_page().clean()


@pytest.mark.parametrize("auditor", ["", "   "])
def test_an_external_assessment_requires_the_auditor(db, auditor):
    page = statement_page(assessment=AccessibilityStatementPage.Assessment.EXTERNAL, auditor=auditor)

    with pytest.raises(ValidationError) as error:
        page.clean()

    assert set(error.value.message_dict) == {"auditor"}


def test_an_external_assessment_with_the_auditor_is_valid(db):
    statement_page(assessment=AccessibilityStatementPage.Assessment.EXTERNAL, auditor="Fundacja Widzialni").clean()


@pytest.mark.parametrize(
    "status", [AccessibilityStatementPage.Status.PARTIAL, AccessibilityStatementPage.Status.NON_COMPLIANT]
)
@pytest.mark.parametrize("non_compliance", ["", "  "])
def test_a_statement_that_is_not_fully_compliant_lists_what_is_inaccessible(db, status, non_compliance):
    page = statement_page(status=status, non_compliance=non_compliance)

    with pytest.raises(ValidationError) as error:
        page.clean()

    assert set(error.value.message_dict) == {"non_compliance"}


def test_a_non_compliant_statement_with_its_list_is_valid(db):
    statement_page(
        status=AccessibilityStatementPage.Status.NON_COMPLIANT,
        non_compliance="<ul><li>Nagrania z lat 2019–2020 nie mają napisów.</li></ul>",
    ).clean()


def test_both_statement_errors_are_reported_together(db):
    page = statement_page(
        status=AccessibilityStatementPage.Status.NON_COMPLIANT,
        assessment=AccessibilityStatementPage.Assessment.EXTERNAL,
    )

    with pytest.raises(ValidationError) as error:
        page.clean()

    assert set(error.value.message_dict) == {"auditor", "non_compliance"}


def test_saving_an_invalid_statement_in_the_tree_is_refused(home):
    with pytest.raises(ValidationError):
        AccessibilityStatementPageFactory(
            parent=home, assessment=AccessibilityStatementPage.Assessment.EXTERNAL, auditor=""
        )
    assert not AccessibilityStatementPage.objects.exists()


# One region page per region and language ----------------------------------------------------------


def test_a_region_has_one_page_per_language(home):
    region = RegionFactory()
    RegionPageFactory(parent=home, region=region, slug="swietokrzyskie")
    duplicate = RegionPage(title="Drugie świętokrzyskie", slug="drugie", region=region, locale=home.locale)

    with pytest.raises(ValidationError) as error:
        duplicate.clean()

    assert set(error.value.message_dict) == {"region"}


def test_adding_a_second_page_for_the_region_is_refused(home):
    region = RegionFactory()
    RegionPageFactory(parent=home, region=region, slug="swietokrzyskie")

    with pytest.raises(ValidationError):
        RegionPageFactory(parent=home, region=region, slug="drugie-swietokrzyskie")

    assert RegionPage.objects.filter(region=region).count() == 1


def test_a_region_page_can_be_edited_and_translated(home, locales):
    region = RegionFactory()
    page = RegionPageFactory(parent=home, region=region, slug="swietokrzyskie")
    translate(home, locales["en"], title="Cooperation Portal")

    page.title = "Województwo świętokrzyskie – ROPS Kielce"
    page.clean()  # the page does not collide with itself
    english = translate(page, locales["en"], title="Świętokrzyskie Voivodeship")

    english.clean()
    assert english.region == region
    assert RegionPage.objects.filter(region=region).count() == 2


def test_different_regions_have_their_own_pages(home):
    RegionPageFactory(parent=home, slug="swietokrzyskie")
    RegionPageFactory(parent=home, slug="slaskie")

    assert RegionPage.objects.child_of(home).count() == 2


# Images say what they show ------------------------------------------------------------------------


@pytest.mark.parametrize("alt_text", ["", "   "])
def test_an_image_needs_alt_text(db, alt_text):
    image = ImageFactory.build(alt_text=alt_text, is_decorative=False)

    with pytest.raises(ValidationError) as error:
        image.clean()

    assert set(error.value.message_dict) == {"alt_text"}


def test_a_decorative_image_needs_no_alt_text_and_has_none(db):
    image = ImageFactory.build(alt_text="", is_decorative=True)

    image.clean()

    assert image.default_alt_text == ""


def test_an_image_with_alt_text_is_valid(db):
    image = ImageFactory.build(alt_text="Sala konferencyjna ROPS w Kielcach", is_decorative=False)

    image.clean()

    assert image.default_alt_text == "Sala konferencyjna ROPS w Kielcach"


def test_the_alt_text_of_a_decorative_image_is_not_read_out(db):
    image = ImageFactory.build(alt_text="Ozdobny szlaczek", is_decorative=True)

    assert image.default_alt_text == ""


# What an editor sees in the admin -----------------------------------------------------------------


def statement_form(**overrides):
    """The admin's form data for a new statement; an empty Draftail editor posts "null"."""
    values = {
        "title": "Deklaracja dostępności",
        "slug": "deklaracja-dostepnosci",
        "entity_name": "Regionalny Ośrodek Polityki Społecznej w Kielcach",
        "entity_address": "ul. Witosa 86, 25-561 Kielce",
        "site_name": "Portal Kooperacji",
        "site_url": "https://kooperacja.example.org/",
        "publication_date": "2024-01-15",
        "last_update_date": "2024-06-03",
        "status": "partial",
        "non_compliance": "null",
        "exemptions": "null",
        "keyboard_shortcuts": "null",
        "preparation_date": "2024-03-28",
        "review_date": "",
        "assessment": "external",
        "auditor": "",
        "contact_person": "Anna Nowak",
        "contact_email": "dostepnosc@example.org",
        "contact_phone": "+48 41 000 00 00",
        "procedure": rich_text("<p>Każdy ma prawo zażądać zapewnienia dostępności cyfrowej.</p>"),
        "architecture": "null",
        "mobile_apps": "null",
        "action-publish": "action-publish",
    }
    values.update(overrides)
    return nested_form_data(values)


def test_admin_form_has_the_inaccessible_content_and_the_exemptions_apart(editor_client, home):
    add_url = reverse("wagtailadmin_pages:add", args=["portal", "accessibilitystatementpage", home.pk])

    html = html_unescape(editor_client.get(add_url).content.decode())

    for label in ["inaccessible content", "exemptions", "address of the public body"]:
        assert ui(label).capitalize() in html or ui(label) in html
    assert ui(
        "One list point per item: content the Act exempts from the accessibility requirement, e.g. recordings "
        "(audio and video) published before 23 September 2020 or office files published before 23 September 2018. "
        "An item is either here or under inaccessible content, never in both."
    ) in " ".join(html.split())
    assert "treści niedostępne i wyłączenia" not in html.lower()


def test_admin_shows_both_statement_errors_and_creates_nothing(editor_client, home):
    add_url = reverse("wagtailadmin_pages:add", args=["portal", "accessibilitystatementpage", home.pk])

    response = editor_client.post(add_url, statement_form())

    assert response.status_code == 200
    html = response.content.decode()
    assert ui("Enter the name of the external auditor.") in html
    assert ui("List the inaccessible content when the website is not fully compliant.") in html
    assert not AccessibilityStatementPage.objects.exists()


def test_admin_publishes_a_complete_statement(client, editor_client, home):
    add_url = reverse("wagtailadmin_pages:add", args=["portal", "accessibilitystatementpage", home.pk])

    response = editor_client.post(
        add_url,
        statement_form(auditor="Fundacja Widzialni", non_compliance=rich_text("<p>Filmy z 2019 r. bez napisów.</p>")),
    )

    assert response.status_code == 302
    assert AccessibilityStatementPage.objects.live().count() == 1
    assert "Fundacja Widzialni" in client.get("/deklaracja-dostepnosci/").content.decode()


def test_admin_refuses_an_item_listed_both_as_inaccessible_and_as_exempt(editor_client, home):
    add_url = reverse("wagtailadmin_pages:add", args=["portal", "accessibilitystatementpage", home.pk])
    item = "Nagrania ze spotkań z lat 2019–2020 nie mają napisów."

    response = editor_client.post(
        add_url,
        statement_form(
            auditor="Fundacja Widzialni",
            non_compliance=rich_text(f"<ul><li>{item}</li></ul>"),
            exemptions=rich_text(f"<ul><li>{item}</li></ul>"),
        ),
    )

    assert response.status_code == 200
    message = ui(
        "Listed both as an exemption and as inaccessible content: “%(item)s”. Keep it in one list only: "
        "recordings published before 23 September 2020 are exemptions, later ones are inaccessible content."
    ) % {"item": item}
    assert message in html_unescape(response.content.decode())
    assert not AccessibilityStatementPage.objects.exists()


def test_admin_refuses_a_second_page_for_the_same_region(editor_client, home):
    region = RegionFactory()
    RegionPageFactory(parent=home, region=region, slug="swietokrzyskie")
    add_url = reverse("wagtailadmin_pages:add", args=["portal", "regionpage", home.pk])
    data = nested_form_data(
        {
            "title": "Drugie świętokrzyskie",
            "slug": "drugie-swietokrzyskie",
            "region": region.pk,
            "introduction": "null",
            "body": streamfield([]),
            "action-publish": "action-publish",
        }
    )

    response = editor_client.post(add_url, data)

    assert response.status_code == 200
    assert ui("This region already has its page in this language.") in response.content.decode()
    assert RegionPage.objects.filter(region=region).count() == 1


def uploaded_png(name="spotkanie.png"):
    buffer = io.BytesIO()
    PILImage.new("RGB", (24, 12), (11, 79, 138)).save(buffer, "PNG")
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/png")


def test_admin_refuses_an_image_without_alt_text(editor_client):
    response = editor_client.post(
        reverse("wagtailimages:add"),
        {"title": "Spotkanie w Kielcach", "file": uploaded_png(), "collection": Collection.get_first_root_node().pk},
    )

    assert response.status_code == 200
    assert ui("Enter the alternative text or mark the image as decorative.") in response.content.decode()
    assert not PortalImage.objects.exists()


def test_admin_accepts_a_decorative_image_without_alt_text(editor_client):
    response = editor_client.post(
        reverse("wagtailimages:add"),
        {
            "title": "Ozdobny szlaczek",
            "file": uploaded_png("szlaczek.png"),
            "collection": Collection.get_first_root_node().pk,
            "is_decorative": "on",
        },
    )

    assert response.status_code == 302
    assert PortalImage.objects.get().is_decorative
