"""Every field an editor fills in the admin for the portal's own models says what goes there."""

import pytest
from django.utils import translation
from wagtail.admin.panels import FieldPanel, InlinePanel, PanelGroup, get_edit_handler
from wagtail.documents.forms import get_document_form
from wagtail.documents.models import Document
from wagtail.images.forms import get_image_form
from wagtail.images.models import Image

from courses.models import CourseIndexPage, CoursePage, LessonPage
from home.models import HomePage
from news.models import EventIndexPage, EventPage, NewsIndexPage, NewsPage
from portal.models import (
    AccessibilityStatementPage,
    DocumentCategory,
    DocumentLibraryPage,
    ModelDocumentPage,
    PortalDocument,
    PortalImage,
    PortalSettings,
    Project,
    Region,
    RegionPage,
    StandardPage,
)
from portal.models.base import PortalPublishingPanel
from tests.factories import UserFactory

PAGE_MODELS = [
    HomePage,
    StandardPage,
    RegionPage,
    AccessibilityStatementPage,
    NewsPage,
    NewsIndexPage,
    EventPage,
    EventIndexPage,
    ModelDocumentPage,
    DocumentLibraryPage,
    CourseIndexPage,
    CoursePage,
    LessonPage,
]
# Snippets and the site setting: the admin builds their forms from the model's panels / edit_handler.
OTHER_MODELS = [Project, Region, DocumentCategory, PortalSettings]

# Form fields with nothing for an editor to be told about:
IGNORED_FIELDS = {
    # Wagtail's commenting side panel: the notifications switch and the comments (with their
    # position in the form) are made by its own interface, not typed into a field of the form.
    "comment_notifications",
    # The formset machinery of inline panels: the primary key, the order (set by the arrows /
    # drag handle) and the deletion flag (set by the bin button) are hidden inputs.
    "id",
    "ORDER",
    "DELETE",
}
IGNORED_FORMSETS = {"comments"}  # Wagtail's comments, see above


def panel_help_texts(panel, found=None):
    """field name → help text given on its FieldPanel (it wins over the model field's one when rendered)."""
    found = {} if found is None else found
    if isinstance(panel, FieldPanel) and panel.help_text:
        found[panel.field_name] = panel.help_text
    if isinstance(panel, PanelGroup):
        for child in panel.children:
            panel_help_texts(child, found)
    return found


def inline_panels(panel):
    if isinstance(panel, InlinePanel):
        yield panel
    if isinstance(panel, PanelGroup):
        for child in panel.children:
            yield from inline_panels(child)


def fields_without_help(name, form_class, panel):
    """'Model.field' for every field of the form (and of its inline formsets' forms) with no help text."""
    from_panels = panel_help_texts(panel)
    missing = [
        f"{name}.{field_name}"
        for field_name, field in form_class.base_fields.items()
        if field_name not in IGNORED_FIELDS and not str(from_panels.get(field_name) or field.help_text or "").strip()
    ]
    inlines = {inline.relation_name: inline for inline in inline_panels(panel)}
    for relation, formset in getattr(form_class, "formsets", {}).items():
        if relation in IGNORED_FORMSETS:
            continue
        child = inlines[relation].child_edit_handler
        missing += fields_without_help(f"{name}.{relation}", formset.form, child)
    return missing


def edit_handler(model):
    return model.get_edit_handler() if model in PAGE_MODELS else get_edit_handler(model)


@pytest.fixture(autouse=True)
def polish_admin():
    with translation.override("pl"):
        yield


def test_every_admin_field_of_the_portal_models_has_a_help_text():
    missing = []
    for model in PAGE_MODELS + OTHER_MODELS:
        panel = edit_handler(model)
        missing += fields_without_help(model.__name__, panel.get_form_class(), panel)
    assert missing == [], f"Fields without a help text: {', '.join(missing)}"


def test_the_forms_checked_have_the_fields_and_inlines_editors_see():
    """The check above walks the real forms: inline formsets and panel-level help texts included."""
    news_form = NewsPage.get_edit_handler().get_form_class()
    settings_form = get_edit_handler(PortalSettings).get_form_class()
    assert {"lead", "tags", "go_live_at", "expire_at"} <= set(news_form.base_fields)
    assert {"gallery_images", "related_links"} <= set(news_form.formsets)
    assert {"page", "label"} <= set(settings_form.formsets["footer_links"].form.base_fields)
    assert {"platform", "url", "label"} <= set(settings_form.formsets["social_links"].form.base_fields)
    assert set(panel_help_texts(NewsPage.get_edit_handler())) >= {"go_live_at", "expire_at"}


@pytest.mark.parametrize(
    ("model", "wagtail_model", "form_class"),
    [
        (PortalImage, Image, get_image_form(PortalImage)),
        (PortalDocument, Document, get_document_form(PortalDocument)),
    ],
)
def test_own_fields_of_the_image_and_document_models_have_a_help_text(model, wagtail_model, form_class):
    # Title, file, collection and tags belong to Wagtail's own forms; the portal adds the fields below.
    own_fields = set(model.admin_form_fields) - set(wagtail_model.admin_form_fields)
    assert own_fields, "expected the portal's own fields in the form"
    missing = [f"{model.__name__}.{name}" for name in sorted(own_fields) if not form_class.base_fields[name].help_text]
    assert missing == [], f"Fields without a help text: {', '.join(missing)}"


def test_edit_view_shows_help_for_page_fields_and_the_publishing_schedule(client, home):
    user = UserFactory(username="redakcja", superuser=True)
    client.force_login(user)
    html = client.get(f"/admin/pages/{home.pk}/edit/").content.decode()
    for help_text in (
        HomePage._meta.get_field("hero_text").help_text,
        PortalPublishingPanel.help_texts["go_live_at"],
        PortalPublishingPanel.help_texts["expire_at"],
    ):
        assert str(help_text) in html
