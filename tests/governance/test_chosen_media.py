"""A page, snippet or setting may refer only to the images and documents its editor may choose (issue 19, item 1).

The choosers offer an editor their region's collection and the shared one; the forms behind them must
refuse any other id posted (ids are sequential), whatever field, inline row or StreamField block holds it.
``test_every_chooser_location_is_tested`` finds every such place on every admin-edited model, so a new
field or block cannot escape: it fails until the place is added to the HTTP test below.
"""

import json
from collections import defaultdict
from urllib.parse import urlencode

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.db.models import ForeignKey
from django.urls import reverse
from django.utils import translation
from modelcluster.models import get_all_child_relations
from wagtail import blocks
from wagtail.contrib.settings.registry import registry as settings_registry
from wagtail.contrib.settings.views import get_setting_edit_handler
from wagtail.documents import get_document_model
from wagtail.fields import RichTextField, StreamField
from wagtail.images import get_image_model
from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission, Page, Site, get_page_models
from wagtail.rich_text import RichText
from wagtail.snippets.models import get_snippet_models
from wagtail.test.utils.form_data import inline_formset, nested_form_data, querydict_from_html
from wagtail_localize.models import OverridableSegment, SegmentOverride, Translation, TranslationSource

from portal.admin_forms import COPY_REFUSED, FOREIGN_DOCUMENT, FOREIGN_IMAGE, ChosenMediaCheck
from portal.governance import SHARED_COLLECTION, setup_governance
from portal.models import ModelDocumentPage, PortalSettings
from tests.factories import (
    AccessibilityStatementPageFactory,
    CourseIndexPageFactory,
    CoursePageFactory,
    DocumentCategoryFactory,
    EventIndexPageFactory,
    EventPageFactory,
    ImageFactory,
    LessonPageFactory,
    ModelDocumentPageFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
    StandardPageFactory,
    attach_pdf,
    make_pdf_document,
)
from tests.governance.utils import add_url, edit_url

MEDIA = {get_image_model(), get_document_model()}
RICH_MEDIA_FEATURES = {"image", "document-link"}

# Every place an admin form can refer to an image or a document: (model, path), where a path names the
# field, then the StreamField's blocks down to the chooser (a ListBlock's item is "item"), or an inline
# panel's relation and its field. test_foreign_media_is_refused_everywhere posts a foreign id into each.
BODY = [
    "body.paragraph",
    "body.image.image",
    "body.embed.transcript",
    "body.document.document",
    "body.accordion.items.item.content",
]
TESTED_LOCATIONS = {
    "portal.AccessibilityStatementPage": ["social_image"],
    "portal.ModelDocumentPage": ["social_image", "files.document"],
    "portal.DocumentLibraryPage": ["social_image"],
    "portal.StandardPage": ["social_image", *BODY],
    "portal.RegionPage": ["social_image", *BODY],
    "home.HomePage": ["social_image", "hero_image", "highlights.highlight.image", "highlights.paragraph"],
    "news.EventPage": ["social_image", *BODY, *[path.replace("body", "agenda") for path in BODY]],
    "news.EventIndexPage": ["social_image"],
    "news.NewsPage": ["social_image", "image", *BODY, "gallery_images.image"],
    "news.NewsIndexPage": ["social_image"],
    "courses.CourseIndexPage": ["social_image"],
    "courses.CoursePage": ["social_image", "cover_image"],
    "courses.LessonPage": ["social_image", *BODY[:4]],
    "portal.Region": ["logo"],
    "portal.PortalSettings": ["funding_image"],
}


# Finding the places ---------------------------------------------------------------------------------


def refers_to_media(features):
    features = (
        features if features is not None else settings.WAGTAILADMIN_RICH_TEXT_EDITORS["default"]["OPTIONS"]["features"]
    )
    return bool(RICH_MEDIA_FEATURES & set(features))


def block_locations(block, path):
    if isinstance(block, blocks.ChooserBlock) and block.model_class in MEDIA:
        yield path
    if isinstance(block, blocks.RichTextBlock) and refers_to_media(block.features):
        yield path
    for name, child in getattr(block, "child_blocks", {}).items():
        yield from block_locations(child, f"{path}.{name}")
    if isinstance(block, blocks.ListBlock):
        yield from block_locations(block.child_block, f"{path}.item")


def model_locations(model, prefix=""):
    for field in model._meta.concrete_fields:
        if isinstance(field, ForeignKey) and field.related_model in MEDIA:
            yield prefix + field.name
        elif isinstance(field, StreamField):
            yield from block_locations(field.stream_block, prefix + field.name)
        elif isinstance(field, RichTextField) and refers_to_media(field.features):
            yield prefix + field.name
    for relation in get_all_child_relations(model):
        yield from model_locations(relation.related_model, f"{prefix}{relation.get_accessor_name()}.")


def admin_forms():
    """(model, the form class the admin edits it with) for every page type, snippet and setting."""
    for model in get_page_models():
        if model is not Page:
            yield model, model.get_edit_handler().get_form_class()
    for model in get_snippet_models():
        yield model, model.snippet_viewset.get_form_class()
    for model in settings_registry:
        yield model, get_setting_edit_handler(model).get_form_class()


def test_every_chooser_location_is_tested():
    found = {}
    for model, form_class in admin_forms():
        locations = list(model_locations(model))
        if locations:
            found[model._meta.label] = locations
            assert issubclass(form_class, ChosenMediaCheck), f"{model._meta.label}'s admin form does not check media"
    assert found == TESTED_LOCATIONS


# The people and the files -----------------------------------------------------------------------------


@pytest.fixture
def media(governance, regions):
    """A Kielce image and (embargoed) document, Białystok's own, and the shared collection's."""
    kielce = Collection.objects.get(name="ROPS Kielce")
    bialystok = Collection.objects.get(name="ROPS Białystok")
    shared = Collection.objects.get(name=SHARED_COLLECTION)
    kielce_draft = ModelDocumentPageFactory(parent=regions.kielce, live=False, title="Raport – embargo")
    return {
        "foreign_image": ImageFactory(title="Zdjęcie z Kielc", collection=kielce),
        "foreign_document": attach_pdf(kielce_draft, "Raport", "ok.pdf", collection=kielce).document,
        "own_image": ImageFactory(title="Zdjęcie z Białegostoku", collection=bialystok),
        "own_document": make_pdf_document("Sprawozdanie", "sprawozdanie.pdf", collection=bialystok),
        "shared_image": ImageFactory(title="Logo", collection=shared),
        "shared_document": make_pdf_document("Model", "model.pdf", collection=shared),
    }


@pytest.fixture
def bialystok_editor_everywhere(governance, regions, editor_b):
    """Białystok's editor, who may also edit every page, the regions and the portal settings (as a central
    editor could be made), and still chooses from Białystok's collection and the shared one only."""
    group = Group.objects.create(name="Redakcja centralna (test)")
    for codename in ("add_page", "change_page", "publish_page"):
        GroupPagePermission.objects.create(
            group=group, page=Page.get_first_root_node(), permission=Permission.objects.get(codename=codename)
        )
    group.permissions.add(
        Permission.objects.get(codename="change_region"), Permission.objects.get(codename="change_portalsettings")
    )
    editor_b.groups.add(group)
    assert not GroupCollectionPermission.objects.filter(group__in=editor_b.groups.all(), collection__depth=1).exists()
    return editor_b


def shown_messages(response):
    """The page's text and the StreamFields' error messages (which the admin's scripts display)."""
    soup = BeautifulSoup(response.content, "html.parser")
    texts = [soup.get_text(" ")]
    for element in soup.select("[data-w-block-arguments-value]"):
        texts.append(json.dumps(json.loads(element["data-w-block-arguments-value"]), ensure_ascii=False))
    return "\n".join(texts)


def refusal(message, obj):
    with translation.override("pl"):
        return str(message % {"id": obj.pk})


# The reported attack, end to end ------------------------------------------------------------------------


def document_page_data(document, title="Raport regionalny", slug="raport-regionalny", **buttons):
    return (
        nested_form_data(
            {
                "title": title,
                "slug": slug,
                "category": DocumentCategoryFactory().pk,
                "version_label": "",
                "version_date": "2026-12-01",
                "summary": "Wnioski z badań fokusowych.",
                "files": inline_formset([{"document": document.pk, "label": "", "id": ""}], min=1),
                "comments": inline_formset([]),
                "seo_title": "",
                "search_description": "",
                "listing_summary": "",
                "social_image": "",
                "go_live_at": "",
                "expire_at": "",
            }
        )
        | buttons
    )


def test_another_regions_document_cannot_be_attached_or_published(as_user, editor_b, regions, media, client):
    foreign = media["foreign_document"]
    assert client.get(foreign.url).status_code == 404  # embargoed: its only page is a draft

    response = as_user(editor_b).post(
        add_url("portal", "modeldocumentpage", regions.bialystok),
        document_page_data(foreign, **{"action-submit": "1"}),
    )

    assert response.status_code == 200
    assert refusal(FOREIGN_DOCUMENT, foreign) in shown_messages(response)
    assert "Nie możesz użyć tu dokumentu" in refusal(FOREIGN_DOCUMENT, foreign)
    assert not ModelDocumentPage.objects.child_of(regions.bialystok).exists()
    client.logout()
    assert client.get(foreign.url).status_code == 404


@pytest.mark.parametrize("kind", ["own_document", "shared_document"])
def test_own_and_shared_documents_are_accepted(as_user, editor_b, regions, media, kind):
    response = as_user(editor_b).post(
        add_url("portal", "modeldocumentpage", regions.bialystok), document_page_data(media[kind])
    )

    assert response.status_code == 302, shown_messages(response)[:2000]
    page = ModelDocumentPage.objects.child_of(regions.bialystok).get()
    assert [row.document for row in page.get_latest_revision_as_object().files.all()] == [media[kind]]


def test_an_administrators_earlier_choice_stays_when_the_editor_saves(as_user, editor_b, regions, media, admin_user):
    # An administrator chose an image from a collection the region's editors may not choose from.
    page = NewsPageFactory(parent=regions.bialystok, social_image=media["foreign_image"])
    page.save_revision(user=admin_user)
    client = as_user(editor_b)
    data = querydict_from_html(client.get(edit_url(page)).content.decode(), form_id="page-edit-form")
    data["body-count"] = "0"
    data["lead"] = "Zmieniony lead."

    response = client.post(edit_url(page), data)

    assert response.status_code == 302, shown_messages(response)[:2000]
    page.refresh_from_db()
    revision = page.get_latest_revision_as_object()
    assert (revision.lead, revision.social_image) == ("Zmieniony lead.", media["foreign_image"])


# Every place ------------------------------------------------------------------------------------------


def block_data(block, value, prefix):
    """What the admin's StreamField scripts post for ``value`` of ``block`` under ``prefix``."""
    if isinstance(block, blocks.StreamBlock):
        data = {f"{prefix}-count": str(len(value))}
        for index, (name, child_value) in enumerate(value):
            data |= {
                f"{prefix}-{index}-type": name,
                f"{prefix}-{index}-deleted": "",
                f"{prefix}-{index}-order": str(index),
            }
            data |= {f"{prefix}-{index}-id": f"00000000-0000-0000-0000-{index:012d}"}
            data |= block_data(block.child_blocks[name], child_value, f"{prefix}-{index}-value")
        return data
    if isinstance(block, blocks.ListBlock):
        data = {f"{prefix}-count": str(len(value))}
        for index, child_value in enumerate(value):
            data |= {f"{prefix}-{index}-deleted": "", f"{prefix}-{index}-order": str(index)}
            data |= {f"{prefix}-{index}-id": f"00000000-0000-0000-0001-{index:012d}"}
            data |= block_data(block.child_block, child_value, f"{prefix}-{index}-value")
        return data
    if isinstance(block, blocks.StructBlock):
        data = {}
        for name, child in block.child_blocks.items():
            data |= block_data(child, value.get(name, child.get_default()), f"{prefix}-{name}")
        return data
    if isinstance(block, blocks.ChooserBlock):
        return {prefix: str(getattr(value, "pk", value) or "")}
    state = block.get_form_state(value)
    return {prefix: "" if state is None else str(state)}


def reference_value(block, steps, obj):
    """A value of ``block`` holding ``obj`` at the end of ``steps`` (the block names down to it)."""
    if not steps:
        if isinstance(block, blocks.RichTextBlock):
            link = (
                f'<embed embedtype="image" id="{obj.pk}"/>'
                if isinstance(obj, get_image_model())
                else (f'<p><a linktype="document" id="{obj.pk}">plik</a></p>')
            )
            return RichText(link)
        return obj
    name, rest = steps[0], steps[1:]
    if isinstance(block, blocks.StreamBlock):
        return [(name, reference_value(block.child_blocks[name], rest, obj))]
    if isinstance(block, blocks.ListBlock):
        return [reference_value(block.child_block, rest, obj)]
    child = block.child_blocks[name]
    return {name: reference_value(child, rest, obj)}


def place(model, data, placements):
    """``data`` (a QueryDict the edit form posts) with each object of ``placements`` [(path, object)] at its path."""
    streams = defaultdict(list)
    for path, obj in placements:
        field_name, *steps = path.split(".")
        field = model._meta.get_field(field_name)
        if isinstance(field, StreamField):  # one block of the stream per place
            streams[field_name] += reference_value(field.stream_block, steps, obj)
        elif isinstance(field, RichTextField):
            data[field_name] = field.formfield().widget.format_value(
                f'<p><a linktype="document" id="{obj.pk}">plik</a></p>'
            )
        elif steps:  # a new row of an inline panel
            index = int(data.get(f"{field_name}-TOTAL_FORMS", "0"))
            data[f"{field_name}-TOTAL_FORMS"] = str(index + 1)
            row = {steps[0]: str(obj.pk), "ORDER": str(index + 1), "DELETE": "", "id": ""}
            for key, value in row.items():
                data[f"{field_name}-{index}-{key}"] = value
        else:
            data[field_name] = str(obj.pk)
    for field_name, value in streams.items():
        for key, item in block_data(model._meta.get_field(field_name).stream_block, value, field_name).items():
            data[key] = item
    return data


def stream_counts(model, data):
    """Every StreamField the form has, posted empty unless it is set (the scripts always post a count)."""
    for field in model._meta.concrete_fields:
        if isinstance(field, StreamField) and f"{field.name}-count" not in data:
            data[f"{field.name}-count"] = "0"
    return data


@pytest.fixture
def instances(home, regions, library):
    """One object of every admin-edited model with media fields, and the URL of its edit form."""
    course_index = CourseIndexPageFactory(parent=home)
    course = CoursePageFactory(parent=course_index)
    pages = [
        home,
        regions.bialystok,
        library,
        AccessibilityStatementPageFactory(parent=home),
        StandardPageFactory(parent=home, slug="o-projekcie"),
        NewsIndexPageFactory(parent=home),
        EventIndexPageFactory(parent=home),
        NewsPageFactory(parent=regions.bialystok),
        EventPageFactory(parent=regions.bialystok),
        ModelDocumentPageFactory(parent=regions.bialystok),
        course_index,
        course,
        LessonPageFactory(parent=course),
    ]
    urls = {page.specific._meta.label: (edit_url(page), page.specific) for page in pages}
    region = regions.bialystok.region
    urls["portal.Region"] = (reverse("wagtailsnippets_portal_region:edit", args=[region.pk]), region)
    site = Site.objects.get(is_default_site=True)
    urls["portal.PortalSettings"] = (
        reverse("wagtailsettings:edit", args=["portal", "portalsettings", site.pk]),
        PortalSettings.for_site(site),
    )
    return urls


def edit_form_data(client, url):
    """What the edit form at ``url`` posts as it stands (its plain inputs and inline panels' management forms)."""
    html = client.get(url).content.decode()
    forms = BeautifulSoup(html, "html.parser").find_all("form")
    index = next(i for i, form in enumerate(forms) if form.get("id") == "page-edit-form" or form.get("action") == url)
    return querydict_from_html(html, form_index=index)


def references_of(obj):
    """The media objects ``obj`` refers to in its foreign keys (as saved)."""
    return [
        getattr(obj, field.name)
        for field in obj._meta.concrete_fields
        if isinstance(field, ForeignKey) and field.related_model in MEDIA and getattr(obj, field.attname)
    ]


def wants_image(path):
    return path.split(".")[-1].endswith("image") or path == "logo"


def test_foreign_media_is_refused_everywhere(as_user, bialystok_editor_everywhere, media, instances, regions):
    """Each place of each model gets its own Kielce image or document; the form must name every one."""
    kielce = Collection.objects.get(name="ROPS Kielce")
    client = as_user(bialystok_editor_everywhere)
    missing = []
    for label, paths in TESTED_LOCATIONS.items():
        url, obj = instances[label]
        model = type(obj)
        placements = [
            (path, ImageFactory(collection=kielce) if wants_image(path) else make_pdf_document(collection=kielce))
            for path in paths
        ]
        before = getattr(obj, "latest_revision_id", None)

        response = client.post(url, stream_counts(model, place(model, edit_form_data(client, url), placements)))

        assert response.status_code == 200, f"{label} was saved ({response.status_code})"
        shown = shown_messages(response)
        for path, foreign in placements:
            if refusal(FOREIGN_IMAGE if wants_image(path) else FOREIGN_DOCUMENT, foreign) not in shown:
                missing.append(f"{label}:{path}")
        obj.refresh_from_db()
        assert getattr(obj, "latest_revision_id", None) == before, label
        assert not {ref for ref in references_of(obj) if ref.collection_id == kielce.pk}, label
    assert missing == [], f"no refusal shown for {missing}"


# Copying a page ---------------------------------------------------------------------------------------------


def copy_data(page, parent, slug):
    return {"new_title": f"Kopia: {page.title}", "new_slug": slug, "new_parent_page": str(parent.pk)}


def test_a_page_with_files_the_user_may_not_choose_cannot_be_copied(
    as_user, bialystok_editor_everywhere, regions, media
):
    embargoed = ModelDocumentPage.objects.child_of(regions.kielce).get(title="Raport – embargo")
    client = as_user(bialystok_editor_everywhere)

    response = client.post(
        reverse("wagtailadmin_pages:copy", args=[embargoed.pk]), copy_data(embargoed, regions.bialystok, "kopia")
    )

    assert response.status_code == 200
    with translation.override("pl"):
        assert str(COPY_REFUSED) in shown_messages(response)
    assert not Page.objects.child_of(regions.bialystok).filter(slug="kopia").exists()


def test_a_page_with_choosable_files_is_copied(as_user, bialystok_editor_everywhere, regions, media):
    own = ModelDocumentPageFactory(parent=regions.bialystok, title="Sprawozdanie")
    attach_pdf(own, "Sprawozdanie", "sprawozdanie.pdf", collection=Collection.objects.get(name=SHARED_COLLECTION))
    client = as_user(bialystok_editor_everywhere)

    response = client.post(
        reverse("wagtailadmin_pages:copy", args=[own.pk]), copy_data(own, regions.bialystok, "kopia")
    )

    assert response.status_code == 302
    assert Page.objects.child_of(regions.bialystok).filter(slug="kopia").exists()


# Translations ---------------------------------------------------------------------------------------------


@pytest.fixture
def english_translation(home, locales, regions, governance, media):
    """A Białystok news item with a shared social image, translated into English (a draft)."""
    home.copy_for_translation(locales["en"])
    setup_governance()  # the English region pages, for the translation's parent
    page = NewsPageFactory(parent=regions.bialystok, social_image=media["shared_image"])
    source, _created = TranslationSource.get_or_create_from_instance(page)
    translation = Translation.objects.create(source=source, target_locale=locales["en"])
    translation.save_target(publish=False)
    return translation


@pytest.fixture
def english_editor(bialystok_editor_everywhere, locales):
    """Białystok's editor, who may also edit the English pages (still choosing from Białystok's collection
    and the shared one only)."""
    group = Group.objects.get(name="Redakcja centralna (test)")
    group.permissions.add(Permission.objects.get(codename="submit_translation"))
    return bialystok_editor_everywhere


def put_override(client, translation, path, value):
    segment = OverridableSegment.objects.get(source=translation.source, context__path=path)
    url = reverse("wagtail_localize:edit_override", args=[translation.pk, segment.pk])
    return client.put(url, urlencode({"value": value}), content_type="application/x-www-form-urlencoded")


def test_a_translation_cannot_swap_in_another_regions_image(as_user, english_editor, english_translation, media):
    foreign = media["foreign_image"]
    client = as_user(english_editor)

    response = put_override(client, english_translation, "social_image", foreign.pk)

    assert response.status_code == 403
    assert response.json()["detail"] == refusal(FOREIGN_IMAGE, foreign)
    assert not SegmentOverride.objects.exists()
    assert put_override(client, english_translation, "social_image", media["own_image"].pk).status_code in (200, 201)
    assert SegmentOverride.objects.get().data == str(media["own_image"].pk)
