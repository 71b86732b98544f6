"""Writes realistic collective.exportimport exports of a Plone site for tests.

The output mimics what ``@@export_content`` of collective.exportimport (1.10+) writes on a
Plone 6 classic site with plone.app.multilingual and plone.restapi 8/9, with the default
option "Modify exported data for migrations" checked. See /tmp/plone_format.md (later
docs/migration.md) for the verified format description. Key facts reproduced here:

* the content file is one JSON array written as ``[`` + items joined by ``,`` + ``]``, each
  item dumped with ``sort_keys=True, indent=4`` and the default ``ensure_ascii=True`` (Polish
  letters appear as ``\\u0105`` escapes); items are ordered by physical path;
* "one file per item" writes ``<dir>/<Plone>/1.json``, ``2.json``, ... in the same order;
* side exports are written by the add-on as ``export_<name>.json`` (``export_redirects.json``
  etc.), in the same directory as the content file;
* ``created``/``modified``/event ``start``/``end`` and workflow history times are UTC with
  ``+00:00``; ``effective``/``expires`` are naive wall-clock times of the server (Europe/Warsaw);
* blobs are base64 (``{"data", "encoding", "filename", "content-type"}``) or ``blob_path``
  (``{"blob_path", "filename", "content-type", "size"}`` + ``width``/``height`` for images)
  where ``blob_path`` is relative to the old site's ``var/blobstorage`` (ZODB "bushy" layout).
  The add-on does not copy blobs; this builder writes them to ``<dir>/blobstorage`` so that
  the importer can be pointed at it (like ``COLLECTIVE_EXPORTIMPORT_BLOB_HOME``).

Pure Python, no Django imports.
"""

from __future__ import annotations

import base64
import dataclasses
import datetime as dt
import hashlib
import io
import json
import pathlib
import struct
import urllib.parse
import zipfile
import zlib
from collections.abc import Iterable

PORTAL_PLACEHOLDER = "<Portal>"  # site root in export_localroles.json
SITE_ROOT_UUID = "plone_site_root"  # site root in export_defaultpages.json
WORKFLOW_ID = "simple_publication_workflow"
SIDE_EXPORTS = ("redirects", "translations", "relations", "defaultpages", "ordering", "localroles")

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"

CONTENT_TYPES = {
    ".pdf": "application/pdf",
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ".odt": "application/vnd.oasis.opendocument.text",
    ".txt": "text/plain",
    ".png": "image/png",
}

LANGUAGE_TITLES = {"pl": "Polski", "en": "English"}

LAYOUTS = {
    "Folder": "listing_view",
    "LRF": "listing_view",
    "LIF": "listing_view",
    "Document": "document_view",
    "News Item": "newsitem_view",
    "Event": "event_view",
    "File": "file_view",
    "Image": "image_view",
    "Link": "link_redirect_view",
    "Collection": "summary_view",
}

FOLDERISH_TYPES = {"Plone Site", "Folder", "LRF", "LIF"}
# Plone 5+ ships File and Image without a workflow: review_state is null, no history.
NO_WORKFLOW_TYPES = {"File", "Image", "Plone Site"}


@dataclasses.dataclass
class ExportInfo:
    """What a test needs to know about a written export.

    path:           the content file (layout "single") or the folder of numbered item files
                    (layout "folder").
    directory:      the export directory (side files live here; blobstorage/ too).
    layout, blobs:  the options used.
    site_url:       ``@id`` of the Plone Site (e.g. ``https://kooperacja.rops.example.pl/Plone``).
    public_url:     scheme + host the visitors saw (virtual hosting hides ``/Plone``); absolute
                    links in rich text use it.
    site_id:        id of the Plone Site (``Plone``); redirects use physical paths ``/Plone/...``.
    items:          item dicts exactly as written, in export order.
    by_uid:         UID -> item dict.
    uids:           symbolic name -> UID (e.g. ``"news_2021_g_pzk"``), see ``_define_tree``.
    old_paths:      UID -> path relative to the site ``@id`` (``"/pl/aktualnosci/2021/..."``;
                    ``"/"`` for the site root).
    file_bytes:     UID -> bytes of the ``file`` field (File items).
    image_bytes:    UID -> bytes of the ``image`` field (Image items and News Item lead images).
    translations:   translation groups as in the side file (list of ``{lang: UID}``).
    redirects, default_pages, ordering, local_roles, relations: side-file contents.
    side_files:     side export name (``"redirects"``, ...) -> written file.
    blob_home:      directory that ``blob_path`` values are relative to (``None`` for base64).
    link_targets:   every internal ``href``/``src`` written in rich text or ``remoteUrl`` ->
                    UID it must resolve to.
    links_via_redirect: subset of ``link_targets`` keys that resolve only through redirects.
    missing_links:  hrefs pointing at content that is not in the export (must be reported).
    unknown_link:   the absolute old-site URL of a missing item (``missing_links[0]``).
    external_links: external hrefs/srcs (mailto, YouTube, gov.pl, ...), left as they are.
    """

    path: pathlib.Path
    directory: pathlib.Path
    layout: str
    blobs: str
    site_url: str
    public_url: str
    site_id: str
    items: list[dict]
    by_uid: dict[str, dict]
    uids: dict[str, str]
    old_paths: dict[str, str]
    file_bytes: dict[str, bytes]
    image_bytes: dict[str, bytes]
    translations: list[dict[str, str]]
    redirects: dict[str, str]
    default_pages: list[dict]
    ordering: list[dict]
    local_roles: list[dict]
    relations: list[dict]
    side_files: dict[str, pathlib.Path]
    blob_home: pathlib.Path | None
    link_targets: dict[str, str]
    links_via_redirect: list[str]
    missing_links: list[str]
    unknown_link: str
    external_links: list[str]


# ---------------------------------------------------------------------------
# Small deterministic helpers
# ---------------------------------------------------------------------------


def make_uid(name: str) -> str:
    """A fixed 32-hex UID (Plone's format) derived from a symbolic name."""
    return hashlib.md5(f"rops-kooperacja:{name}".encode()).hexdigest()


def _last_sunday(year: int, month: int) -> dt.date:
    day = dt.date(year, month, 31)
    return day - dt.timedelta(days=(day.weekday() + 1) % 7)


def warsaw_offset(local: dt.datetime) -> dt.timedelta:
    """UTC offset of Europe/Warsaw for a naive wall-clock time (EU DST rule, no tzdata needed)."""
    start = dt.datetime.combine(_last_sunday(local.year, 3), dt.time(2))
    end = dt.datetime.combine(_last_sunday(local.year, 10), dt.time(3))
    return dt.timedelta(hours=2 if start <= local < end else 1)


def warsaw(year: int, month: int, day: int, hour: int = 9, minute: int = 0, second: int = 0) -> dt.datetime:
    """Naive Europe/Warsaw wall-clock time."""
    return dt.datetime(year, month, day, hour, minute, second)


def iso_utc(local: dt.datetime) -> str:
    """How plone.restapi writes created/modified/start/end: converted to UTC, ``+00:00``."""
    utc = local - warsaw_offset(local)
    return utc.strftime("%Y-%m-%dT%H:%M:%S+00:00")


def iso_naive(local: dt.datetime) -> str:
    """How plone.restapi writes effective/expires (Dexterity getter drops the zone)."""
    return local.strftime("%Y-%m-%dT%H:%M:%S")


def make_png(width: int, height: int, seed: int = 0) -> bytes:
    """A valid RGB PNG with a gradient; ``seed`` varies the colours."""
    rows = []
    for y in range(height):
        row = bytearray(b"\x00")  # filter type 0
        for x in range(width):
            row += bytes(
                (
                    (x * 255 // max(width - 1, 1) + seed * 37) % 256,
                    (y * 255 // max(height - 1, 1) + seed * 71) % 256,
                    (120 + seed * 53) % 256,
                )
            )
        rows.append(bytes(row))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        PNG_SIGNATURE + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"".join(rows), 9)) + chunk(b"IEND", b"")
    )


def _pdf_text(text: str) -> str:
    # The standard Helvetica font has no Polish letters; the visible line is transliterated,
    # the proper title goes to /Info as UTF-16.
    table = str.maketrans("ąćęłńóśźżĄĆĘŁŃÓŚŹŻ–„”", 'acelnoszzACELNOSZZ-""')
    ascii_text = text.translate(table).encode("ascii", "replace").decode()
    return ascii_text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def make_pdf(title: str, sentence: str) -> bytes:
    """A minimal valid one-page PDF 1.4 with a correct xref table."""
    content = f"BT /F1 14 Tf 72 770 Td ({_pdf_text(sentence)}) Tj ET".encode("ascii")
    title_hex = (b"\xfe\xff" + title.encode("utf-16-be")).hex().upper()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length " + str(len(content)).encode() + b" >>\nstream\n" + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Title <" + title_hex.encode() + b"> /Producer (ROPS) >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref_at = len(out)
    out += f"xref\n0 {len(objects) + 1}\n".encode() + b"0000000000 65535 f \n"
    for offset in offsets:
        out += f"{offset:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R /Info 6 0 R >>\nstartxref\n{xref_at}\n%%EOF\n".encode()
    return bytes(out)


def _zip(entries: list[tuple[str, str, int]]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, text, method in entries:
            info = zipfile.ZipInfo(name, date_time=(2022, 3, 1, 12, 0, 0))
            info.compress_type = method
            info.external_attr = 0o644 << 16
            archive.writestr(info, text.encode("utf-8"))
    return buffer.getvalue()


def make_docx(paragraphs: list[str]) -> bytes:
    body = "".join(f"<w:p><w:r><w:t>{p}</w:t></w:r></w:p>" for p in paragraphs)
    return _zip(
        [
            (
                "[Content_Types].xml",
                '<?xml version="1.0" encoding="UTF-8"?>'
                '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                '<Default Extension="xml" ContentType="application/xml"/>'
                '<Override PartName="/word/document.xml" ContentType="application/'
                'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
                zipfile.ZIP_DEFLATED,
            ),
            (
                "_rels/.rels",
                '<?xml version="1.0" encoding="UTF-8"?>'
                '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                'relationships/officeDocument" Target="word/document.xml"/></Relationships>',
                zipfile.ZIP_DEFLATED,
            ),
            (
                "word/document.xml",
                '<?xml version="1.0" encoding="UTF-8"?>'
                '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
                f"<w:body>{body}</w:body></w:document>",
                zipfile.ZIP_DEFLATED,
            ),
        ]
    )


def make_odt(paragraphs: list[str]) -> bytes:
    body = "".join(f"<text:p>{p}</text:p>" for p in paragraphs)
    return _zip(
        [
            # ODF requires an uncompressed "mimetype" entry first.
            ("mimetype", CONTENT_TYPES[".odt"], zipfile.ZIP_STORED),
            (
                "content.xml",
                '<?xml version="1.0" encoding="UTF-8"?>'
                '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
                'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
                f"<office:body><office:text>{body}</office:text></office:body></office:document-content>",
                zipfile.ZIP_DEFLATED,
            ),
            (
                "META-INF/manifest.xml",
                '<?xml version="1.0" encoding="UTF-8"?>'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
                'manifest:version="1.2"><manifest:file-entry manifest:full-path="/" '
                f'manifest:media-type="{CONTENT_TYPES[".odt"]}"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                "</manifest:manifest>",
                zipfile.ZIP_DEFLATED,
            ),
        ]
    )


# ---------------------------------------------------------------------------
# Writers shared by build_export and generate_news
# ---------------------------------------------------------------------------


def _dump(data) -> str:
    # The add-on uses json.dump(..., sort_keys=True, indent=4) with the default ensure_ascii.
    return json.dumps(data, sort_keys=True, indent=4)


def _write_single(path: pathlib.Path, items: Iterable[dict]) -> None:
    with path.open("w", encoding="ascii") as handle:
        number = 0
        for number, item in enumerate(items, start=1):
            handle.write("[" if number == 1 else ",")
            handle.write(_dump(item))
        if number:
            handle.write("]")


def _write_folder(path: pathlib.Path, items: Iterable[dict]) -> None:
    path.mkdir(parents=True, exist_ok=True)
    for number, item in enumerate(items, start=1):
        (path / f"{number}.json").write_text(_dump(item), encoding="ascii")


class _BlobStore:
    """Emulates ZODB's bushy blob layout: ``0x00/.../0x2a/<tid>.blob``."""

    def __init__(self, root: pathlib.Path):
        self.root = root
        self.counter = 0
        root.mkdir(parents=True, exist_ok=True)
        (root / ".layout").write_text("bushy\n", encoding="ascii")

    def add(self, data: bytes) -> str:
        self.counter += 1
        oid = struct.pack(">Q", 0x4A10 + self.counter * 0x133)
        tid = struct.pack(">Q", 0x03E1B7C2D4A5F000 + self.counter * 0x11111)
        directory = "/".join(f"0x{byte:02x}" for byte in oid)
        tid_hex = tid.hex().lstrip("0")
        tid_hex = ("0" + tid_hex) if len(tid_hex) % 2 else tid_hex
        relative = f"{directory}/0x{tid_hex}.blob"
        target = self.root / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
        return relative


def _png_size(data: bytes) -> tuple[int, int]:
    return struct.unpack(">II", data[16:24])


def _blob_field(data: bytes, filename: str, content_type: str, blobs: str, store: _BlobStore | None) -> dict:
    if blobs == "base64":
        return {
            "content-type": content_type,
            "data": base64.b64encode(data).decode("ascii"),
            "encoding": "base64",
            "filename": filename,
        }
    value = {"blob_path": store.add(data), "content-type": content_type, "filename": filename, "size": len(data)}
    if content_type.startswith("image/"):
        value["width"], value["height"] = _png_size(data)
    return value


def _site_parts(site_url: str) -> tuple[str, str, str]:
    site_url = site_url.rstrip("/")
    parsed = urllib.parse.urlsplit(site_url)
    public_url = f"{parsed.scheme}://{parsed.netloc}"
    site_id = parsed.path.rstrip("/").split("/")[-1] or "Plone"
    return site_url, public_url, site_id


# ---------------------------------------------------------------------------
# The realistic site
# ---------------------------------------------------------------------------


@dataclasses.dataclass
class _Node:
    name: str
    type: str
    path: str  # relative to the site, "" for the root
    title: str
    description: str = ""
    state: str | None = "published"
    language: str = "pl"
    created: dt.datetime = dataclasses.field(default_factory=lambda: warsaw(2020, 10, 5))
    modified: dt.datetime | None = None
    effective: dt.datetime | None = None
    creator: str = "m.kowalska"
    subjects: list[str] = dataclasses.field(default_factory=list)
    exclude_from_nav: bool = False
    layout: str | None = None
    fields: dict = dataclasses.field(default_factory=dict)
    blob: tuple[str, bytes, str] | None = None  # (field, data, filename)
    children: list[_Node] = dataclasses.field(default_factory=list)
    parent: _Node | None = None
    order_gap_before: bool = False

    @property
    def uid(self) -> str:
        return make_uid(self.name)


class _Site:
    def __init__(self, site_url: str, blobs: str, migration: bool, include_site_root: bool):
        self.site_url, self.public_url, self.site_id = _site_parts(site_url)
        self.blobs = blobs
        self.migration = migration
        self.include_site_root = include_site_root
        self.nodes: dict[str, _Node] = {}
        self.link_targets: dict[str, str] = {}
        self.links_via_redirect: list[str] = []
        self.missing_links: list[str] = []
        self.external_links: list[str] = []
        self.root = _Node(
            "site",
            "Plone Site",
            "",
            "Portal Kooperacji ROPS",
            "Model Kooperacji – współpraca instytucji na rzecz rodzin",
            state=None,
        )
        self.nodes["site"] = self.root

    # -- tree construction -------------------------------------------------

    def add(self, parent: str, name: str, type_: str, id_: str, title: str, **kwargs) -> _Node:
        parent_node = self.nodes[parent]
        node = _Node(name, type_, f"{parent_node.path}/{id_}", title, parent=parent_node, **kwargs)
        if type_ in NO_WORKFLOW_TYPES:
            node.state = None
        if parent_node.type == "LIF":
            node.language = ""  # content of a language independent folder
        elif parent_node.type != "Plone Site":
            node.language = parent_node.language
        parent_node.children.append(node)
        self.nodes[name] = node
        return node

    def uid(self, name: str) -> str:
        return self.nodes[name].uid if name in self.nodes else make_uid(name)

    # -- links ---------------------------------------------------------------

    def ruid(self, name: str, style: str = "p6", suffix: str = "") -> str:
        """A resolveuid href in one of the forms found in Plone rich text."""
        uid = make_uid(name)
        prefix = {
            "p6": "../resolveuid/",  # TinyMCE in Plone 5.2/6
            "p4": "resolveuid/",  # TinyMCE in Plone 4 / pasted
            "public": f"{self.public_url}/resolveuid/",
            "site": f"{self.site_url}/resolveuid/",
        }[style]
        href = f"{prefix}{uid}{suffix}"
        if name in self.nodes:
            self.link_targets[href] = uid
        else:
            self.missing_links.append(href)
        return href

    def a(self, name: str, text: str, style: str = "p6", suffix: str = "") -> str:
        href = self.ruid(name, style, suffix)
        if style == "p6":
            return f'<a href="{href}" data-linktype="internal" data-val="{make_uid(name)}">{text}</a>'
        return f'<a href="{href}">{text}</a>'

    def a_url(self, name: str, text: str, *, site: bool = False, suffix: str = "") -> str:
        """Absolute link copied from the browser: public URL (or the backend URL with /Plone)."""
        base = self.site_url if site else self.public_url
        href = f"{base}{self.nodes[name].path}{suffix}"
        self.link_targets[href] = self.nodes[name].uid
        return f'<a href="{href}">{text}</a>'

    def a_redirected(self, old_path: str, name: str, text: str) -> str:
        """Link to a path that exists only as a redirect (plone.app.redirector)."""
        href = f"{self.public_url}{old_path}"
        self.link_targets[href] = self.nodes[name].uid
        self.links_via_redirect.append(href)
        return f'<a href="{href}">{text}</a>'

    def a_missing(self, path: str, text: str) -> str:
        href = f"{self.public_url}{path}"
        self.missing_links.insert(0, href)
        return f'<a href="{href}">{text}</a>'

    def a_external(self, href: str, text: str) -> str:
        self.external_links.append(href)
        return f'<a href="{href}">{text}</a>'

    def img(self, name: str, alt: str, style: str = "p6", scale: str = "preview") -> str:
        uid = make_uid(name)
        if style == "p6":
            src = self.ruid(name, "p6", f"/@@images/image/{scale}")
            return (
                f'<img src="{src}" class="image-richtext image-inline" alt="{alt}" '
                f'data-linktype="image" data-scale="{scale}" data-val="{uid}" />'
            )
        if style == "p5":
            src = self.ruid(name, "p4", f"/@@images/image/{scale}")
            return f'<img src="{src}" class="image-richtext image-inline" alt="{alt}" />'
        src = self.ruid(name, "p4", f"/image_{scale}")  # Plone 4 scale names
        return f'<img src="{src}" class="image-inline" alt="{alt}" />'

    # -- serialization ---------------------------------------------------------

    def url(self, node: _Node) -> str:
        return f"{self.site_url}{node.path}"

    def physical(self, node: _Node) -> str:
        return f"/{self.site_id}{node.path}"

    def language_value(self, code: str):
        if self.migration or code not in LANGUAGE_TITLES:
            return code
        return {"title": LANGUAGE_TITLES[code], "token": code}

    def summary(self, node: _Node) -> dict:
        if node.type == "Plone Site":
            data = {
                "@id": self.url(node),
                "@type": "Plone Site",
                "description": node.description,
                "title": node.title,
            }
            data["UID"] = node.uid if self.include_site_root else None
            return data
        return {
            "@id": self.url(node),
            "@type": node.type,
            "UID": node.uid,
            "description": node.description,
            "review_state": node.state,
            "title": node.title,
        }

    def workflow_history(self, node: _Node) -> dict:
        created = iso_utc(node.created)
        history = [{"action": None, "actor": node.creator, "comments": "", "review_state": "private", "time": created}]
        if node.state == "pending":
            submitted = node.modified or node.created
            history.append(
                {
                    "action": "submit",
                    "actor": node.creator,
                    "comments": "Proszę o akceptację.",
                    "review_state": "pending",
                    "time": iso_utc(submitted),
                }
            )
        if node.state == "published":
            history.append(
                {
                    "action": "publish",
                    "actor": "a.wisniewska",
                    "comments": "",
                    "review_state": "published",
                    "time": iso_utc(node.effective or node.created),
                }
            )
        return {WORKFLOW_ID: history}

    def serialize(self, node: _Node, store: _BlobStore | None, file_bytes: dict, image_bytes: dict) -> dict:
        if node.type == "Plone Site":
            item = {
                "@id": self.url(node),
                "@type": "Plone Site",
                "UID": node.uid,
                "description": node.description,
                "id": self.site_id,
                "is_folderish": True,
                "items_total": len(node.children),
                "language": self.language_value("pl"),
                "parent": {},
                "title": node.title,
            }
            return item
        modified = node.modified or node.created
        item = {
            "@id": self.url(node),
            "@type": node.type,
            "UID": node.uid,
            "allow_discussion": False,
            "contributors": [],
            "created": iso_utc(node.created),
            "creators": [node.creator],
            "description": node.description,
            "effective": iso_naive(node.effective) if node.effective else None,
            "exclude_from_nav": node.exclude_from_nav,
            "expires": None,
            "id": node.path.rsplit("/", 1)[-1],
            "is_folderish": node.type in FOLDERISH_TYPES,
            "language": self.language_value(node.language),
            "layout": node.layout or LAYOUTS[node.type],
            "modified": iso_utc(modified),
            "parent": self.summary(node.parent),
            "review_state": node.state,
            "rights": None,
            "subjects": list(node.subjects),
            "title": node.title,
            "version": "current",
        }
        if node.type in {"Document", "News Item", "Event", "Link", "Collection"}:
            item["changeNote"] = ""
        if node.type == "Folder":
            item["nextPreviousEnabled"] = False
        if node.type == "Document":
            item["table_of_contents"] = None
        if node.type == "Collection":
            item["items_total"] = sum(1 for n in self.nodes.values() if n.type == "News Item" and n.language == "pl")
        if node.state is not None:
            item["workflow_history"] = self.workflow_history(node)
        if not self.migration:
            # Without the migration option restapi keeps navigation helpers and relation fields.
            item["previous_item"] = {}
            item["next_item"] = {}
        item.update(node.fields)
        if "text" in item and isinstance(item["text"], str):
            item["text"] = {"content-type": "text/html", "data": item["text"], "encoding": "utf-8"}
        if node.blob:
            field, data, filename = node.blob
            content_type = CONTENT_TYPES[pathlib.PurePath(filename).suffix]
            item[field] = _blob_field(data, filename, content_type, self.blobs, store)
            (image_bytes if field == "image" else file_bytes)[node.uid] = data
        return item

    def walk(self) -> Iterable[_Node]:
        stack = [self.root]
        while stack:
            node = stack.pop()
            yield node
            stack.extend(reversed(node.children))


def _define_tree(site: _Site) -> None:  # noqa: PLR0915 - one long, readable content definition
    """The demo site. Symbolic names (first argument after parent) are ExportInfo.uids keys."""
    add = site.add
    y21, y22, y23 = 2021, 2022, 2023

    # Language root folders (plone.app.multilingual): published, excluded from navigation.
    add("site", "lrf_pl", "LRF", "pl", "Polski", language="pl", exclude_from_nav=True, created=warsaw(2020, 9, 1))
    add("site", "lrf_en", "LRF", "en", "English", language="en", exclude_from_nav=True, created=warsaw(2020, 9, 1))
    for lrf, code in (("lrf_pl", "pl"), ("lrf_en", "en")):
        site.nodes[lrf].language = code
        site.nodes[lrf].effective = warsaw(2020, 9, 1, 10)
    add(
        "lrf_pl",
        "lif_assets",
        "LIF",
        "assets",
        "Pliki wspólne",
        description="Materiały wspólne dla wszystkich wersji językowych",
        exclude_from_nav=True,
        created=warsaw(2020, 9, 1),
        effective=warsaw(2020, 9, 1, 10),
    )
    site.nodes["lif_assets"].language = "pl"  # PAM gives the LIF the language of its LRF

    add("lif_assets", "img_logo", "Image", "logo-rops.png", "Logo ROPS", created=warsaw(2020, 9, 2))
    add(
        "lif_assets",
        "file_broszura",
        "File",
        "model-kooperacji-broszura.pdf",
        "Broszura informacyjna – Model Kooperacji",
        created=warsaw(2020, 11, 3),
    )

    # O projekcie
    add(
        "lrf_pl",
        "folder_o_projekcie",
        "Folder",
        "o-projekcie",
        "O projekcie",
        description="Informacje o projekcie wdrażania Modelu Kooperacji",
        effective=warsaw(2020, 10, 6, 8),
    )
    add(
        "folder_o_projekcie",
        "doc_o_projekcie",
        "Document",
        "o-projekcie",
        "O projekcie Model Kooperacji",
        description="Cele, odbiorcy i rezultaty projektu",
        effective=warsaw(2020, 10, 6, 8, 30),
        modified=warsaw(2023, 1, 12, 14, 5),
        subjects=["Model Kooperacji"],
    )
    add(
        "folder_o_projekcie",
        "doc_zespol",
        "Document",
        "zespol-projektowy",
        "Zespół projektowy",
        effective=warsaw(2020, 10, 7, 9),
    )
    add(
        "folder_o_projekcie",
        "doc_partnerzy",
        "Document",
        "partnerzy",
        "Partnerzy projektu",
        effective=warsaw(2020, 10, 7, 9, 15),
    )
    add("folder_o_projekcie", "doc_kontakt", "Document", "kontakt", "Kontakt", effective=warsaw(2020, 10, 7, 9, 20))
    add(
        "folder_o_projekcie",
        "link_external",
        "Link",
        "strona-ministerstwa",
        "Ministerstwo Rodziny i Polityki Społecznej",
        description="Serwis ministerstwa – polityka rodzinna",
        effective=warsaw(2020, 10, 8, 10),
    )
    add(
        "folder_o_projekcie",
        "link_internal",
        "Link",
        "dokumenty-modelu",
        "Dokumenty Modelu Kooperacji",
        effective=warsaw(2020, 10, 8, 10, 5),
    )

    # Aktualności with year folders and a collection as the default page.
    add(
        "lrf_pl",
        "folder_aktualnosci",
        "Folder",
        "aktualnosci",
        "Aktualności",
        effective=warsaw(2020, 10, 6, 8),
        layout="summary_view",
    )
    add(
        "folder_aktualnosci",
        "collection_aktualnosci",
        "Collection",
        "wszystkie-aktualnosci",
        "Aktualności",
        description="Najnowsze informacje z projektu",
        effective=warsaw(2020, 10, 6, 8, 10),
    )
    for year in (y21, y22, y23):
        add(
            "folder_aktualnosci",
            f"folder_{year}",
            "Folder",
            str(year),
            str(year),
            effective=warsaw(year, 1, 4, 8),
            created=warsaw(year, 1, 4, 8),
        )

    news = [
        # (name, year, id, title, description, day, subjects, lead image, caption, state)
        (
            "news_2021_g_pzk",
            y21,
            "g-pzk-ruszyly-prace",
            "Ruszyły prace Gminno-Powiatowych Zespołów Kooperacji",
            "W pięciu powiatach pilotażowych powołano pierwsze zespoły G-PZK.",
            (2, 15),
            ["G-PZK", "Model Kooperacji"],
            True,
            "Pierwsze posiedzenie G-PZK w Zamościu",
            "published",
        ),
        (
            "news_2021_asystent",
            y21,
            "asystent-rodziny-nowe-standardy",
            "Asystent rodziny w modelu kooperacji – nowe standardy współpracy",
            "Jak asystent rodziny współpracuje z koordynatorem kooperacji?",
            (3, 22),
            ["asystent rodziny"],
            False,
            "",
            "published",
        ),
        (
            "news_2021_koordynatorzy",
            y21,
            "spotkanie-koordynatorow",
            "Pierwsze spotkanie koordynatorów kooperacji w regionie",
            "Koordynatorzy z gmin i powiatów wymienili się doświadczeniami.",
            (4, 28),
            ["G-PZK", "koordynator"],
            False,
            "",
            "published",
        ),
        (
            "news_2021_szkola",
            y21,
            "szkola-kooperacji-rekrutacja",
            "Szkoła Kooperacji – rekrutacja na pierwszą edycję",
            "Zapraszamy pracowników OPS i PCPR do udziału w Szkole Kooperacji.",
            (5, 10),
            ["Szkoła Kooperacji"],
            True,
            "",
            "published",
        ),
        (
            "news_2021_genogram",
            y21,
            "genogram-warsztaty",
            "Genogram w pracy socjalnej – podsumowanie warsztatów",
            "Uczestnicy ćwiczyli tworzenie genogramu i ekomapy rodziny.",
            (6, 18),
            ["genogram", "warsztaty"],
            False,
            "",
            "published",
        ),
        (
            "news_2021_konsultacje",
            y21,
            "konsultacje-powiaty-pilotazowe",
            "Konsultacje modelu kooperacji w powiatach pilotażowych",
            "Zbieramy uwagi praktyków do procedur kooperacji.",
            (9, 6),
            ["konsultacje modelu"],
            False,
            "",
            "published",
        ),
        (
            "news_2021_zi",
            y21,
            "zespoly-interdyscyplinarne-a-g-pzk",
            "Zespoły interdyscyplinarne a G-PZK – jak łączyć działania?",
            "Szkic artykułu o relacji zespołów interdyscyplinarnych i G-PZK.",
            (10, 14),
            ["zespoły interdyscyplinarne", "G-PZK"],
            False,
            "",
            "private",
        ),
        (
            "news_2021_podsumowanie",
            y21,
            "podsumowanie-2021",
            "Podsumowanie roku 2021 w projekcie",
            "Najważniejsze liczby i wydarzenia pierwszego roku pilotażu.",
            (12, 20),
            ["Model Kooperacji"],
            False,
            "",
            "published",
        ),
        (
            "news_2022_smart",
            y22,
            "cele-smart-plan-pomocy",
            "Cele SMART w planie pomocy rodzinie",
            "Jak formułować cele konkretne, mierzalne i osiągalne?",
            (1, 19),
            ["cele SMART", "asystent rodziny"],
            True,
            "Arkusz planowania celów SMART",
            "published",
        ),
        (
            "news_2022_empowerment",
            y22,
            "empowerment-w-praktyce",
            "Empowerment – wzmacnianie rodzin w praktyce",
            "Podejście skoncentrowane na zasobach rodziny.",
            (2, 23),
            ["empowerment"],
            False,
            "",
            "published",
        ),
        (
            "news_2022_zaproszenie",
            y22,
            "konsultacje-modelu-kooperacji-zaproszenie",
            "Konsultacje modelu kooperacji – zaproszenie",
            "Zapraszamy na spotkania konsultacyjne w maju 2022 r.",
            (4, 4),
            ["konsultacje modelu"],
            False,
            "",
            "published",
        ),
        (
            "news_2022_szkola2",
            y22,
            "szkola-kooperacji-druga-edycja",
            "Druga edycja Szkoły Kooperacji zakończona",
            "Certyfikaty otrzymało 48 absolwentów.",
            (6, 30),
            ["Szkoła Kooperacji"],
            True,
            "Absolwenci drugiej edycji Szkoły Kooperacji",
            "published",
        ),
        (
            "news_2022_lubelskie",
            y22,
            "wizyta-studyjna-lubelskie",
            "Wizyta studyjna partnerów z województwa lubelskiego",
            "Goście poznali pracę G-PZK w praktyce.",
            (8, 25),
            ["G-PZK", "wizyta studyjna"],
            False,
            "",
            "published",
        ),
        (
            "news_2022_raport",
            y22,
            "raport-z-konsultacji-dostepny",
            "Raport z konsultacji modelu już dostępny",
            "Publikujemy wnioski z konsultacji modelu kooperacji.",
            (10, 3),
            ["konsultacje modelu", "raport"],
            False,
            "",
            "published",
        ),
        (
            "news_2022_superwizja",
            y22,
            "superwizja-asystentow",
            "Superwizja dla asystentów rodziny",
            "Nowa forma wsparcia dla asystentów rodziny – czeka na akceptację.",
            (11, 14),
            ["asystent rodziny", "superwizja"],
            False,
            "",
            "pending",
        ),
        (
            "news_2022_ukraina",
            y22,
            "wsparcie-rodzin-z-ukrainy",
            "Kooperacja w czasie kryzysu – wsparcie dla rodzin z Ukrainy",
            "Jak zespoły kooperacji pomagały rodzinom uchodźczym.",
            (3, 15),
            ["G-PZK", "Ukraina"],
            True,
            "Punkt informacyjny dla rodzin z Ukrainy",
            "published",
        ),
        (
            "news_2023_perspektywa",
            y23,
            "model-kooperacji-nowa-perspektywa",
            "Model Kooperacji w nowej perspektywie finansowej",
            "Model będzie rozwijany w programie Fundusze Europejskie dla Rozwoju Społecznego.",
            (1, 17),
            ["Model Kooperacji"],
            False,
            "",
            "published",
        ),
        (
            "news_2023_mapa",
            y23,
            "mapa-zasobow-gminy",
            "Mapa zasobów gminy – narzędzie dla G-PZK",
            "Nowe narzędzie do inwentaryzacji usług w gminie.",
            (3, 9),
            ["G-PZK", "narzędzia"],
            True,
            "Fragment mapy zasobów gminy",
            "published",
        ),
        (
            "news_2023_konferencja",
            y23,
            "konferencja-podsumowujaca",
            "Konferencja podsumowująca projekt",
            "Spotkaliśmy się, aby podsumować trzy lata kooperacji.",
            (6, 16),
            ["konferencja", "Model Kooperacji"],
            True,
            "Panel dyskusyjny podczas konferencji",
            "published",
        ),
        (
            "news_2023_dyzury",
            y23,
            "dyzury-konsultacyjne",
            "Dyżury konsultacyjne dla koordynatorów",
            "Harmonogram dyżurów – wersja robocza.",
            (9, 4),
            ["koordynator"],
            False,
            "",
            "private",
        ),
    ]
    for seed, (name, year, id_, title, description, (month, day), subjects, lead, caption, state) in enumerate(news):
        published = warsaw(year, month, day, 10, 30)
        node = add(
            f"folder_{year}",
            name,
            "News Item",
            id_,
            title,
            description=description,
            subjects=subjects,
            created=published - dt.timedelta(days=2, hours=3),
            modified=published + dt.timedelta(days=1, hours=2),
            effective=published if state == "published" else None,
            state=state,
            creator="j.nowak" if seed % 3 else "m.kowalska",
        )
        node.fields["image_caption"] = caption or None
        if lead:
            node.blob = ("image", make_png(80 + seed * 4, 60 + seed * 2, seed=seed), f"{id_}.png")

    # Dokumenty
    add("lrf_pl", "folder_dokumenty", "Folder", "dokumenty", "Dokumenty", effective=warsaw(2020, 10, 6, 8))
    add(
        "folder_dokumenty",
        "folder_model",
        "Folder",
        "model-kooperacji",
        "Model Kooperacji",
        description="Dokumenty opisujące Model Kooperacji",
        effective=warsaw(2020, 11, 2, 9),
    )
    add(
        "folder_model",
        "doc_opis_modelu",
        "Document",
        "opis-modelu",
        "Opis Modelu Kooperacji",
        description="Założenia, etapy wdrożenia i narzędzia modelu",
        effective=warsaw(2020, 11, 2, 9, 30),
        modified=warsaw(2022, 10, 4, 16, 45),
        subjects=["Model Kooperacji", "G-PZK"],
    )
    add("folder_model", "img_schemat", "Image", "schemat-modelu.png", "Schemat Modelu Kooperacji")
    add(
        "folder_model",
        "file_model_2021",
        "File",
        "model-kooperacji-2021.pdf",
        "Model Kooperacji – wersja 2021",
        created=warsaw(2021, 1, 20),
    )
    add(
        "folder_model",
        "file_procedury",
        "File",
        "procedury-kooperacji.pdf",
        "Procedury kooperacji",
        created=warsaw(2021, 2, 3),
    )
    add(
        "folder_model",
        "file_karta",
        "File",
        "karta-wspolpracy-g-pzk.docx",
        "Karta współpracy G-PZK (wzór)",
        created=warsaw(2021, 2, 3),
    )
    add(
        "folder_model",
        "folder_narzedzia",
        "Folder",
        "narzedzia",
        "Narzędzia pracy z rodziną",
        effective=warsaw(2021, 3, 1, 9),
    )
    add(
        "folder_narzedzia",
        "file_genogram",
        "File",
        "genogram-instrukcja.pdf",
        "Genogram – instrukcja",
        created=warsaw(2021, 6, 21),
    )
    add(
        "folder_narzedzia",
        "file_smart",
        "File",
        "cele-smart-arkusz.pdf",
        "Cele SMART – arkusz",
        created=warsaw(2022, 1, 18),
    )
    add(
        "folder_narzedzia",
        "file_lista",
        "File",
        "lista-kontrolna-koordynatora.txt",
        "Lista kontrolna koordynatora kooperacji",
        created=warsaw(2022, 2, 1),
    )
    add(
        "folder_dokumenty",
        "folder_raporty",
        "Folder",
        "raporty",
        "Raporty",
        effective=warsaw(2021, 12, 1, 9),
    )
    site.nodes["folder_raporty"].order_gap_before = True  # a deleted item left a hole
    add(
        "folder_raporty",
        "file_raport",
        "File",
        "raport-z-konsultacji-2022.pdf",
        "Raport z konsultacji modelu kooperacji 2022",
        created=warsaw(2022, 10, 3),
    )
    add(
        "folder_raporty",
        "file_sprawozdanie",
        "File",
        "sprawozdanie-2021.odt",
        "Sprawozdanie z realizacji projektu za 2021 r.",
        created=warsaw(2022, 1, 31),
    )
    add(
        "folder_dokumenty",
        "doc_szkola_program",
        "Document",
        "program-szkoly-kooperacji",
        "Program Szkoły Kooperacji",
        effective=warsaw(2021, 5, 10, 11),
        subjects=["Szkoła Kooperacji"],
    )
    add(
        "folder_dokumenty",
        "doc_robocza",
        "Document",
        "procedury-wersja-robocza",
        "Procedury kooperacji – wersja robocza",
        description="Dokument roboczy, nie publikować.",
        state="private",
        created=warsaw(2022, 9, 12),
    )

    # Wydarzenia
    add("lrf_pl", "folder_wydarzenia", "Folder", "wydarzenia", "Wydarzenia", effective=warsaw(2020, 10, 6, 8))
    add(
        "folder_wydarzenia",
        "file_agenda",
        "File",
        "agenda-forum-2022.pdf",
        "Agenda Forum Koordynatorów 2022",
        created=warsaw(2022, 9, 1),
    )
    events = [
        # name, id, title, start, end, whole_day, open_end, recurrence, location, contact, url, state, attendees
        (
            "event_szkola_zjazd",
            "szkola-kooperacji-zjazd-1",
            "Szkoła Kooperacji – zjazd I",
            warsaw(2022, 3, 14, 9),
            warsaw(2022, 3, 14, 15),
            False,
            False,
            None,
            "Sala 105, siedziba ROPS",
            ("Anna Wiśniewska", "a.wisniewska@rops.example.pl", "+48 81 555 01 23"),
            "https://szkolenia.rops.example.pl/szkola-kooperacji",
            "published",
            [],
        ),
        (
            "event_konsultacje_zamosc",
            "konsultacje-powiat-zamojski",
            "Konsultacje modelu kooperacji – powiat zamojski",
            warsaw(2022, 5, 18, 0),
            warsaw(2022, 5, 18, 23, 59, 59),
            True,
            False,
            None,
            "Starostwo Powiatowe w Zamościu",
            ("Jan Nowak", "j.nowak@rops.example.pl", "+48 81 555 01 24"),
            None,
            "published",
            [],
        ),
        (
            "event_warsztaty_genogram",
            "warsztaty-genogram-ekomapa",
            "Warsztaty: genogram i ekomapa",
            warsaw(2022, 6, 8, 10),
            warsaw(2022, 6, 8, 14),
            False,
            False,
            None,
            "MOPS, ul. Słoneczna 4",
            ("Anna Wiśniewska", "a.wisniewska@rops.example.pl", ""),
            None,
            "published",
            [],
        ),
        (
            "event_forum",
            "forum-koordynatorow-g-pzk",
            "Forum Koordynatorów G-PZK",
            warsaw(2022, 9, 22, 0),
            warsaw(2022, 9, 23, 23, 59, 59),
            True,
            False,
            None,
            "Hotel Kongresowy, sala A",
            ("Zespół projektu", "kooperacja@rops.example.pl", "+48 81 555 01 20"),
            "https://forms.example.com/forum-g-pzk-2022",
            "published",
            [],
        ),
        (
            "event_dyzur",
            "dyzur-asystenci-rodziny",
            "Dyżur konsultacyjny dla asystentów rodziny",
            warsaw(2022, 10, 4, 12),
            warsaw(2022, 10, 4, 13),
            False,
            False,
            "RRULE:FREQ=WEEKLY;COUNT=6",
            "Online (MS Teams)",
            ("Jan Nowak", "j.nowak@rops.example.pl", ""),
            None,
            "published",
            [],
        ),
        (
            "event_konferencja",
            "konferencja-podsumowujaca",
            "Konferencja podsumowująca projekt",
            warsaw(2023, 6, 15, 10),
            warsaw(2023, 6, 15, 23, 59, 59),
            False,
            True,
            None,
            "Centrum Spotkań Kultur, sala koncertowa",
            ("Zespół projektu", "kooperacja@rops.example.pl", "+48 81 555 01 20"),
            "https://kooperacja.rops.example.pl/konferencja2023",
            "published",
            [],
        ),
        (
            "event_webinar",
            "webinar-cele-smart",
            "Webinar: cele SMART w planie pomocy",
            warsaw(2023, 2, 21, 11),
            warsaw(2023, 2, 21, 12, 30),
            False,
            False,
            None,
            "",
            ("", "", ""),
            "https://zoom.example.com/j/123456789",
            "private",
            [],
        ),
        (
            "event_zi",
            "spotkanie-zespolow-interdyscyplinarnych",
            "Spotkanie sieciujące zespołów interdyscyplinarnych",
            warsaw(2021, 11, 25, 0),
            warsaw(2021, 11, 25, 23, 59, 59),
            True,
            False,
            None,
            "Urząd Gminy Biłgoraj",
            ("Maria Kowalska", "m.kowalska@rops.example.pl", "+48 81 555 01 21"),
            None,
            "published",
            ["ZI Biłgoraj", "ZI Tomaszów Lubelski", "PCPR Zamość"],
        ),
    ]
    for name, id_, title, start, end, whole_day, open_end, rrule, location, contact, url, state, attendees in events:
        node = add(
            "folder_wydarzenia",
            name,
            "Event",
            id_,
            title,
            created=start - dt.timedelta(days=30),
            effective=(start - dt.timedelta(days=29)).replace(hour=12) if state == "published" else None,
            state=state,
            subjects=["wydarzenie"],
        )
        node.fields.update(
            {
                "attendees": attendees,
                "contact_email": contact[1] or None,
                "contact_name": contact[0] or None,
                "contact_phone": contact[2] or None,
                "end": iso_utc(end),
                "event_url": url,
                "location": location or None,
                "open_end": open_end,
                "recurrence": rrule,
                "start": iso_utc(start),
                "sync_uid": None,
                "whole_day": whole_day,
            }
        )

    # Galeria
    add(
        "lrf_pl",
        "folder_galeria",
        "Folder",
        "galeria",
        "Galeria",
        effective=warsaw(2021, 2, 16, 9),
        layout="album_view",
        exclude_from_nav=True,
    )
    site.nodes["folder_galeria"].fields["exportimport.constrains"] = {
        "immediately_addable_types": ["Image"],
        "locally_allowed_types": ["Image", "Folder"],
    }
    add("folder_galeria", "img_spotkanie", "Image", "spotkanie-g-pzk-2021.png", "Spotkanie G-PZK, luty 2021")
    add("folder_galeria", "img_szkola", "Image", "szkola-kooperacji-zjazd.png", "Szkoła Kooperacji – zjazd I")
    add("folder_galeria", "img_forum", "Image", "forum-koordynatorow.png", "Forum Koordynatorów 2022")

    # English
    add(
        "lrf_en",
        "en_folder_about",
        "Folder",
        "about",
        "About the project",
        effective=warsaw(2021, 4, 12, 9),
        creator="a.wisniewska",
    )
    add(
        "en_folder_about",
        "en_doc_about",
        "Document",
        "about-the-project",
        "About the Cooperation Model project",
        description="Goals, target groups and results of the project",
        effective=warsaw(2021, 4, 12, 9, 30),
        creator="a.wisniewska",
    )
    add(
        "lrf_en",
        "en_doc_model",
        "Document",
        "cooperation-model",
        "The Cooperation Model",
        description="How municipal and county services work together for families",
        effective=warsaw(2021, 4, 12, 10),
        creator="a.wisniewska",
    )
    add("lrf_en", "en_folder_news", "Folder", "news", "News", effective=warsaw(2021, 4, 12, 9), creator="a.wisniewska")
    add(
        "en_folder_news",
        "en_news_g_pzk",
        "News Item",
        "g-pzk-teams-started",
        "Municipal-County Cooperation Teams have started their work",
        description="The first G-PZK teams were set up in five pilot counties.",
        effective=warsaw(2021, 4, 12, 11),
        created=warsaw(2021, 4, 10, 15),
        creator="a.wisniewska",
        subjects=["G-PZK"],
    )
    site.nodes["en_news_g_pzk"].fields["image_caption"] = None
    add(
        "en_folder_news",
        "en_news_lviv",
        "News Item",
        "study-visit-from-lviv",
        "Study visit of social workers from Lviv",
        description="Partners from Ukraine learned how cooperation teams work.",
        effective=warsaw(2023, 5, 22, 9),
        created=warsaw(2023, 5, 20, 18),
        creator="a.wisniewska",
        subjects=["study visit"],
    )
    site.nodes["en_news_lviv"].fields["image_caption"] = "Guests from Lviv at the regional centre"
    site.nodes["en_news_lviv"].blob = ("image", make_png(96, 64, seed=40), "study-visit-lviv.png")

    # Blobs of files and images.
    pdfs = {
        "file_broszura": ("Broszura – Model Kooperacji", "Model Kooperacji łączy gminy i powiaty we wsparciu rodzin."),
        "file_model_2021": ("Model Kooperacji 2021", "G-PZK to gminno-powiatowy zespół kooperacji."),
        "file_procedury": ("Procedury kooperacji", "Koordynator kooperacji zwołuje posiedzenia G-PZK."),
        "file_genogram": ("Genogram – instrukcja", "Genogram pokazuje relacje w rodzinie w trzech pokoleniach."),
        "file_smart": ("Cele SMART", "Cel SMART jest konkretny, mierzalny, osiągalny, istotny i określony w czasie."),
        "file_raport": ("Raport z konsultacji 2022", "W konsultacjach wzięło udział 212 osób z 18 powiatów."),
        "file_agenda": ("Agenda Forum 2022", "Forum Koordynatorów G-PZK, 22-23 września 2022 r."),
    }
    for name, (title, sentence) in pdfs.items():
        node = site.nodes[name]
        node.blob = ("file", make_pdf(title, sentence), node.path.rsplit("/", 1)[-1])
    site.nodes["file_karta"].blob = (
        "file",
        make_docx(["Karta współpracy G-PZK", "Strony porozumienia: gmina, powiat, ROPS."]),
        "karta-wspolpracy-g-pzk.docx",
    )
    site.nodes["file_sprawozdanie"].blob = (
        "file",
        make_odt(["Sprawozdanie za 2021 r.", "Powołano 5 zespołów G-PZK."]),
        "sprawozdanie-2021.odt",
    )
    checklist = (
        "Lista kontrolna koordynatora kooperacji\n"
        "1. Zwołaj posiedzenie G-PZK i prześlij porządek obrad.\n"
        "2. Zaktualizuj mapę zasobów gminy.\n"
        "3. Sprawdź, czy plan pomocy zawiera cele SMART.\n"
        "4. Ustal z asystentem rodziny termin superwizji.\n"
    )
    site.nodes["file_lista"].blob = ("file", checklist.encode("utf-8"), "lista-kontrolna-koordynatora.txt")
    for seed, (name, size) in enumerate(
        {
            "img_logo": (96, 32),
            "img_schemat": (240, 160),
            "img_spotkanie": (160, 120),
            "img_szkola": (120, 90),
            "img_forum": (200, 100),
        }.items(),
        start=20,
    ):
        node = site.nodes[name]
        node.blob = ("image", make_png(*size, seed=seed), node.path.rsplit("/", 1)[-1])


def _write_texts(site: _Site) -> None:  # noqa: PLR0915 - content, not logic
    n = site.nodes
    a, img = site.a, site.img

    n["doc_o_projekcie"].fields["text"] = (
        "<h2>Cel projektu</h2>"
        "<p>Projekt <strong>„Model Kooperacji”</strong> wspiera gminy i powiaty w budowaniu stałej współpracy "
        "instytucji pomocy społecznej, oświaty, ochrony zdrowia, policji i sądów na rzecz rodzin przeżywających "
        f"trudności. Szczegóły opisuje {site.a_url('doc_opis_modelu', 'opis modelu', suffix='')}.</p>"
        "<h3>Dla kogo?</h3>"
        "<ul><li>koordynatorów kooperacji w ośrodkach pomocy społecznej,</li>"
        "<li>asystentów rodziny i pracowników socjalnych,</li>"
        "<li>członków zespołów interdyscyplinarnych.</li></ul>"
        f"<p>Poznaj {a('doc_zespol', 'zespół projektowy')} oraz {a('doc_partnerzy', 'partnerów', style='p4')}. "
        f"Pierwsze efekty opisaliśmy w artykule {site.a_redirected('/aktualnosci/2021/g-pzk-ruszyly-prace', 'news_2021_g_pzk', 'o starcie zespołów G-PZK')}.</p>"  # noqa: E501
        f"<p>Kalendarz spotkań: {site.a_url('folder_wydarzenia', 'wydarzenia')}. Pełny opis modelu: "
        f"{a('doc_opis_modelu', 'Opis Modelu Kooperacji', style='public')}.</p>"
        f"<p>Archiwalne materiały z 2020 r. usunięto ({a('deleted_materialy_2020', 'materiały 2020')}).</p>"
    )
    n["doc_zespol"].fields["text"] = (
        "<h2>Zespół projektowy</h2>"
        '<table class="plain"><thead><tr><th>Imię i nazwisko</th><th>Rola</th><th>Telefon</th></tr></thead>'
        "<tbody><tr><td>Maria Kowalska</td><td>kierowniczka projektu</td><td>+48 81 555 01 21</td></tr>"
        "<tr><td>Jan Nowak</td><td>koordynator ds. G-PZK</td><td>+48 81 555 01 24</td></tr>"
        "<tr><td>Anna Wiśniewska</td><td>specjalistka ds. szkoleń</td><td>+48 81 555 01 23</td></tr>"
        "</tbody></table>"
        f"<p>{img('img_spotkanie', 'Zespół projektowy podczas spotkania G-PZK', style='p5')}</p>"
    )
    n["doc_partnerzy"].fields["text"] = (
        "<p>Projekt realizujemy wspólnie z powiatami: <em>zamojskim, biłgorajskim, tomaszowskim, "
        "hrubieszowskim</em> i <em>krasnostawskim</em>.</p>"
        f"<p>{img('img_logo', 'Logo ROPS', style='p4', scale='thumb')}</p>"
    )
    n["doc_kontakt"].fields["text"] = (
        "<h2>Kontakt</h2><p>Regionalny Ośrodek Polityki Społecznej<br />Zespół ds. Modelu Kooperacji</p>"
        f"<p>E-mail: {site.a_external('mailto:kooperacja@rops.example.pl', 'kooperacja@rops.example.pl')}<br />"
        "tel. +48 81 555 01 20</p>"
    )
    n["doc_opis_modelu"].fields["text"] = (
        "<h2>Czym jest Model Kooperacji?</h2>"
        "<p>Model Kooperacji to sposób <strong>systematycznej współpracy</strong> instytucji działających na rzecz "
        f"rodzin. Jego sercem jest {a('news_2021_g_pzk', 'Gminno-Powiatowy Zespół Kooperacji (G-PZK)')}.</p>"
        f"<p>{img('img_schemat', 'Schemat Modelu Kooperacji')}</p>"
        "<h3>Najważniejsze elementy</h3>"
        "<ul><li>koordynator kooperacji w ośrodku pomocy społecznej,</li>"
        "<li>wspólna diagnoza z wykorzystaniem <em>genogramu</em> i ekomapy,</li>"
        "<li>plan pomocy oparty na <strong>celach SMART</strong>,</li>"
        '<li>podejście <span style="color: #236fa1;">empowerment</span> – wzmacnianie zasobów rodziny.</li></ul>'
        "<h3>Etapy wdrożenia</h3>"
        "<ol><li>Powołanie G-PZK zarządzeniem wójta i starosty.</li>"
        "<li>Szkolenie w ramach Szkoły Kooperacji.</li>"
        "<li>Konsultacje procedur z zespołami interdyscyplinarnymi.</li></ol>"
        '<table class="plain"><thead><tr><th>Etap</th><th>Odpowiedzialny</th><th>Termin</th></tr></thead>'
        "<tbody><tr><td>Diagnoza zasobów gminy</td><td>koordynator kooperacji</td><td>I kwartał</td></tr>"
        "<tr><td>Plan współpracy</td><td>G-PZK</td><td>II kwartał</td></tr></tbody></table>"
        "<h3>Dokumenty do pobrania</h3><ul>"
        f"<li>{a('file_model_2021', 'Model Kooperacji – wersja 2021 (PDF)', suffix='/@@download/file')}</li>"
        f"<li>{site.a_url('file_procedury', 'Procedury kooperacji (PDF)', suffix='/@@download/file')}</li>"
        f"<li>{a('file_karta', 'Karta współpracy G-PZK (DOCX)', style='p4')}</li>"
        f"<li>{a('file_genogram', 'Genogram – instrukcja', style='site', suffix='/@@download/file')}</li>"
        f"<li>{site.a_redirected('/pl/dokumenty/model-kooperacji/model-kooperacji-2020.pdf', 'file_model_2021', 'Model Kooperacji – wersja 2020 (nieaktualna)')}</li>"  # noqa: E501
        "</ul>"
        f"<p>Regulamin rekrutacji z 2019 r.: {site.a_missing('/pl/dokumenty/regulamin-rekrutacji-2019.pdf', 'regulamin (PDF)')}.</p>"  # noqa: E501
        "<p>Nagranie z konferencji:</p>"
        '<p><iframe width="560" height="315" src="https://www.youtube.com/embed/Xk7pL0oPq2A" '
        'title="Model Kooperacji – konferencja" frameborder="0" allowfullscreen="allowfullscreen"></iframe></p>'
        f"<p>Pytania: {site.a_external('mailto:kooperacja@rops.example.pl', 'kooperacja@rops.example.pl')}</p>"
    )
    site.external_links.append("https://www.youtube.com/embed/Xk7pL0oPq2A")
    n["doc_szkola_program"].fields["text"] = (
        "<h2>Program Szkoły Kooperacji</h2>"
        "<ol><li>Moduł I – podstawy kooperacji i rola G-PZK (16 godz.)</li>"
        "<li>Moduł II – genogram, ekomapa i diagnoza zasobów rodziny (16 godz.)</li>"
        "<li>Moduł III – cele SMART i plan pomocy (8 godz.)</li>"
        "<li>Moduł IV – empowerment i praca z rodziną (8 godz.)</li></ol>"
        f"<p>{img('img_szkola', 'Uczestnicy Szkoły Kooperacji', style='p4')}</p>"
    )
    n["doc_robocza"].fields["text"] = "<p>Wersja robocza procedur – do uzgodnienia z G-PZK.</p>"
    n["en_doc_about"].fields["text"] = (
        "<p>The <strong>Cooperation Model</strong> project helps municipalities and counties build lasting "
        "cooperation between social services, schools, health care and the police.</p>"
        f"<p>Read more: {a('en_doc_model', 'The Cooperation Model')}.</p>"
    )
    n["en_doc_model"].fields["text"] = (
        "<h2>Municipal-County Cooperation Teams</h2>"
        "<p>Each team (G-PZK) is led by a cooperation coordinator and meets at least once a quarter.</p>"
        f"<p>{img('img_schemat', 'Diagram of the Cooperation Model')}</p>"
    )
    n["en_news_g_pzk"].fields["text"] = (
        "<p>Five pilot counties have set up Municipal-County Cooperation Teams (G-PZK). "
        "Family assistants, social workers and school counsellors now plan support together.</p>"
    )
    n["en_news_lviv"].fields["text"] = (
        "<p>A delegation of social workers from Lviv visited two G-PZK teams and discussed "
        "how to support families who fled the war.</p>"
    )

    bodies = {
        "news_2021_g_pzk": (
            "<p>W lutym 2021 r. w pięciu powiatach pilotażowych odbyły się pierwsze posiedzenia "
            "<strong>Gminno-Powiatowych Zespołów Kooperacji</strong>. W skład zespołów weszli przedstawiciele OPS, "
            "PCPR, szkół, poradni psychologiczno-pedagogicznych i policji.</p>"
            f"<p>{img('img_spotkanie', 'Posiedzenie G-PZK', style='p6', scale='large')}</p>"
            f"<p>Założenia pracy zespołów opisuje {a('doc_opis_modelu', 'Opis Modelu Kooperacji')}.</p>"
        ),
        "news_2021_szkola": (
            "<p>Rekrutacja trwa do 31 maja 2021 r. Program zajęć znajdziesz na stronie "
            f"{a('doc_szkola_program', 'Program Szkoły Kooperacji')}.</p>"
            f"<p>Formularz zgłoszeniowy: {site.a_external('https://forms.example.com/szkola-kooperacji', 'zgłoś się')}.</p>"  # noqa: E501
        ),
        "news_2021_genogram": (
            "<p>Warsztaty prowadziła superwizorka pracy socjalnej. Uczestnicy tworzyli <em>genogram</em> rodziny "
            f"w trzech pokoleniach. Instrukcja: {a('file_genogram', 'Genogram – instrukcja', suffix='/@@download/file')}.</p>"  # noqa: E501
        ),
        "news_2022_smart": (
            "<p>Cel SMART jest <strong>konkretny, mierzalny, osiągalny, istotny</strong> i <em>określony w czasie</em>.</p>"
            "<ul><li>Źle: „Rodzina poprawi sytuację mieszkaniową”.</li>"
            "<li>Dobrze: „Do 30 czerwca rodzina złoży wniosek o lokal socjalny”.</li></ul>"
            f"<p>Arkusz do pobrania: {a('file_smart', 'cele SMART – arkusz', style='p4', suffix='/@@download/file')}.</p>"
        ),
        "news_2022_zaproszenie": (
            "<p>Zapraszamy na spotkania konsultacyjne. Terminy znajdziesz w zakładce "
            f"{site.a_url('event_konsultacje_zamosc', 'konsultacje – powiat zamojski', site=True)}.</p>"
        ),
        "news_2022_raport": (
            "<p>W konsultacjach wzięło udział 212 osób z 18 powiatów. "
            f"Pobierz {a('file_raport', 'raport z konsultacji (PDF)', suffix='/@@download/file')} lub zobacz "
            f"{site.a_url('file_raport', 'stronę pliku')}.</p>"
            f"<p>Wcześniejsze zaproszenie: {site.a_redirected('/pl/aktualnosci/2022/konsultacje-modelu-zaproszenie', 'news_2022_zaproszenie', 'konsultacje modelu – zaproszenie')}.</p>"  # noqa: E501
        ),
        "news_2023_konferencja": (
            "<p>Podczas konferencji podsumowaliśmy trzy lata pracy G-PZK. Prezentacje udostępnimy wkrótce.</p>"
            '<p><iframe width="560" height="315" src="https://www.youtube.com/embed/Kp9rT2mWq4E" '
            'title="Konferencja podsumowująca" frameborder="0" allowfullscreen="allowfullscreen"></iframe></p>'
        ),
    }
    site.external_links.append("https://www.youtube.com/embed/Kp9rT2mWq4E")
    generic = (
        "<p>{description}</p>"
        "<p>Koordynatorzy kooperacji podkreślają, że regularne spotkania G-PZK pozwalają szybciej reagować na "
        "potrzeby rodzin, a asystent rodziny ma wsparcie całego zespołu.</p>"
        "<h3>Najważniejsze ustalenia</h3>"
        "<ul><li>wspólny kalendarz posiedzeń,</li><li>jedna karta informacyjna o rodzinie,</li>"
        "<li>superwizja dla pracowników pierwszego kontaktu.</li></ul>"
    )
    for name, node in n.items():
        if node.type == "News Item" and "text" not in node.fields:
            node.fields["text"] = bodies.get(name) or generic.format(description=node.description)

    n["event_szkola_zjazd"].fields["text"] = (
        "<p>Pierwszy zjazd Szkoły Kooperacji: rola koordynatora i zasady pracy G-PZK.</p>"
    )
    n["event_forum"].fields["text"] = (
        f"<p>Agenda: {a('file_agenda', 'Agenda Forum 2022 (PDF)', suffix='/@@download/file')}.</p>"
    )
    for node in n.values():
        if node.type == "Event":
            node.fields.setdefault("text", None)

    n["link_external"].fields["remoteUrl"] = "https://www.gov.pl/web/rodzina"
    site.external_links.append("https://www.gov.pl/web/rodzina")
    remote = f"${{portal_url}}/resolveuid/{n['folder_model'].uid}"
    n["link_internal"].fields["remoteUrl"] = remote
    site.link_targets[remote] = n["folder_model"].uid

    n["collection_aktualnosci"].fields.update(
        {
            "customViewFields": ["Title", "EffectiveDate", "Type"],
            "item_count": 10,
            "limit": 1000,
            "query": [
                {
                    "i": "portal_type",
                    "o": "plone.app.querystring.operation.selection.any",
                    "v": ["News Item"],
                },
                {
                    "i": "review_state",
                    "o": "plone.app.querystring.operation.selection.any",
                    "v": ["published"],
                },
                {
                    "i": "path",
                    "o": "plone.app.querystring.operation.string.absolutePath",
                    "v": f"{n['folder_aktualnosci'].uid}::-1",
                },
            ],
            "sort_on": "effective",
            "sort_reversed": True,
            "text": None,
        }
    )


def _side_data(site: _Site) -> dict[str, object]:
    n = site.nodes
    translations = [
        {"en": n["lrf_en"].uid, "pl": n["lrf_pl"].uid},
        {"en": n["en_folder_about"].uid, "pl": n["folder_o_projekcie"].uid},
        {"en": n["en_doc_about"].uid, "pl": n["doc_o_projekcie"].uid},
        {"en": n["en_folder_news"].uid, "pl": n["folder_aktualnosci"].uid},
        {"en": n["en_news_g_pzk"].uid, "pl": n["news_2021_g_pzk"].uid},
        {"en": n["en_doc_model"].uid, "pl": n["doc_opis_modelu"].uid},
    ]
    sid = site.site_id
    redirects = {
        # Content moved into /pl when plone.app.multilingual was set up.
        f"/{sid}/aktualnosci": f"/{sid}/pl/aktualnosci",
        f"/{sid}/aktualnosci/2021/g-pzk-ruszyly-prace": f"/{sid}/pl/aktualnosci/2021/g-pzk-ruszyly-prace",
        f"/{sid}/o-projekcie": f"/{sid}/pl/o-projekcie",
        f"/{sid}/dokumenty": f"/{sid}/pl/dokumenty",
        # Renamed items.
        f"/{sid}/pl/aktualnosci/2022/konsultacje-modelu-zaproszenie": (
            f"/{sid}/pl/aktualnosci/2022/konsultacje-modelu-kooperacji-zaproszenie"
        ),
        f"/{sid}/pl/dokumenty/model-kooperacji/model-kooperacji-2020.pdf": (
            f"/{sid}/pl/dokumenty/model-kooperacji/model-kooperacji-2021.pdf"
        ),
    }
    relations = [
        {"from_uuid": n["doc_opis_modelu"].uid, "relationship": "relatedItems", "to_uuid": n["file_procedury"].uid},
        {"from_uuid": n["news_2022_raport"].uid, "relationship": "relatedItems", "to_uuid": n["file_raport"].uid},
        {"from_uuid": n["news_2022_smart"].uid, "relationship": "relatedItems", "to_uuid": n["file_smart"].uid},
    ]
    default_pages = []
    for folder, page in (
        ("folder_o_projekcie", "doc_o_projekcie"),
        ("folder_aktualnosci", "collection_aktualnosci"),
        ("folder_model", "doc_opis_modelu"),
        ("en_folder_about", "en_doc_about"),
    ):
        default_pages.append(
            {
                "default_page": n[page].path.rsplit("/", 1)[-1],
                "default_page_uuid": n[page].uid,
                "uuid": n[folder].uid,
            }
        )
    default_pages.sort(key=lambda entry: site.physical(site.nodes[_name_of(site, entry["uuid"])]))

    ordering = []
    local_roles = []
    for node in site.walk():
        if node is site.root:
            continue
        siblings = node.parent.children
        position = siblings.index(node) + sum(1 for s in siblings[: siblings.index(node) + 1] if s.order_gap_before)
        ordering.append({"order": position, "uuid": node.uid})
        roles: dict = {node.creator: ["Owner"]}
        entry: dict = {"uuid": node.uid}
        if node.name == "folder_dokumenty":
            roles["Redaktorzy-ROPS"] = ["Editor", "Reviewer"]
        if node.name == "folder_raporty":
            roles["Koordynatorzy-G-PZK"] = ["Reader"]
            entry["block"] = 1
        entry["localroles"] = roles
        local_roles.append(entry)
    ordering.sort(key=lambda entry: entry["order"])
    local_roles.append({"localroles": {"admin": ["Owner"]}, "uuid": PORTAL_PLACEHOLDER})
    return {
        "translations": translations,
        "redirects": redirects,
        "relations": relations,
        "defaultpages": default_pages,
        "ordering": ordering,
        "localroles": local_roles,
    }


def _name_of(site: _Site, uid: str) -> str:
    return next(name for name, node in site.nodes.items() if node.uid == uid)


def build_export(
    directory: pathlib.Path,
    *,
    layout: str = "single",
    blobs: str = "base64",
    site_url: str = "https://kooperacja.rops.example.pl/Plone",
    side_file_prefix: str = "export_",
    content_filename: str | None = None,
    include_site_root: bool = True,
    migration: bool = True,
) -> ExportInfo:
    """Write the demo export into ``directory`` and describe it.

    layout:  "single" -> ``<directory>/<Plone>.json`` (one JSON array, like "Save to file on server");
             "folder" -> ``<directory>/<Plone>/1.json ... N.json`` ("Save each item as a separate file").
    blobs:   "base64" or "blob_path" (blobs written to ``<directory>/blobstorage``, bushy layout).
    side_file_prefix: the add-on names side files ``export_redirects.json`` etc.; pass "" for
             ``redirects.json``.
    content_filename: override the content file name (default ``<site id>.json``, as the add-on).
    include_site_root: Plone 6 exports the "Plone Site" item; Plone 4/5 do not, and then the
             root-level items have ``parent.UID == null``.
    migration: the "Modify exported data for migrations" checkbox; False keeps
             ``language`` as ``{"token", "title"}`` and adds ``previous_item``/``next_item``.
    """
    if layout not in {"single", "folder"}:
        raise ValueError(f"unknown layout {layout!r}")
    if blobs not in {"base64", "blob_path"}:
        raise ValueError(f"unknown blobs option {blobs!r}")
    directory = pathlib.Path(directory)
    directory.mkdir(parents=True, exist_ok=True)

    site = _Site(site_url, blobs, migration, include_site_root)
    _define_tree(site)
    _write_texts(site)

    store = _BlobStore(directory / "blobstorage") if blobs == "blob_path" else None
    file_bytes: dict[str, bytes] = {}
    image_bytes: dict[str, bytes] = {}
    nodes = sorted(site.walk(), key=site.physical)  # the catalog query uses sort_on="path"
    if not include_site_root:
        nodes = [node for node in nodes if node is not site.root]
    items = [site.serialize(node, store, file_bytes, image_bytes) for node in nodes]

    stem = content_filename[:-5] if content_filename and content_filename.endswith(".json") else site.site_id
    if layout == "single":
        path = directory / (content_filename or f"{stem}.json")
        _write_single(path, items)
    else:
        path = directory / stem
        _write_folder(path, items)

    side = _side_data(site)
    side_files = {}
    for name in SIDE_EXPORTS:
        target = directory / f"{side_file_prefix}{name}.json"
        target.write_text(_dump(side[name]), encoding="ascii")
        side_files[name] = target

    for href, uid in site.link_targets.items():
        if not any(node.uid == uid for node in nodes):
            raise AssertionError(f"link {href} points outside the export")
    return ExportInfo(
        path=path,
        directory=directory,
        layout=layout,
        blobs=blobs,
        site_url=site.site_url,
        public_url=site.public_url,
        site_id=site.site_id,
        items=items,
        by_uid={item["UID"]: item for item in items},
        uids={name: node.uid for name, node in site.nodes.items()},
        old_paths={node.uid: node.path or "/" for node in nodes},
        file_bytes=file_bytes,
        image_bytes=image_bytes,
        translations=side["translations"],
        redirects=side["redirects"],
        default_pages=side["defaultpages"],
        ordering=side["ordering"],
        local_roles=side["localroles"],
        relations=side["relations"],
        side_files=side_files,
        blob_home=store.root if store else None,
        link_targets=dict(site.link_targets),
        links_via_redirect=list(site.links_via_redirect),
        missing_links=list(site.missing_links),
        unknown_link=site.missing_links[0],
        external_links=sorted(set(site.external_links)),
    )


# ---------------------------------------------------------------------------
# Benchmark data
# ---------------------------------------------------------------------------

_TOPICS = [
    "Posiedzenie G-PZK",
    "Szkolenie dla asystentów rodziny",
    "Konsultacje modelu kooperacji",
    "Warsztaty z genogramu",
    "Spotkanie zespołu interdyscyplinarnego",
    "Zjazd Szkoły Kooperacji",
    "Superwizja koordynatorów",
    "Webinar o celach SMART",
    "Dzień otwarty ośrodka pomocy społecznej",
    "Forum współpracy z oświatą",
]
_PLACES = [
    "w Zamościu",
    "w Biłgoraju",
    "w Chełmie",
    "w Krasnymstawie",
    "w Hrubieszowie",
    "w Tomaszowie Lubelskim",
    "w Puławach",
    "w Łukowie",
    "we Włodawie",
    "w Świdniku",
    "w Janowie Lubelskim",
    "w Łęcznej",
]
_SENTENCES = [
    "Koordynator kooperacji przedstawił wyniki diagnozy zasobów gminy.",
    "Asystenci rodziny omówili trudne przypadki i wspólnie zaplanowali wsparcie.",
    "Uczestnicy ćwiczyli formułowanie celów SMART w planie pomocy.",
    "Podkreślono znaczenie podejścia empowerment w pracy z rodziną.",
    "Przedstawiciele szkół zadeklarowali udział w kolejnych posiedzeniach.",
    "Zespół interdyscyplinarny przekazał wnioski z monitoringu procedury.",
    "Omówiono zasady wymiany informacji między OPS a PCPR.",
    "Ustalono harmonogram spotkań na kolejny kwartał.",
    "Genogram pomógł lepiej zrozumieć relacje w rodzinie wielopokoleniowej.",
    "Wnioski trafią do raportu z konsultacji modelu.",
]
_SUBJECTS = ["G-PZK", "asystent rodziny", "konsultacje modelu", "Szkoła Kooperacji", "genogram", "cele SMART"]


def generate_news(directory: pathlib.Path, count: int, *, blobs: str = "base64") -> pathlib.Path:
    """Write a single-file export: site + LRF ``pl`` + folder ``aktualnosci`` + ``count`` News Items.

    Titles and texts vary; every 500th item has a tiny lead image. Returns the content file.
    """
    directory = pathlib.Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    site = _Site("https://kooperacja.rops.example.pl/Plone", blobs, True, True)
    lrf = site.add("site", "lrf_pl", "LRF", "pl", "Polski", exclude_from_nav=True, effective=warsaw(2020, 9, 1, 10))
    lrf.language = "pl"
    folder = site.add("lrf_pl", "bench_folder", "Folder", "aktualnosci", "Aktualności", effective=warsaw(2020, 9, 1))
    store = _BlobStore(directory / "blobstorage") if blobs == "blob_path" else None
    start = warsaw(2019, 1, 2, 9)

    def items():
        sink: dict = {}
        for node in (site.root, lrf, folder):
            yield site.serialize(node, store, sink, sink)
        used_ids: set[str] = set()
        for index in range(count):
            topic = _TOPICS[index % len(_TOPICS)]
            place = _PLACES[(index // len(_TOPICS)) % len(_PLACES)]
            published = start + dt.timedelta(hours=7 * index)
            title = f"{topic} {place} ({published:%d.%m.%Y})"
            base = _slug(title)
            id_ = base if base not in used_ids else f"{base}-{index}"
            used_ids.add(id_)
            sentences = [_SENTENCES[(index + k * 3) % len(_SENTENCES)] for k in range(3)]
            node = _Node(
                f"bench_news_{index}",
                "News Item",
                f"{folder.path}/{id_}",
                title,
                description=sentences[0],
                parent=folder,
                created=published - dt.timedelta(hours=5),
                modified=published + dt.timedelta(hours=1),
                effective=published,
                state="private" if index % 97 == 0 else "published",
                subjects=[_SUBJECTS[index % len(_SUBJECTS)]],
                creator="j.nowak",
            )
            node.fields["text"] = "".join(f"<p>{sentence}</p>" for sentence in sentences)
            node.fields["image_caption"] = None
            if index % 500 == 0:
                node.blob = ("image", make_png(8, 8, seed=index % 50), f"{id_}.png")
            yield site.serialize(node, store, sink, sink)

    path = directory / f"{site.site_id}.json"
    _write_single(path, items())
    return path


def _slug(text: str) -> str:
    table = str.maketrans("ąćęłńóśźżĄĆĘŁŃÓŚŹŻ", "acelnoszzACELNOSZZ")
    cleaned = "".join(ch if ch.isalnum() else "-" for ch in text.translate(table).lower())
    return "-".join(part for part in cleaned.split("-") if part)
