"""The admin's base forms: a page, snippet or setting refers only to images and documents its editor may choose.

A chooser offers an editor the images and documents of the collections their groups may choose from
(their region's collection and the shared one, portal.governance); the form behind it used to accept any
id posted, so an editor could attach another region's embargoed document by its (sequential) id and have
it published with their page. Every admin form of the portal now checks, after Wagtail's own validation,
every reference its data makes, whatever field or block holds it:

- foreign keys to the image or document model, on the object and on its inline panels' rows;
- StreamField values (chooser blocks at any depth: in StructBlocks, ListBlocks, nested streams) and
  rich text (embedded images, document links), through the fields' ``extract_references`` that
  Wagtail's reference index uses, so a new field or block is covered without changes here.

A reference is accepted when the user may choose the object (Wagtail's collection permission policy for
"choose") or when the object being edited already had it (an administrator's choice stays when a region's
editor edits the page). Anything else is an error under the field, in Polish, and nothing is saved.

``PortalPageForm`` is the base form of every page (``BasePage``), ``PortalModelForm`` of the snippets and
settings that refer to images, and ``PortalCopyForm`` the form of Wagtail's "copy page", which refuses a
copy that would bring along what the copying user may not choose; a wagtail-localize override (another
image or document for one language) is checked as it is saved. ``install()`` (PortalConfig.ready)
sets them: this module checks the portal's models, so the models cannot import it.
tests/governance/test_chosen_media.py posts a foreign id into every such field and block.
"""

import json
import re
from collections import defaultdict

from django.core.exceptions import FieldDoesNotExist, PermissionDenied, ValidationError
from django.db.models import ForeignKey
from django.db.models.signals import pre_save
from django.utils.translation import gettext_lazy as _
from modelcluster.models import get_all_child_relations
from wagtail.admin.forms import WagtailAdminModelForm, WagtailAdminPageForm
from wagtail.admin.forms.pages import CopyForm
from wagtail.blocks import StreamBlockValidationError, StreamValue
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.permissions import policy_registry
from wagtail_localize.models import SegmentOverride, TranslationSource

from portal.models import BasePage, PortalSettings, Region
from portal.page_slugs import FreeSlugForNewPage

FOREIGN_IMAGE = _(
    "You cannot use the image no. %(id)s here: it is not in a collection you may choose images from. "
    "Choose an image from your region's collection or the shared collection."
)
FOREIGN_DOCUMENT = _(
    "You cannot use the document no. %(id)s here: it is not in a collection you may choose documents from. "
    "Choose a document from your region's collection or the shared collection."
)
COPY_REFUSED = _(
    "This page cannot be copied by you: it uses images or documents from collections you may not choose "
    "from. Ask an administrator, or create the page anew with your own files."
)
DIGITS = re.compile(r"[0-9]+")


def media_policies():
    """The image and document models, each with its collection permission policy."""
    return {model: policy_registry.get_by_type(model) for model in (get_image_model(), get_document_model())}


def field_references(field, value):
    """(media model, id as text, content path) of every image and document ``value`` of model field
    ``field`` refers to; in a StreamField the path starts with the id of the top-level block holding it."""
    policies = media_policies()
    if value is None or value == "":
        return
    if isinstance(field, ForeignKey):
        if field.related_model in policies:
            yield field.related_model, str(getattr(value, "pk", value)), ""
    elif hasattr(field, "extract_references"):  # StreamField, RichTextField: as Wagtail's reference index
        for model, object_id, _model_path, content_path in field.extract_references(value):
            if model in policies:
                yield model, str(object_id), content_path


def instance_references(instance):
    """Every (media model, id) a saved object (or a page revision) refers to, its inline rows' too."""
    for field in instance._meta.concrete_fields:
        for model, object_id, _path in field_references(field, getattr(instance, field.attname)):
            yield model, object_id
    for relation in get_all_child_relations(type(instance)):
        for child in getattr(instance, relation.get_accessor_name()).all():
            yield from instance_references(child)


def form_references(form):
    """(form, field name, media model, id, content path) of every reference in a validated form and its
    inline forms."""
    model = form._meta.model
    for name, value in getattr(form, "cleaned_data", {}).items():
        try:
            field = model._meta.get_field(name)
        except FieldDoesNotExist:
            continue
        for media_model, object_id, path in field_references(field, value):
            yield form, name, media_model, object_id, path
    for formset in getattr(form, "formsets", {}).values():
        for child in formset.forms:
            if formset.can_delete and formset._should_delete_form(child):
                continue
            yield from form_references(child)


def choosable(user, model, object_ids):
    """The ids among ``object_ids`` (text) of the objects ``user`` may choose."""
    numeric = {object_id for object_id in object_ids if DIGITS.fullmatch(object_id)}
    if not numeric:
        return set()
    objects = media_policies()[model].instances_user_has_any_permission_for(user, ["choose"])
    return {
        str(pk) for pk in objects.filter(pk__in=[int(object_id) for object_id in numeric]).values_list("pk", flat=True)
    }


def unchoosable(user, references):
    """The (media model, id) among ``references`` that ``user`` may not choose."""
    wanted = defaultdict(set)
    for model, object_id in references:
        wanted[model].add(object_id)
    allowed = {model: choosable(user, model, object_ids) for model, object_ids in wanted.items()}
    return {(model, object_id) for model, object_id in references if object_id not in allowed[model]}


def refuse_unchoosable_media(form, user, kept):
    """Add an error under each field of ``form`` (or of its inline forms) that refers to an image or
    document ``user`` may not choose and that is not among ``kept``; True when there is none.

    A StreamField's errors go to the blocks that hold the references (the admin shows one error object
    per field: every message of the field is in it)."""
    references = [ref for ref in form_references(form) if (ref[2], ref[3]) not in kept]
    foreign = unchoosable(user, {(model, object_id) for _form, _name, model, object_id, _path in references})
    refused = defaultdict(dict)  # (form, field name) → {content path's top block id: [messages]}
    for owner, name, model, object_id, path in references:
        if (model, object_id) in foreign:
            message = (FOREIGN_IMAGE if model is get_image_model() else FOREIGN_DOCUMENT) % {"id": object_id}
            messages = refused[owner, name].setdefault(path.split(".")[0], [])
            if message not in messages:
                messages.append(message)
    for (owner, name), by_block in refused.items():
        owner.add_error(name, field_error(owner.cleaned_data.get(name), by_block))
    return not refused


def field_error(value, by_block):
    """One ValidationError for a field: for a StreamField, each message on its top-level block."""
    if not isinstance(value, StreamValue):
        return ValidationError([message for messages in by_block.values() for message in messages])
    index_of = {str(child.id): index for index, child in enumerate(value)}
    block_errors, loose = {}, []
    for block_id, messages in by_block.items():
        if block_id in index_of:
            block_errors[index_of[block_id]] = ValidationError(messages)
        else:  # a block without an id (not posted by the admin's scripts): above the stream
            loose += messages
    return StreamBlockValidationError(block_errors=block_errors, non_block_errors=loose)


class ChosenMediaCheck:
    """Mixin for Wagtail admin model forms: refuse images and documents the user may not choose."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        instance = self.instance
        # What the object already refers to stays allowed (a new object, or a copy, has nothing yet).
        self.kept_media = set(instance_references(instance)) if instance.pk else set()
        self.media_checked = None

    def is_valid(self):
        valid = super().is_valid()
        if self.is_bound and self.for_user is not None and self.media_checked is None:
            self.media_checked = refuse_unchoosable_media(self, self.for_user, self.kept_media)
        return valid and self.media_checked is not False


class PortalModelForm(ChosenMediaCheck, WagtailAdminModelForm):
    """The base form of the portal's snippets and settings."""


class PortalPageForm(FreeSlugForNewPage, ChosenMediaCheck, WagtailAdminPageForm):
    """The base form of every page of the portal (a new page's taken slug becomes a free one: portal.page_slugs)."""


class PortalCopyForm(CopyForm):
    """Wagtail's "copy page" form: a copy (with its subpages, if chosen) may not bring along an image or
    document the copying user may not choose, from the page as published or from its latest draft."""

    def clean(self):
        cleaned_data = super().clean()
        pages = self.page.get_descendants(inclusive=True) if cleaned_data.get("copy_subpages") else [self.page]
        references = set()
        for page in pages:
            page = page.specific
            for version in (page, page.get_latest_revision_as_object()):
                references |= set(instance_references(version))
        if unchoosable(self.user, references):
            self.add_error("new_title", COPY_REFUSED)  # Wagtail's copy screen shows no non-field errors
        return cleaned_data


def refuse_foreign_override(sender, instance, raw=False, **kwargs):
    """wagtail-localize's translation editor lets a translator replace the source's image or document for
    one language (a SegmentOverride); its API checks only the right to edit the translation. An override
    may name only an image or document its author may choose: anything else is refused (403, in Polish)."""
    user = instance.last_translated_by
    if raw or user is None:
        return
    source = TranslationSource.objects.filter(object_id=instance.context.object_id).first()
    if source is None:
        return
    source_instance = source.as_instance()
    chooser_paths = {}  # the source's content paths that hold an image or a document
    for field in source_instance._meta.concrete_fields:
        for model, _object_id, path in field_references(field, getattr(source_instance, field.attname)):
            chooser_paths[f"{field.name}.{path}" if path else field.name] = model
    model = chooser_paths.get(instance.context.path)
    if model is None:
        return
    object_id = str(json.loads(instance.data_json))
    if unchoosable(user, {(model, object_id)}):
        message = FOREIGN_IMAGE if model is get_image_model() else FOREIGN_DOCUMENT
        raise PermissionDenied(message % {"id": object_id})


def install():
    """Make the portal's forms the base of every page, and of the snippets and settings with images."""
    BasePage.base_form_class = PortalPageForm
    BasePage.copy_form_class = PortalCopyForm
    pre_save.connect(refuse_foreign_override, sender=SegmentOverride, dispatch_uid="portal_refuse_foreign_override")
    for model in (Region, PortalSettings):
        model.base_form_class = PortalModelForm
