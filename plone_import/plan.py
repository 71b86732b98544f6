"""What becomes of each Plone item: its old address, language, place in the tree and kind of target.

The portal's tree is flatter than a Plone site: news, events and model documents live directly under
the region page (their parent types say so), so Plone's folders become standard pages only when they
hold pages of their own; a folder of news alone becomes a redirect to the news listing of the region.
All of this is decided here, before anything is written, so that ``--dry-run`` and the real run agree.
"""

import re
from dataclasses import dataclass, field
from posixpath import dirname, join, normpath
from urllib.parse import urlsplit

from plone_import.export import html_of, language_of, text_of, uid_of
from portal.old_addresses import strip_plone_suffix

STRUCTURE_TYPES = {"Plone Site", "LRF", "LIF"}
KNOWN_TYPES = STRUCTURE_TYPES | {"Folder", "Document", "News Item", "Event", "File", "Image", "Link", "Collection"}
LISTED_TYPES = {"News Item": "news", "Event": "events", "File": "documents"}  # what a folder-less listing shows

RESOLVEUID = re.compile(r"resolve[uU]id/([0-9A-Za-z_-]+)")


@dataclass(eq=False)
class Node:
    item: dict
    uid: str
    type: str
    old_path: str
    language: str
    parent_uid: str | None
    parent: "Node | None" = None
    children: list = field(default_factory=list)
    order: int = 0
    kind: str = ""  # see Plan.classify
    default_page: "Node | None" = None  # for a folder: the document shown as the folder
    default_of: "Node | None" = None  # for that document: its folder
    linked_from_text: bool = False
    listing: str = ""  # for a folder without a page: "news", "events", "documents" or "" (the region page)

    @property
    def title(self):
        return text_of(self.item.get("title")) or self.item.get("id") or self.uid

    @property
    def depth(self):
        depth, node = 0, self.parent
        while node is not None:
            depth, node = depth + 1, node.parent
        return depth

    @property
    def review_state(self):
        """The item's own state, or its folder's for files and images (they have no workflow of their own)."""
        node = self
        while node is not None:
            state = node.item.get("review_state")
            if isinstance(state, str) and state:
                return state
            if node.type in STRUCTURE_TYPES:
                return "published"
            node = node.parent
        return "published"

    @property
    def published(self):
        return self.review_state == "published"


def url_path(url):
    return urlsplit(url).path if isinstance(url, str) else ""


class Plan:
    def __init__(self, export, *, default_language="pl", old_hosts=()):
        self.export = export
        self.default_language = default_language
        self.nodes = {}
        self.by_path = {}
        self.notes = []
        site = next((item for item in export.items if item.get("@type") == "Plone Site"), None)
        if site is None:  # Plone 4 and 5 do not export the site root; its children name it as their parent
            site = next(
                (
                    item["parent"]
                    for item in export.items
                    if isinstance(item.get("parent"), dict) and item["parent"].get("@type") == "Plone Site"
                ),
                None,
            )
        self.site_url = (site or {}).get("@id") or ""
        self.site_path = url_path(self.site_url).rstrip("/")
        hosts = {urlsplit(self.site_url).netloc.lower()} if self.site_url else set()
        self.old_hosts = {host.lower() for host in old_hosts} | hosts
        if site is None:
            self.notes.append("no-site-item")
        self._build()

    # ------------------------------------------------------------------ tree

    def old_path_of(self, item):
        path = url_path(item.get("@id"))
        if self.site_path and (path == self.site_path or path.startswith(self.site_path + "/")):
            path = path[len(self.site_path) :]
        return "/" + path.strip("/") if path.strip("/") else "/"

    def _build(self):
        ordering = self._ordering()
        for position, item in enumerate(self.export.items):
            uid = item["UID"]
            node = Node(
                item=item,
                uid=uid,
                type=str(item["@type"]),
                old_path=self.old_path_of(item),
                language=language_of(item),
                parent_uid=uid_of(item.get("parent")),
                order=ordering.get(uid, position),
            )
            self.nodes[uid] = node
            self.by_path.setdefault(node.old_path, node)
        for node in self.nodes.values():
            node.parent = self.nodes.get(node.parent_uid)
            if node.parent is not None:
                node.parent.children.append(node)
        for node in self.nodes.values():
            node.children.sort(key=lambda child: child.order)
            if not node.language:
                node.language = self._inherited_language(node)
        self._renamed_paths()
        self._default_pages()
        self._links_from_text()
        for node in self.nodes.values():
            node.kind = self.classify(node)

    def _renamed_paths(self):
        """plone.app.redirector's record (export_redirects.json): {old path: current path}, both with the
        site's id; texts often still link to an old path."""
        entries = self.export.side.get("redirects")
        if isinstance(entries, list):
            entries = dict(pair for pair in entries if isinstance(pair, (list, tuple)) and len(pair) == 2)
        self.renamed = {}
        for old, new in (entries or {}).items() if isinstance(entries, dict) else ():
            if isinstance(old, str) and isinstance(new, str):
                self.renamed[self.internal_path(old) or old] = self.internal_path(new) or new

    def _ordering(self):
        ordering = self.export.side.get("ordering")
        positions = {}
        if isinstance(ordering, dict):  # {uid: position}
            ordering = [{"uuid": uid, "order": order} for uid, order in ordering.items()]
        for entry in ordering if isinstance(ordering, list) else []:
            if isinstance(entry, dict) and isinstance(entry.get("order"), int):
                positions[str(entry.get("uuid") or entry.get("UID"))] = entry["order"]
        return positions

    def _inherited_language(self, node):
        parent = node.parent
        while parent is not None:
            if parent.language:
                return parent.language
            parent = parent.parent
        return self.default_language

    def _default_pages(self):
        entries = self.export.side.get("defaultpages")
        pairs = []
        if isinstance(entries, dict):
            entries = [{"uuid": uid, "default_page": page} for uid, page in entries.items()]
        for entry in entries if isinstance(entries, list) else []:
            if isinstance(entry, dict):
                pairs.append((entry.get("uuid") or entry.get("UID"), entry.get("default_page")))
        for node in self.nodes.values():
            if isinstance(node.item.get("default_page"), str):
                pairs.append((node.uid, node.item["default_page"]))
        for folder_uid, page_id in pairs:
            folder = self.nodes.get(folder_uid)
            if folder is None or not isinstance(page_id, str):
                continue
            child = next((c for c in folder.children if c.item.get("id") == page_id or c.uid == page_id), None)
            if child is not None and child.type == "Document" and folder.type in ("Folder", "LRF", "LIF"):
                folder.default_page, child.default_of = child, folder

    def _links_from_text(self):
        for node in self.nodes.values():
            for name in ("text",):
                html = html_of(node.item, name)
                if not html:
                    continue
                for uid in RESOLVEUID.findall(html):
                    if uid in self.nodes:
                        self.nodes[uid].linked_from_text = True
                for href in re.findall(r"""(?:href|src)\s*=\s*["']([^"']+)["']""", html):
                    target = self.find(href, node)
                    if target is not None and target is not node:
                        target.linked_from_text = True

    # ------------------------------------------------------------------ kinds

    def classify(self, node):
        """One of: root, folder, listing, page, default, news, event, file-page, file, image, link, collection,
        unknown."""
        if node.type in STRUCTURE_TYPES:
            return "root"
        if node.type == "Folder":
            if self._needs_page(node):
                return "folder"
            node.listing = self._listing_of(node)
            return "listing"
        if node.type == "Document":
            return "default" if node.default_of is not None and node.default_of.type == "Folder" else "page"
        return {
            "News Item": "news",
            "Event": "event",
            "File": "file" if node.linked_from_text and self._hidden_from_navigation(node) else "file-page",
            "Image": "image",
            "Link": "link",
            "Collection": "collection",
        }.get(node.type, "unknown")

    def _hidden_from_navigation(self, node):
        """Excluded from Plone's navigation, itself or through a folder (language-independent folders are):
        a file there was only ever reached through the texts that link to it."""
        current = node
        while current is not None and current.type not in ("Plone Site", "LRF"):
            if current.item.get("exclude_from_nav") or current.type == "LIF":
                return True
            current = current.parent
        return False

    def _needs_page(self, folder):
        """A folder becomes a standard page when it has a default page, text, or pages below it."""
        if folder.default_page is not None or html_of(folder.item).strip():
            return True
        for child in folder.children:
            if child.type in ("Document", "Link"):
                return True
            if child.type == "Folder" and self._needs_page(child):
                return True
        return False

    def _listing_of(self, folder):
        kinds = {LISTED_TYPES.get(node.type) for node in self._descendants(folder) if node.type in LISTED_TYPES}
        return kinds.pop() if len(kinds) == 1 else ""

    def _descendants(self, node):
        stack = list(node.children)
        while stack:
            current = stack.pop()
            yield current
            stack.extend(current.children)

    # ------------------------------------------------------------------ order and lookups

    def ordered(self):
        """Nodes in the order they are imported: the default language first (translations need their
        source), then images and files (pages link to them), then pages parent before child."""
        rank = {"root": 0, "image": 1, "file": 2, "file-page": 2}

        def key(node):
            return (node.language != self.default_language, rank.get(node.kind, 3), node.depth, node.order)

        return sorted(self.nodes.values(), key=key)

    def page_parent(self, node):
        """The nearest ancestor that has a standard page of its own (or None: the region page)."""
        parent = node.parent
        while parent is not None:
            if parent.kind == "folder":
                return parent
            parent = parent.parent
        return None

    def find(self, href, node=None):
        """The node an address in the old site's text points at, or None (external or unknown)."""
        href = (href or "").strip()
        match = RESOLVEUID.search(href)
        if match:
            return self.nodes.get(match.group(1))
        path = self.internal_path(href, node)
        if path is None:
            return None
        for candidate in (path, strip_plone_suffix(path)):
            found = self.by_path.get(candidate) or self.by_path.get(self.renamed.get(candidate, ""))
            if found is not None:
                return found
        return None

    def internal_path(self, href, node=None):
        """The old-site path of ``href`` (absolute on an old host, root-relative or relative), else None."""
        if not href or href.startswith(("#", "mailto:", "tel:", "javascript:", "data:")):
            return None
        parts = urlsplit(href)
        if parts.scheme and parts.scheme not in ("http", "https"):
            return None
        if parts.netloc and parts.netloc.lower() not in self.old_hosts:
            return None
        path = parts.path
        if not parts.netloc and not path.startswith("/"):
            base = node.old_path if node is not None else "/"
            # Plone serves a folderish item's text at the item's own address; a page's links are
            # relative to its folder.
            folderish = node is not None and node.type in ("Folder", "LRF", "LIF", "Plone Site")
            path = normpath(join(base if folderish else dirname(base), path))
        elif self.site_path and (path == self.site_path or path.startswith(self.site_path + "/")):
            path = path[len(self.site_path) :]
        return "/" + path.strip("/") if path.strip("/") else "/"
