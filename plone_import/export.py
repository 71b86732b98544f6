"""Reading a collective.exportimport content export: the items, their blobs and the side exports.

PATH is either one JSON file holding an array of items (the add-on's "Export content" download) or a
folder with one JSON file per item (its "Save to file on server" with one file per item). The side
exports (redirects.json, translations.json, …) are read from the same folder when present. Nothing
here touches the database: a broken file or item becomes an ``ExportError`` or a ``BadItem`` with a
Polish message, and the rest is read on.
"""

import base64
import binascii
import json
import pathlib
from dataclasses import dataclass, field

from django.utils.html import escape, linebreaks
from django.utils.translation import gettext as _

from portal.parsing import parse_int

SIDE_EXPORTS = ("redirects", "translations", "relations", "defaultpages", "ordering", "localroles")
# The add-on names them after its views ("export_redirects.json"); plain names are accepted too.
SIDE_PREFIXES = ("export_", "")


class ExportError(Exception):
    """The export as a whole cannot be read (no such file, not JSON, not a list of items)."""


class ItemError(Exception):
    """One item cannot be imported; the message says why, in Polish."""


@dataclass
class BadItem:
    """An item that could not even be read (a broken file in a folder export)."""

    source: str
    message: str


@dataclass
class Export:
    items: list
    bad_items: list = field(default_factory=list)
    side: dict = field(default_factory=dict)  # name → parsed JSON of the side exports found
    side_errors: list = field(default_factory=list)
    base_dir: pathlib.Path = None  # the folder of the export (side files and blobs are looked up here)
    blob_dir: pathlib.Path = None  # what blob_path is relative to: the old site's var/blobstorage
    unexported: list = field(default_factory=list)  # the add-on's own list of items it could not export


def _describe_json_error(path, error):
    return _("%(file)s is not valid JSON (line %(line)s, column %(column)s: %(reason)s); is the file complete?") % {
        "file": path.name,
        "line": error.lineno,
        "column": error.colno,
        "reason": error.msg,
    }


def _read_json(path):
    try:
        with path.open("rb") as handle:
            return json.load(handle)
    except json.JSONDecodeError as error:
        raise ExportError(_describe_json_error(path, error)) from error
    except UnicodeDecodeError as error:
        raise ExportError(_("%(file)s is not UTF-8 text.") % {"file": path.name}) from error
    except OSError as error:
        raise ExportError(
            _("%(file)s cannot be read: %(reason)s") % {"file": path, "reason": error.strerror}
        ) from error


def load(path, blob_dir=None):
    """The export at ``path`` (a JSON file or a folder of JSON files); ``blob_dir``: the copy of the old
    site's blobstorage that blob_path values point into (default: ``blobstorage`` next to the export)."""
    path = pathlib.Path(path)
    if not path.exists():
        raise ExportError(_("There is no file or folder %(path)s.") % {"path": path})
    if path.is_dir():
        export = _load_folder(path)
    else:
        items = _read_json(path)
        if not isinstance(items, list):
            raise ExportError(
                _("%(file)s does not hold a list of items; is it a content export of collective.exportimport?")
                % {"file": path.name}
            )
        export = Export(items=items, base_dir=path.parent)
    export.blob_dir = pathlib.Path(blob_dir) if blob_dir else _default_blob_dir(export.base_dir)
    _load_side_exports(export)
    _check_items(export)
    return export


def _is_side_export(path):
    return any(path.stem == prefix + name for prefix in SIDE_PREFIXES for name in SIDE_EXPORTS) or path.stem == "errors"


def _default_blob_dir(base_dir):
    for folder in (base_dir, base_dir.parent):
        if (folder / "blobstorage").is_dir():
            return folder / "blobstorage"
    return base_dir


def _load_folder(folder):
    export = Export(items=[], base_dir=folder)
    files = sorted(
        (
            path
            for path in folder.rglob("*.json")
            if not (path.parent == folder and _is_side_export(path))
            and "blobstorage" not in path.relative_to(folder).parts
        ),
        key=lambda path: _natural_key(path.relative_to(folder)),
    )
    if not files:
        raise ExportError(_("The folder %(path)s holds no JSON files.") % {"path": folder})
    for path in files:
        try:
            data = _read_json(path)
        except ExportError as error:
            export.bad_items.append(BadItem(str(path.relative_to(folder)), str(error)))
            continue
        # The add-on writes one item per file; a file holding a list is taken item by item.
        export.items.extend(data if isinstance(data, list) else [data])
    return export


def _natural_key(relative):
    """ "2.json" before "10.json": the add-on numbers its files in the order it exported them."""
    parts = []
    for part in relative.with_suffix("").parts:
        number = parse_int(part)  # "².json" passes str.isdigit() but not int()
        parts.append((0, number, "") if number is not None else (1, 0, part))
    return parts


def _load_side_exports(export):
    # Beside the content file; for a folder of item files, beside that folder as the add-on writes them.
    folders = [export.base_dir, export.base_dir.parent]
    for name in SIDE_EXPORTS:
        candidates = [folder / f"{prefix}{name}.json" for folder in folders for prefix in SIDE_PREFIXES]
        path = next((candidate for candidate in candidates if candidate.is_file()), None)
        if path is None:
            continue
        try:
            export.side[name] = _read_json(path)
        except ExportError as error:
            export.side_errors.append(str(error))


def _check_items(export):
    """Items that are not JSON objects with a type and a UID cannot be imported; keep the others."""
    good = []
    for number, item in enumerate(export.items, start=1):
        if isinstance(item, dict) and "unexported_paths" in item and "@type" not in item:
            export.unexported.extend(item["unexported_paths"] if isinstance(item["unexported_paths"], list) else [])
            continue
        if not isinstance(item, dict):
            export.bad_items.append(BadItem(f"#{number}", _("The item is not a JSON object.")))
        elif not item.get("UID") or not item.get("@type"):
            source = item.get("@id") or f"#{number}"
            export.bad_items.append(BadItem(str(source), _("The item has no “UID” or no “@type”.")))
        else:
            good.append(item)
    export.items = good


# --------------------------------------------------------------------------------------------------
# Values of an item
# --------------------------------------------------------------------------------------------------


def text_of(value):
    """A plain string field ("title", "description"): None and other types become ""."""
    return value.strip() if isinstance(value, str) else ""


def language_of(item):
    """The item's language code ("pl"), from a string or plone.restapi's {"token": …}; "" if none."""
    value = item.get("language")
    if isinstance(value, dict):
        value = value.get("token")
    return value.strip().lower()[:8] if isinstance(value, str) else ""


def html_of(item, name="text"):
    """The HTML of a rich text field ({"data": …, "content-type": …}) or ""."""
    value = item.get(name)
    if isinstance(value, dict):
        data = value.get("data")
        if not isinstance(data, str):
            return ""
        if value.get("content-type") in ("text/plain", "text/x-web-intelligent"):
            return linebreaks(escape(data))
        return data
    return value if isinstance(value, str) else ""


def uid_of(reference):
    """The UID of a reference ({"UID": …} or {"@id": …, "UID": …}) or None."""
    if isinstance(reference, dict) and isinstance(reference.get("UID"), str):
        return reference["UID"]
    return None


@dataclass
class Blob:
    data: bytes
    filename: str
    content_type: str


def blob_of(item, name, export, max_bytes):
    """The file or image field ``name`` of ``item`` as bytes, or None if the item has none.

    Raises ItemError for data that does not decode, a blob_path that is missing or escapes the export
    folder, and anything larger than ``max_bytes``."""
    value = item.get(name)
    if not isinstance(value, dict):
        return None
    filename = pathlib.PurePosixPath(str(value.get("filename") or item.get("id") or name)).name
    content_type = str(value.get("content-type") or "application/octet-stream")
    size = value.get("size")
    if isinstance(size, int) and size > max_bytes:
        raise ItemError(_too_big(filename, size, max_bytes))
    if value.get("blob_path"):
        return Blob(_read_blob_path(value["blob_path"], export.blob_dir, filename, max_bytes), filename, content_type)
    if value.get("download") and not value.get("data"):
        raise ItemError(
            _(
                "“%(name)s” was exported as a download address; export again with blobs “as base-64 encoded "
                "strings” or “as blob paths”."
            )
            % {"name": filename}
        )
    data = value.get("data")
    if not isinstance(data, str) or not data:
        raise ItemError(_("The file “%(name)s” has neither data nor a blob_path.") % {"name": filename})
    if len(data) * 3 // 4 > max_bytes + 3:
        raise ItemError(_too_big(filename, len(data) * 3 // 4, max_bytes))
    try:
        decoded = base64.b64decode(data, validate=True)
    except (binascii.Error, ValueError) as error:
        raise ItemError(
            _("The data of “%(name)s” is not valid base64 (%(reason)s); export it again.")
            % {"name": filename, "reason": error}
        ) from error
    return Blob(decoded, filename, content_type)


def _too_big(filename, size, max_bytes):
    return _("“%(name)s” has %(size)s MB; the portal takes files up to %(limit)s MB.") % {
        "name": filename,
        "size": f"{size / 1024 / 1024:.1f}".replace(".", ","),
        "limit": f"{max_bytes / 1024 / 1024:.0f}",
    }


def _read_blob_path(blob_path, blob_dir, filename, max_bytes):
    base = blob_dir.resolve()
    candidates = [base / str(blob_path).lstrip("/")]
    for candidate in candidates:
        resolved = candidate.resolve()
        if base not in resolved.parents:
            raise ItemError(
                _("The blob_path of “%(name)s” points outside the blob folder %(folder)s.")
                % {"name": filename, "folder": blob_dir}
            )
        if resolved.is_file():
            size = resolved.stat().st_size
            if size > max_bytes:
                raise ItemError(_too_big(filename, size, max_bytes))
            return resolved.read_bytes()
    raise ItemError(
        _(
            "The file of “%(name)s” is not in the blob folder %(folder)s (blob_path %(path)s); copy the old "
            "site's var/blobstorage there or give --blob-dir."
        )
        % {"name": filename, "path": blob_path, "folder": blob_dir}
    )
