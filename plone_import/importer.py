"""Importing a planned Plone export into a region: pages, documents, images, translations, redirects.

Each item is written in its own transaction: a broken item is reported and rolled back alone, the rest
goes on. Items are keyed on their Plone UID (``PloneItem``): a second run updates the items whose data
changed and leaves the others alone. Links in text are resolved against everything imported so far,
this run or before; links to items imported later in the same run are resolved in a second pass.
"""

import datetime
import hashlib
import json
import logging
from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.validators import URLValidator, validate_email
from django.db import transaction
from django.utils import timezone
from django.utils.html import escape
from django.utils.text import slugify
from django.utils.translation import gettext as _
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Collection, CollectionViewRestriction, Locale, Page
from willow.image import Image as WillowImage

from news.models import EventIndexPage, EventPage, NewsIndexPage, NewsPage
from plone_import import html as plone_html
from plone_import.export import ItemError, blob_of, html_of, text_of
from plone_import.models import PloneItem
from plone_import.plan import STRUCTURE_TYPES
from plone_import.report import Report
from portal.documents import check_upload
from portal.governance import editors_group_name, moderators_group_name
from portal.models import (
    DocumentCategory,
    DocumentLibraryPage,
    ModelDocumentFile,
    ModelDocumentPage,
    PortalDocument,
    PortalImage,
    RegionPage,
    StandardPage,
)

logger = logging.getLogger(__name__)

FORMAT_VERSION = "1"  # part of every item's digest: a new importer version re-imports everything
LEAD_LENGTH = 600


@dataclass
class Target:
    """What an imported item became, for links and redirects."""

    kind: str  # "page" | "document" | "image" | "url"
    id: int | None = None
    url: str = ""


class Importer:
    def __init__(self, plan, region, *, dry_run=False, only_types=None, user=None, progress=None):
        self.plan = plan
        self.region = region
        self.dry_run = dry_run
        self.only_types = set(only_types or [])
        self.user = user
        self.progress = progress
        self.report = Report()
        self.max_bytes = settings.PORTAL_MAX_DOCUMENT_SIZE
        self.region_page = RegionPage.objects.get(region=region, locale__language_code=settings.LANGUAGE_CODE)
        self.site = self.region_page.get_site()
        self.collection = Collection.objects.filter(name=region.short_name).first()
        if self.collection is None:
            raise ItemError(
                _("The region “%(region)s” has no collection of its own; run “manage.py setup_regions” first.")
                % {"region": region.short_name}
            )
        self.targets = {}  # uid → Target
        self.failed = set()  # uids of items that failed in this run
        self.deferred = {}  # uid → node whose text links to items not imported yet
        self.written_files = []  # storage names written, removed after a dry run
        self._private_collection = None
        self._load_earlier_imports()

    # ------------------------------------------------------------------ the run

    def run(self):
        nodes = self.plan.ordered()
        total = len(nodes)
        for number, node in enumerate(nodes, start=1):
            if self.progress:
                self.progress(number, total, node)
            self._import(node)
        for node in list(self.deferred.values()):
            self._relink(node)
        for node in nodes:
            self._redirect(node)
        self._side_redirects()
        return self.report

    def _import(self, node):
        if self.only_types and node.type not in self.only_types and node.type not in STRUCTURE_TYPES:
            self.report.add(node, "skipped", _("Not among the types chosen with --only."))
            return
        handler = getattr(self, "_import_" + node.kind.replace("-", "_"), None)
        if handler is None:
            self.failed.add(node.uid)
            self.report.add(node, "failed", _("Unknown Plone type “%(type)s”.") % {"type": node.type})
            return
        try:
            with transaction.atomic():
                outcome, message = handler(node)
        except ItemError as error:
            self.failed.add(node.uid)
            self.report.add(node, "failed", str(error))
        except ValidationError as error:
            self.failed.add(node.uid)
            self.report.add(node, "failed", "; ".join(_flatten_errors(error)))
        except Exception as error:  # one broken item must not stop the import of the others
            logger.exception("Importing %s %s failed", node.type, node.uid)
            self.failed.add(node.uid)
            self.report.add(
                node, "failed", _("Unexpected error: %(error)s") % {"error": f"{type(error).__name__}: {error}"}
            )
        else:
            self.report.add(node, outcome, message)

    # ------------------------------------------------------------------ records

    def _load_earlier_imports(self):
        for record in PloneItem.objects.filter(region=self.region):
            target = self._target_of_record(record)
            if target is not None:
                self.targets[record.uid] = target

    @staticmethod
    def _target_of_record(record):
        if record.page_id:
            return Target("page", record.page_id)
        if record.document_id:
            return Target("document", record.document_id)
        if record.image_id:
            return Target("image", record.image_id)
        return None

    def digest(self, node):
        extra = {
            "kind": node.kind,
            "default_page": node.default_page.uid if node.default_page else None,
            "translation_of": self._translation_source_uid(node),
            "state": node.review_state,
            "children": [child.uid for child in node.children] if node.kind == "folder" else [],
        }
        data = json.dumps([FORMAT_VERSION, node.item, extra], sort_keys=True, default=str)
        return hashlib.sha256(data.encode()).hexdigest()

    def _record(self, node):
        record = PloneItem.objects.filter(uid=node.uid).first()
        if record is not None and record.region_id != self.region.pk:
            raise ItemError(
                _("This item was imported before for the region “%(region)s”; one Plone site belongs to one region.")
                % {"region": record.region.short_name}
            )
        return record

    def _unchanged(self, node, record, digest):
        """True when the item was imported with the same data and what it became still exists."""
        if record is None or record.digest != digest:
            return False
        target = self._target_of_record(record)
        if target is None:
            return (
                record.page_id is None
                and record.document_id is None
                and record.image_id is None
                and (node.kind in ("root", "listing", "link", "default", "collection"))
            )
        self.targets[node.uid] = target
        return True

    def _save_record(self, node, record, digest, **objects):
        record = record or PloneItem(uid=node.uid, region=self.region)
        record.portal_type = node.type[:60]
        record.language = node.language[:8]
        record.old_path = node.old_path[:1000]
        record.digest = digest
        for name in ("page", "document", "image"):
            setattr(record, name, objects.get(name))
        record.save()
        target = self._target_of_record(record)
        if target is not None:
            self.targets[node.uid] = target
        return record

    # ------------------------------------------------------------------ structure

    def _import_root(self, node):
        page = self.region_page_for(node.language)
        if page is not None:
            self.targets[node.uid] = Target("page", page.pk)
        return "structure", ""

    def region_page_for(self, language):
        if language == settings.LANGUAGE_CODE:
            return self.region_page
        locale = Locale.objects.filter(language_code=language).first()
        return self.region_page.get_translation_or_none(locale) if locale else None

    def _import_listing(self, node):
        self.targets[node.uid] = Target("url", url=self.listing_url(node))
        return "structure", ""

    def listing_url(self, node):
        """The listing a folder of news, events or files alone is replaced by: filtered to the region."""
        page = self.region_page_for(node.language) or self.region_page
        index = self._listing_page(node.listing, page.locale) if node.listing else None
        if index is None:
            return page.url or "/"
        return f"{index.url}?region={self.region_page.slug}"

    @staticmethod
    def _listing_page(listing, locale):
        model = {"news": NewsIndexPage, "events": EventIndexPage, "documents": DocumentLibraryPage}[listing]
        return model.objects.filter(locale=locale).live().first()

    def _import_default(self, node):
        # Its text is the folder's page; links and redirects to it go to the folder.
        folder_target = self.targets.get(node.default_of.uid)
        if folder_target is not None:
            self.targets[node.uid] = folder_target
        return "merged", _("Shown as the page of the folder “%(folder)s”.") % {"folder": node.default_of.title}

    def _import_collection(self, node):
        query = node.item.get("query")
        return "skipped", _("Collections are not imported; its query was: %(query)s") % {
            "query": json.dumps(query, ensure_ascii=False)[:500] if query else "—"
        }

    def _import_link(self, node):
        remote = text_of(node.item.get("remoteUrl")).replace("${portal_url}", self.plan.site_url)
        if not remote:
            raise ItemError(_("The link has no address."))
        target = self.resolve_target(remote, node)
        if target is None:
            self.deferred.setdefault(node.uid, node)
            return "structure", ""
        self.targets[node.uid] = target
        return "structure", ""

    # ------------------------------------------------------------------ media

    def _import_image(self, node):
        record = self._record(node)
        digest = self.digest(node)
        if self._unchanged(node, record, digest):
            return "unchanged", ""
        blob = blob_of(node.item, "image", self.plan.export, self.max_bytes)
        if blob is None:
            raise ItemError(_("The image item has no image."))
        image = record.image if record and record.image_id else PortalImage()
        alt = text_of(node.item.get("description")) or node.title
        image = self._save_image(image, blob, node.title, alt, self._collection_for(node))
        self._save_record(node, record, digest, image=image)
        return ("updated" if record else "created"), ""

    def _save_image(self, image, blob, title, alt, collection):
        try:
            WillowImage.open(ContentFile(blob.data)).get_size()
        except Exception as error:
            raise ItemError(_("“%(name)s” is not an image the portal can read.") % {"name": blob.filename}) from error
        image.title = title[:255]
        image.alt_text = alt[:255]
        image.collection = collection
        image.file = ContentFile(blob.data, name=_safe_filename(blob.filename))
        image._set_image_file_metadata()  # size and hash, as Wagtail's upload form does
        image.save()
        self.written_files.append(image.file.name)
        return image

    def _import_file(self, node):
        record = self._record(node)
        digest = self.digest(node)
        if self._unchanged(node, record, digest):
            return "unchanged", ""
        document = self._save_document(node, record.document if record else None)
        self._save_record(node, record, digest, document=document)
        return ("updated" if record else "created"), _("Linked from text only: kept as a file, without a page.")

    def _save_document(self, node, document):
        blob = blob_of(node.item, "file", self.plan.export, self.max_bytes)
        if blob is None:
            raise ItemError(_("The file item has no file."))
        upload = ContentFile(blob.data, name=_safe_filename(blob.filename))
        try:
            check_upload(upload)
        except ValidationError as error:
            raise ItemError(
                _("“%(name)s”: %(reason)s") % {"name": blob.filename, "reason": " ".join(_flatten_errors(error))}
            ) from error
        document = document or PortalDocument()
        document.title = node.title[:255]
        document.collection = self._collection_for(node)
        document.file = upload
        document.language = node.language if node.language in dict(settings.LANGUAGES) else ""
        document.save()
        self.written_files.append(document.file.name)
        return document

    def _collection_for(self, node):
        """The region's collection, or for files of unpublished folders its restricted sub-collection."""
        if node.published:
            return self.collection
        if self._private_collection is None:
            name = _("%(region)s – unpublished (import)") % {"region": self.region.short_name}
            collection = self.collection.get_children().filter(name=name).first()
            if collection is None:
                collection = self.collection.add_child(name=name)
            restriction, _created = CollectionViewRestriction.objects.get_or_create(
                collection=collection, defaults={"restriction_type": CollectionViewRestriction.GROUPS}
            )

            groups = Group.objects.filter(
                name__in=[editors_group_name(self.region), moderators_group_name(self.region)]
            )
            restriction.groups.add(*groups)
            self._private_collection = collection
        return self._private_collection

    # ------------------------------------------------------------------ pages

    def _import_page(self, node):
        def fill(page, conversion):
            page.introduction = text_of(node.item.get("description"))[:1000]
            page.body = conversion.blocks

        return self._save_page(node, StandardPage, fill, html_of(node.item), parent_node=self.plan.page_parent(node))

    def _import_folder(self, node):
        html = html_of(node.default_page.item) if node.default_page else html_of(node.item)

        def fill(page, conversion):
            description = text_of(node.item.get("description"))
            if not description and node.default_page is not None:
                description = text_of(node.default_page.item.get("description"))
            page.introduction = description[:1000]
            page.body = conversion.blocks + self._contents_block(node)

        # The folder's list of contents links to its children: done again once they all exist.
        self.deferred.setdefault(node.uid, node)
        return self._save_page(node, StandardPage, fill, html, parent_node=self.plan.page_parent(node))

    def _contents_block(self, node):
        """A list of links to the folder's items, in Plone's order: the old site's navigation."""
        links = []
        for child in node.children:
            if child is node.default_page or child.kind in ("collection", "unknown") or child.uid in self.failed:
                continue
            target = self.targets.get(child.uid)
            if target is None:
                continue
            anchor = _anchor(target, child.title)
            if anchor:
                links.append(f"<li>{anchor}</li>")
        if not links:
            return []
        heading = _("In this section")
        return [
            {"type": "heading", "value": {"text": str(heading), "level": "h2"}},
            {"type": "paragraph", "value": "<ul>" + "".join(links) + "</ul>"},
        ]

    def _import_news(self, node):
        def fill(page, conversion):
            description = text_of(node.item.get("description"))
            page.lead = (description or _lead_from(conversion, node.title))[:LEAD_LENGTH]
            page.body = conversion.blocks
            page.date = timezone.localdate(self.published_at(node)) if self.published_at(node) else None
            page.image = self._lead_image(node, page.image)
            page.image_caption = text_of(node.item.get("image_caption"))[:300]
            subjects = node.item.get("subjects") or []
            page.tags.set([str(subject)[:100] for subject in subjects if str(subject).strip()][:20])

        return self._save_page(node, NewsPage, fill, html_of(node.item), parent_node=None)

    def _lead_image(self, node, current):
        blob = blob_of(node.item, "image", self.plan.export, settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE)
        if blob is None:
            return None
        alt = text_of(node.item.get("image_caption")) or node.title
        image = current if isinstance(current, PortalImage) else PortalImage()
        return self._save_image(image, blob, node.title, alt, self._collection_for(node))

    def _import_event(self, node):
        start = parse_datetime(node.item.get("start"))
        if start is None:
            raise ItemError(_("The event has no valid start (“start”)."))
        end = parse_datetime(node.item.get("end"))
        whole_day = bool(node.item.get("whole_day"))
        open_end = bool(node.item.get("open_end"))

        def fill(page, conversion):
            local_start = timezone.localtime(start)
            page.start_date = local_start.date()
            page.whole_day = whole_day
            page.start_time = None if whole_day else local_start.time().replace(second=0, microsecond=0)
            page.end_date = page.end_time = None
            if end is not None and not open_end:
                local_end = timezone.localtime(end)
                if local_end.date() > page.start_date:
                    page.end_date = local_end.date()
                if not whole_day and local_end > local_start:
                    page.end_time = local_end.time().replace(second=0, microsecond=0)
            description = text_of(node.item.get("description"))
            page.summary = (description or _lead_from(conversion, node.title))[:LEAD_LENGTH]
            location = text_of(node.item.get("location"))
            page.place_name, page.address = location[:200], (location if len(location) > 200 else "")[:300]
            page.contact_name = text_of(node.item.get("contact_name"))[:200]
            page.contact_email = _valid_email(text_of(node.item.get("contact_email")))
            page.contact_phone = text_of(node.item.get("contact_phone"))[:40]
            page.event_url = _valid_url(text_of(node.item.get("event_url")))
            page.is_online = "online" in location.lower()
            page.body = conversion.blocks

        outcome, message = self._save_page(node, EventPage, fill, html_of(node.item), parent_node=None)
        recurrence = text_of(node.item.get("recurrence"))
        if recurrence and outcome in ("created", "updated"):
            note = _("A recurring event (%(rule)s): imported as its first date; add the others as events.") % {
                "rule": recurrence
            }
            message = "; ".join(part for part in (message, note) if part)
        return outcome, message

    def _import_file_page(self, node):
        made = {}  # the document, recorded with the page

        def fill(page, conversion):
            record = self._record(node)
            document = self._save_document(node, record.document if record and record.document_id else None)
            made["document"] = document
            page.summary = text_of(node.item.get("description")) or node.title
            if not page.category_id:
                page.category = self._imported_category(node.language)
            when = self.published_at(node)
            page.version_date = timezone.localdate(when) if when else timezone.localdate()
            page.files.clear()
            page.files.add(ModelDocumentFile(document=document, sort_order=0))

        return self._save_page(node, ModelDocumentPage, fill, "", parent_node=None, made=made)

    def _imported_category(self, language):
        """The library category of files from the old portal, in ``language`` (editors may recategorise)."""
        pl_locale = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
        category, _created = DocumentCategory.objects.get_or_create(
            locale=pl_locale,
            slug="z-dawnego-portalu",
            defaults={"name": "Materiały z dawnego portalu", "sort_order": 999},
        )
        if language == settings.LANGUAGE_CODE:
            return category
        locale = Locale.objects.get(language_code=language)
        translated = category.get_translation_or_none(locale)
        if translated is None:
            translated = category.copy_for_translation(locale)
            translated.name = {"en": "Materials from the former portal"}.get(language, category.name)
            translated.save()
        return translated

    def _save_page(self, node, model, fill, html, *, parent_node, made=None):
        """Create or update the page of ``node``: fields, text, place in the tree, state and dates."""
        record = self._record(node)
        digest = self.digest(node)
        if self._unchanged(node, record, digest):
            return "unchanged", ""
        page = record.page.specific if record and record.page_id else None
        if page is not None and not isinstance(page, model):
            raise ItemError(
                _("The item was imported before as “%(old)s” and would now be “%(new)s”; delete that page first.")
                % {"old": page.specific_class._meta.verbose_name, "new": model._meta.verbose_name}
            )
        conversion = self.convert(html, node)
        created = page is None
        if created:
            page = self._new_page(node, model, parent_node)
        else:
            self._move_if_needed(node, page, parent_node)
        page.title = node.title[:255]
        page.search_description = text_of(node.item.get("description"))[:255]
        fill(page, conversion)
        if created:
            self._add_page(node, page, parent_node)
        else:
            page.save()
        self._publish_state(node, page)
        objects = {"page": page, **(made or {})}
        self._save_record(node, record, digest, **objects)
        # A text with links to items imported later is converted again at the end; its problems come then.
        problems = [] if node.uid in self.deferred else list(conversion.problems)
        if node.parent_uid and node.parent is None and node.type not in STRUCTURE_TYPES:
            problems.insert(
                0,
                _("Its folder (UID %(uid)s) is not in the export; the page was placed under the region page.")
                % {"uid": node.parent_uid},
            )
        return ("created" if created else "updated"), "; ".join(problems)

    def _new_page(self, node, model, parent_node):
        source = self._translation_source(node)
        if source is not None:
            locale = Locale.objects.filter(language_code=node.language).first()
            if locale is None:
                raise ItemError(_("The portal has no language “%(language)s”.") % {"language": node.language})
            page = source.copy_for_translation(locale, copy_parents=True).specific
            page._imported_translation = True
            return page
        page = model(live=False, has_unpublished_changes=True)
        page.slug = self._unique_slug(self._parent_page(node, parent_node), node)
        return page

    def _add_page(self, node, page, parent_node):
        if getattr(page, "_imported_translation", False):
            page.save()
            return
        parent = self._parent_page(node, parent_node)
        parent.add_child(instance=page)

    def _parent_page(self, node, parent_node):
        if parent_node is not None:
            target = self.targets.get(parent_node.uid)
            if parent_node.uid in self.failed or target is None or target.kind != "page":
                raise ItemError(
                    _("Its folder “%(folder)s” could not be imported, so the page has no place.")
                    % {"folder": parent_node.title}
                )
            return Page.objects.get(pk=target.id)
        page = self.region_page_for(node.language)
        if page is None:
            raise ItemError(
                _("The region page has no version in the language “%(language)s”; add the language first.")
                % {"language": node.language}
            )
        return page

    def _move_if_needed(self, node, page, parent_node):
        if getattr(page, "_imported_translation", False) or node.language != settings.LANGUAGE_CODE:
            return
        parent = self._parent_page(node, parent_node)
        if page.get_parent().pk != parent.pk:
            page.move(parent, pos="last-child")
            page.refresh_from_db()

    def _unique_slug(self, parent, node):
        base = slugify(str(node.item.get("id") or node.title))[:200] or "strona"
        taken = set(parent.get_children().filter(slug__startswith=base).values_list("slug", flat=True))
        slug, number = base, 2
        while slug in taken:
            slug, number = f"{base}-{number}", number + 1
        return slug

    def _translation_source_uid(self, node):
        groups = self.plan.export.side.get("translations")
        if node.language == settings.LANGUAGE_CODE or not isinstance(groups, list):
            return None
        for group in groups:
            if isinstance(group, dict) and group.get(node.language) == node.uid:
                source = group.get(settings.LANGUAGE_CODE)
                return source if isinstance(source, str) else None
        return None

    def _translation_source(self, node):
        uid = self._translation_source_uid(node)
        target = self.targets.get(uid) if uid else None
        if target is None or target.kind != "page":
            return None
        return Page.objects.get(pk=target.id).specific

    def _publish_state(self, node, page):
        revision = page.save_revision(user=self.user, log_action=True)
        if node.published:
            revision.publish(user=self.user, log_action=True)
            self._keep_original_dates(node, page)
            return
        if page.live:
            page.unpublish(user=self.user, log_action=True)
        if node.review_state == "pending":
            workflow = page.get_workflow()
            if workflow is not None and page.current_workflow_state is None:
                workflow.start(page, self.user)

    def _keep_original_dates(self, node, page):
        """The page was published in Plone on "effective" and last changed on "modified", not today."""
        published_at = self.published_at(node)
        if published_at is None:
            return
        modified = parse_datetime(node.item.get("modified")) or published_at
        Page.objects.filter(pk=page.pk).update(
            first_published_at=published_at, last_published_at=max(modified, published_at)
        )

    def published_at(self, node):
        for name in ("effective", "created", "modified"):
            value = parse_datetime(node.item.get(name))
            if value is not None and value.year > 1000:
                return value
        return None

    # ------------------------------------------------------------------ links

    def convert(self, html, node):
        if not html.strip():
            return plone_html.Conversion(blocks=[], problems=[], unresolved=[])

        def resolve(url, *, image=False):
            return self.resolve_link(url, node, image=image)

        return plone_html.convert(html, resolve)

    def resolve_target(self, href, node):
        target_node = self.plan.find(href, node)
        if target_node is None:
            return None
        return self.targets.get(target_node.uid)

    def resolve_link(self, href, node, *, image=False):
        """The converter's resolver: a Link for ``href`` in ``node``'s text, or None when it points at
        an item of the old site that is not (yet) imported."""
        target_node = self.plan.find(href, node)
        if target_node is None:
            if self.plan.internal_path(href, node) is not None or "resolveuid" in href.lower():
                return None
            return plone_html.Link("external", url=href)
        target = self.targets.get(target_node.uid)
        if target is None:
            if target_node.uid not in self.failed and target_node.kind not in ("collection", "unknown"):
                self.deferred.setdefault(node.uid, node)
            return None
        downloads = "@@download" in href or "at_download" in href or "@@display-file" in href
        if target.kind == "page" and target_node.kind == "file-page" and downloads:
            record = PloneItem.objects.filter(uid=target_node.uid).first()
            if record and record.document_id:
                return plone_html.Link("document", id=record.document_id)
        if target.kind == "url":
            return plone_html.Link("external", url=target.url)
        return plone_html.Link(target.kind, id=target.id)

    def _relink(self, node):
        """Second pass: the text (or a folder's contents) of ``node`` again, now that every item exists."""
        self.deferred.pop(node.uid, None)
        if node.uid in self.failed or self.report.outcome_of(node) == "unchanged":
            return
        if node.kind == "link":
            remote = text_of(node.item.get("remoteUrl")).replace("${portal_url}", self.plan.site_url)
            target = self.resolve_target(remote, node)
            if target is not None:
                self.targets[node.uid] = target
            return
        target = self.targets.get(node.uid)
        if target is None or target.kind != "page":
            return
        try:
            with transaction.atomic():
                page = Page.objects.get(pk=target.id).specific
                html = html_of(node.default_page.item) if node.default_page else html_of(node.item)
                conversion = self.convert(html, node)
                blocks = conversion.blocks + (self._contents_block(node) if node.kind == "folder" else [])
                page.body = blocks
                page.save()
                revision = page.save_revision(user=self.user)
                if node.published:
                    revision.publish(user=self.user)
                    self._keep_original_dates(node, page)
                if conversion.problems:
                    self.report.note(node, "; ".join(conversion.problems))
        except Exception as error:  # the page stays as imported in the first pass, without these links
            logger.exception("Relinking %s failed", node.uid)
            self.report.note(node, _("Links could not be completed: %(error)s") % {"error": error})

    # ------------------------------------------------------------------ redirects

    def _redirect(self, node):
        if node.kind in ("collection", "unknown") or node.uid in self.failed or node.old_path == "/":
            return
        if self.only_types and node.type not in self.only_types and node.type not in STRUCTURE_TYPES:
            return
        target = self.targets.get(node.uid)
        if target is None:
            return
        self.add_redirect(node.old_path, target)
        self.add_redirect(node.old_path + "/view", target)
        if node.kind in ("file", "file-page"):
            record = PloneItem.objects.filter(uid=node.uid).first()
            if record and record.document_id:
                self.add_redirect(node.old_path + "/@@download/file", Target("document", record.document_id))
        if node.kind == "image":
            self.add_redirect(node.old_path + "/@@images/image", target)

    def _side_redirects(self):
        """Every old path plone.app.redirector remembered (export_redirects.json) leads where its item went."""
        for old_path, new_path in self.plan.renamed.items():
            node = self.plan.find(new_path)
            target = self.targets.get(node.uid) if node is not None else None
            if target is None:
                self.report.add_redirect_problem(
                    old_path, _("its target “%(target)s” was not imported") % {"target": new_path}
                )
                continue
            self.add_redirect(old_path, target)
            self.add_redirect(old_path + "/view", target)

    def add_redirect(self, old_path, target):
        path = Redirect.normalise_path(old_path)
        if len(path) > 255:
            self.report.add_redirect_problem(old_path, _("the old address is longer than 255 characters"))
            return
        values = {"is_permanent": True, "redirect_page_id": None, "redirect_link": ""}
        if target.kind == "page":
            values["redirect_page_id"] = target.id
        else:
            link = self.target_url(target)
            if not link:
                return
            values["redirect_link"] = link
        self.report.redirects += 1
        existing = Redirect.objects.filter(old_path=path, site=self.site).first()
        if existing is None:
            Redirect.objects.create(old_path=path, site=self.site, **values)
        elif any(getattr(existing, name) != value for name, value in values.items()):
            for name, value in values.items():
                setattr(existing, name, value)
            existing.save()

    def target_url(self, target):
        if target.kind == "url":
            return target.url
        if target.kind == "document":
            document = PortalDocument.objects.filter(pk=target.id).first()
            return document.url if document else ""
        if target.kind == "image":
            image = PortalImage.objects.filter(pk=target.id).first()
            if image is None:
                return ""
            rendition = image.get_rendition("original")
            self.written_files.append(rendition.file.name)
            return rendition.url
        return ""

    # ------------------------------------------------------------------ dry run

    def discard_files(self):
        """After a dry run: remove the files written to storage (the rows were rolled back)."""
        for name in self.written_files:
            try:
                default_storage.delete(name)
            except OSError:
                logger.warning("Could not delete %s after a dry run", name)


def parse_datetime(value):
    """An aware datetime from the export's ISO 8601 strings ("2021-03-12T10:00:00+00:00"), else None."""
    if not isinstance(value, str) or not value.strip() or value.strip() == "None":
        return None
    text = value.strip().replace("Z", "+00:00")
    try:
        parsed = datetime.datetime.fromisoformat(text)
    except ValueError:
        try:
            parsed = datetime.datetime.combine(datetime.date.fromisoformat(text[:10]), datetime.time())
        except ValueError:
            return None
    if timezone.is_naive(parsed):
        parsed = timezone.make_aware(parsed)
    return parsed


def _lead_from(conversion, fallback):
    for block in conversion.blocks:
        if block.get("type") == "paragraph":
            text = plone_html.plain_text(block["value"])
            if text:
                return text[:LEAD_LENGTH]
    return fallback


def _anchor(target, title):
    if target.kind == "page":
        return f'<a linktype="page" id="{target.id}">{escape(title)}</a>'
    if target.kind == "document":
        return f'<a linktype="document" id="{target.id}">{escape(title)}</a>'
    if target.kind == "url" and target.url:
        return f'<a href="{escape(target.url)}">{escape(title)}</a>'
    return ""


def _safe_filename(name):
    stem, dot, extension = name.rpartition(".")
    if not dot:
        stem, extension = name, ""
    safe = slugify(stem)[:80] or "plik"
    return f"{safe}.{extension.lower()[:10]}" if extension else safe


def _valid_email(value):
    try:
        validate_email(value)
    except ValidationError:
        return ""
    return value[:254]


def _valid_url(value):
    try:
        URLValidator(schemes=["http", "https"])(value)
    except ValidationError:
        return ""
    return value[:200]


def _flatten_errors(error):
    if hasattr(error, "message_dict"):
        return [f"{field}: {' '.join(messages)}" for field, messages in error.message_dict.items()]
    return [str(message) for message in error.messages]
