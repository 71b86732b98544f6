"""Plone rich text (TinyMCE HTML from collective.exportimport's ``text.data``) → the raw value of a BodyStreamBlock.

The HTML is never trusted: it is parsed with BeautifulSoup ("html.parser") and rebuilt from scratch, so only
the tags the portal's rich text allows (p, h2–h4, ul, ol, li, b, i, br and links in Wagtail's database format)
can come out. Text is modelled as Draftail does (blocks of text runs carrying bold/italic/link marks), which
keeps the output valid however badly the input is nested. The tree is walked with an explicit stack, never
by recursion, so thousands of nested elements do no harm.

Tables, images, videos and quotations become StreamField blocks of their own; they split the paragraph
block they appear in.
"""

from __future__ import annotations

import bisect
import html as html_lib
import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import parse_qs, urlsplit

from bs4 import BeautifulSoup, NavigableString, Tag
from bs4.builder import ParserRejectedMarkup
from bs4.element import PreformattedString, RubyParenthesisString, Script, Stylesheet, TemplateString
from django.utils.translation import gettext as _

from portal.parsing import parse_int


@dataclass(frozen=True)
class Link:
    kind: str  # "page" | "document" | "image" | "external"
    id: int | None = None  # page/document/image id for the first three kinds
    url: str = ""  # for "external" (also mailto:, tel:, #anchor)


@dataclass
class Conversion:
    blocks: list = field(default_factory=list)  # StreamField raw data: [{"type": "paragraph", "value": "<p>…</p>"}, …]
    problems: list = field(default_factory=list)  # translated messages for the import report
    unresolved: list = field(default_factory=list)  # hrefs/srcs the resolver returned None for


Resolver = Callable[..., Link | None]

# Tags --------------------------------------------------------------------------------------------------------

HEADINGS = {"h1": "h2", "h2": "h2", "h3": "h3", "h4": "h4", "h5": "h4", "h6": "h4"}
PARAGRAPHS = {"p", "pre", "address", "dt", "dd", "summary", "legend", "figcaption", "caption", "listing", "xmp"}
PREFORMATTED = {"pre", "listing", "xmp"}
# Block containers: they end the text before them; text directly inside becomes a paragraph.
CONTAINERS = {
    "div", "section", "article", "aside", "header", "footer", "main", "nav", "center", "dl", "details",
    "fieldset", "hgroup", "body", "html", "figure", "search", "dialog",
    # table parts outside a table (html.parser leaves stray ones where they are)
    "tbody", "thead", "tfoot", "tr", "td", "th",
}  # fmt: skip
LISTS = {"ul": "ul", "ol": "ol", "menu": "ul", "dir": "ul"}
BOLD = {"b", "strong"}
ITALIC = {"i", "em"}
# Dropped without a word: page furniture, form controls, and elements with no readable content.
DROP_SILENTLY = {
    "head", "title", "meta", "link", "base", "noscript", "template", "input", "button", "select", "textarea",
    "option", "optgroup", "datalist", "param", "source", "track", "area", "map", "col", "colgroup", "wbr",
    "xml", "noembed", "noframes", "rp",
}  # fmt: skip
# Dropped and reported: the editor should know something is missing.
DROP_REPORTED = {"script", "style", "form", "applet", "frame", "frameset", "video", "audio", "svg", "math", "canvas"}
EMBEDDED = {"iframe", "object", "embed"}
# Elements handled whole, by the converter's method of that name.
HANDLERS = {
    "img": "image",
    "table": "table",
    "blockquote": "quote",
    "br": "line_break",
    "hr": "rule",
    "iframe": "embedded",
    "object": "embedded",
    "embed": "embedded",
}
# Everything that starts a new line in plain text.
BLOCK_LEVEL = (
    set(HEADINGS) | PARAGRAPHS | CONTAINERS | set(LISTS) | {"li", "table", "blockquote", "br", "hr", "img", "caption"}
)

MAX_LIST_DEPTH = 4
MAX_SPAN = 100  # colspan/rowspan beyond this are hostile, not tables
CAPTION_LENGTH = 300  # CaptionedImageBlock.caption
EMBED_TITLE_LENGTH = 200  # VideoEmbedBlock.title
SAFE_SCHEMES = {"http", "https", "mailto", "tel", "ftp", "sms", "callto", "skype", "geo", "webcal"}
DANGEROUS_SCHEMES = {"javascript", "vbscript", "data", "livescript"}

# Text ---------------------------------------------------------------------------------------------------------

# C0/C1 controls (but tab/newline/CR/form feed, which are whitespace), lone surrogates, non-characters,
# the BOM and the bidirectional overrides that can disguise text.
CONTROL_RE = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff\ufeff\u202a-\u202e\u2066-\u2069]")
SPACE_RE = re.compile(r"[^\S\xa0]+")  # any whitespace but the non-breaking space, which may be deliberate
PRE_SPACE_RE = re.compile(r"[^\S\xa0\n]+")
COLLAPSE_RE = re.compile("[ \xa0\n]+")
PLAIN_SPACE_RE = re.compile(r"\s+")
SCHEME_RE = re.compile(r"([a-z][a-z0-9+.\-]*):")
URL_NOISE_RE = re.compile("[\x00-\x20\x7f]")
YOUTUBE_ID_RE = re.compile(r"[A-Za-z0-9_-]{6,20}")
NO_MARKS = (False, False, None)  # (bold, italic, link)


def _clean(text: str) -> str:
    return CONTROL_RE.sub("", text)


def _collapse(text: str) -> str:
    return PLAIN_SPACE_RE.sub(" ", _clean(text)).strip()


def _shorten(text: str, length: int) -> str:
    return text if len(text) <= length else text[: length - 1].rstrip() + "…"


def _attr(tag: Tag, name: str) -> str:
    value = tag.get(name)
    if isinstance(value, list):
        value = " ".join(value)
    return _clean(value or "").strip()


def _scheme(url: str) -> str:
    match = SCHEME_RE.match(URL_NOISE_RE.sub("", url).lower())
    return match.group(1) if match else ""


def _is_text(node) -> bool:
    return isinstance(node, NavigableString) and not isinstance(
        node, PreformattedString | Script | Stylesheet | TemplateString | RubyParenthesisString
    )


def _parse(html: str) -> BeautifulSoup:
    return BeautifulSoup(_cut_open_comment(_clean(html or "")), "html.parser")


def _cut_open_comment(html: str) -> str:
    """Cut at a "<!--" that is never closed: a browser hides the rest as a comment, html.parser shows it as text."""
    position = html.find("<!--")
    while position != -1:
        end = html.find("-->", position + 4)
        if end == -1:
            return html[:position]
        position = html.find("<!--", end + 3)
    return html


def _text_lines(root) -> list[str]:
    """The lines of text under ``root``: block elements and <br> break lines, whitespace collapses."""
    lines, parts = [], []
    stack = [(root, False)]
    while stack:
        node, closing = stack.pop()
        if closing:
            lines.append("".join(parts))
            parts = []
        elif isinstance(node, Tag):
            name = node.name
            if name in DROP_SILENTLY or name in DROP_REPORTED:
                continue
            if name in BLOCK_LEVEL:
                lines.append("".join(parts))
                parts = []
                stack.append((node, True))
            stack.extend((child, False) for child in reversed(node.contents))
        elif _is_text(node):
            parts.append(str(node))
    lines.append("".join(parts))
    return [line for line in map(_collapse, lines) if line]


def plain_text(html: str) -> str:
    """The text of ``html`` with whitespace collapsed (for leads/summaries)."""
    try:
        return " ".join(_text_lines(_parse(html)))
    except Exception:  # RecursionError or a parser giving up: strip the tags by hand
        return " ".join(_fallback_paragraphs(html or ""))


def _fallback_paragraphs(html: str) -> list[str]:
    text = re.sub(r"<(script|style)\b[^>]*>.*?</\1\s*>", " ", _clean(html), flags=re.I | re.S)
    text = re.sub(r"<\s*/?\s*(?:br|p|div|h[1-6]|li|tr|table|blockquote|ul|ol)\b[^>]*>", "\n", text, flags=re.I)
    text = html_lib.unescape(re.sub(r"<[^>]*>", " ", text))
    return [line for line in map(_collapse, text.split("\n")) if line]


# Video addresses ------------------------------------------------------------------------------------------------


def video_url(src: str) -> str | None:
    """The watch address of a YouTube or Vimeo player/embed/watch URL, or None for anything else."""
    src = src.strip()
    if src.startswith("//"):
        src = "https:" + src
    try:
        parts = urlsplit(src)
        host = (parts.hostname or "").lower()
    except ValueError:
        return None
    if parts.scheme not in ("http", "https"):
        return None
    host = host.removeprefix("www.").removeprefix("m.")
    path = parts.path
    video_id = None
    if host in ("youtube.com", "youtube-nocookie.com"):
        if match := re.match(r"/(?:embed|v|shorts|live)/([^/?#&]+)", path):
            video_id = match.group(1)
        elif path.rstrip("/") == "/watch":
            video_id = (parse_qs(parts.query).get("v") or [""])[0]
    elif host == "youtu.be":
        video_id = path.strip("/").split("/")[0]
    if video_id is not None:
        return f"https://www.youtube.com/watch?v={video_id}" if YOUTUBE_ID_RE.fullmatch(video_id) else None
    if host == "player.vimeo.com" and (match := re.match(r"/video/(\d+)", path)):
        return f"https://vimeo.com/{match.group(1)}"
    if host == "vimeo.com" and (match := re.match(r"/(?:video/|channels/[^/]+/)?(\d+)", path)):
        return f"https://vimeo.com/{match.group(1)}"
    return None


# Rich text model -----------------------------------------------------------------------------------------------


class _LinkRef:
    """One <a href> of the source; resolved once, when its text is known."""

    __slots__ = ("href", "resolved", "tag")

    def __init__(self, href: str):
        self.href = href
        self.resolved = False
        self.tag = None  # the opening tag to write, or None: text without a link


class _TextBlock:
    """A paragraph, heading or list item: text runs ``(text, (bold, italic, link))``; "\\n" is a <br>."""

    __slots__ = ("kind", "depth", "runs", "pending_break")

    def __init__(self, kind: str, depth: int = 0):
        self.kind = kind  # "p", "h2", "h3", "h4", "ul", "ol"
        self.depth = depth
        self.runs = []
        self.pending_break = False

    def linked_texts(self):
        """{link: its text} for the links that hold some visible text, in order."""
        texts = {}
        for text, (_bold, _italic, link) in self.runs:
            if link is not None:
                texts[link] = texts.get(link, "") + text
        return {link: text for link, text in texts.items() if text.strip(" \xa0\n")}


def _common_marks(before, after):
    """A collapsed space between two runs keeps only the marks both share: "<b>a </b>b" → "<b>a</b> b"."""
    return (before[0] and after[0], before[1] and after[1], before[2] if before[2] is after[2] else None)


def _normalise(runs):
    """Collapse whitespace across runs the way a browser shows it; keep a lone &nbsp; between words."""
    runs = [run for run in runs if run[0]]
    if not runs:
        return []
    text = "".join(run[0] for run in runs)
    starts = list(itertools.accumulate((len(run[0]) for run in runs[:-1]), initial=0))
    out = []

    def marks_at(index):
        return runs[bisect.bisect_right(starts, index) - 1][1]

    def take(start, end):
        index = bisect.bisect_right(starts, start) - 1
        while start < end:
            run_text, marks = runs[index]
            stop = min(end, starts[index] + len(run_text))
            if stop > start:
                out.append((text[start:stop], marks))
            start = stop
            index += 1

    position = 0
    for match in COLLAPSE_RE.finditer(text):
        take(position, match.start())
        spaces = match.group()
        if match.start() == 0 or match.end() == len(text):
            replacement = ""
        elif "\n" in spaces:
            replacement = "\n" * min(2, spaces.count("\n"))
        elif spaces == "\xa0":
            replacement = "\xa0"
        else:
            replacement = " "
        if replacement:
            out.append((replacement, _common_marks(marks_at(match.start() - 1), marks_at(match.end()))))
        position = match.end()
    take(position, len(text))

    merged = []
    for marks, group in itertools.groupby(out, key=lambda run: run[1]):
        merged.append(("".join(run[0] for run in group), marks))
    return merged


def _escape(text: str) -> str:
    return html_lib.escape(text, quote=False).replace("\n", "<br/>")


def _runs_html(runs) -> str:
    """Nest the marks as a > b > i, so the tags are always balanced."""
    html = []
    for link, by_link in itertools.groupby(runs, key=lambda run: run[1][2]):
        linked = []
        for bold, by_bold in itertools.groupby(by_link, key=lambda run: run[1][0]):
            bolded = []
            for italic, by_italic in itertools.groupby(by_bold, key=lambda run: run[1][1]):
                text = _escape("".join(run[0] for run in by_italic))
                bolded.append(f"<i>{text}</i>" if italic else text)
            text = "".join(bolded)
            linked.append(f"<b>{text}</b>" if bold else text)
        text = "".join(linked)
        html.append(f"{link.tag}{text}</a>" if link is not None and link.tag else text)
    return "".join(html)


def _list_html(items) -> str:
    """Consecutive list items (with depths) as nested lists: a deeper list lives inside the item before it."""
    html, open_lists = [], []
    for item in items:
        depth = min(item.depth, len(open_lists))  # never skip a level
        while len(open_lists) > depth + 1:
            html.append(f"</li></{open_lists.pop()}>")
        if len(open_lists) == depth + 1 and open_lists[-1] != item.kind:
            html.append(f"</li></{open_lists.pop()}>")
        if len(open_lists) == depth + 1:
            html.append("</li><li>")
        else:
            html.append(f"<{item.kind}><li>")
            open_lists.append(item.kind)
        html.append(_runs_html(item.runs))
    while open_lists:
        html.append(f"</li></{open_lists.pop()}>")
    return "".join(html)


def _rich_html(text_blocks) -> str:
    html, items = [], []
    for block in text_blocks:
        if block.kind in ("ul", "ol"):
            items.append(block)
            continue
        if items:
            html.append(_list_html(items))
            items = []
        html.append(f"<{block.kind}>{_runs_html(block.runs)}</{block.kind}>")
    if items:
        html.append(_list_html(items))
    return "".join(html)


class _Context:
    """What a text block opened here becomes. ``li_mode``: "li" inside a list item, "list" directly in a list."""

    __slots__ = ("kind", "list_type", "list_depth", "li_mode", "pre")

    def __init__(self, kind="p", list_type="ul", list_depth=-1, li_mode=None, pre=False):
        self.kind = kind
        self.list_type = list_type
        self.list_depth = list_depth
        self.li_mode = li_mode
        self.pre = pre

    def derive(self, **changes):
        values = {name: getattr(self, name) for name in self.__slots__}
        values.update(changes)
        return _Context(**values)


# The converter -------------------------------------------------------------------------------------------------


class _Converter:
    def __init__(self, resolve: Resolver):
        self.resolve = resolve
        self.blocks = []
        self.problems = {}
        self.unresolved = {}
        self.lookups = {}
        self.rich = []  # finished text blocks of the paragraph block being built
        self.current = None  # the open text block
        self.contexts = [_Context()]
        self.marks = [NO_MARKS]
        self.figures = []  # [caption, used, figcaption element] of the figures we are in

    def result(self) -> Conversion:
        return Conversion(blocks=self.blocks, problems=list(self.problems), unresolved=list(self.unresolved))

    def problem(self, message: str):
        self.problems.setdefault(message, None)

    def lookup(self, url: str, image: bool) -> Link | None:
        key = (url, image)
        if key not in self.lookups:
            self.lookups[key] = self.resolve(url, image=True) if image else self.resolve(url)
            if self.lookups[key] is None:
                self.unresolved.setdefault(url, None)
        return self.lookups[key]

    # Walking the tree

    def run(self, html: str):
        self.walk(_parse(html))
        self.flush_paragraph()

    def walk(self, root):
        stack = [(root, None)]
        while stack:
            node, on_end = stack.pop()
            if on_end is not None:
                on_end()
            elif isinstance(node, Tag):
                visit, on_end = self.start(node)
                if visit:
                    stack.append((None, on_end or _nothing))
                    stack.extend((child, None) for child in reversed(node.contents))
            elif _is_text(node):
                self.text(str(node))

    def start(self, tag: Tag):
        """Handle an opening tag: (visit its children?, what to do at its end)."""
        name = tag.name.lower()
        if name in DROP_SILENTLY:
            return False, None
        if name in DROP_REPORTED:
            self.problem(_("The <%(tag)s> element was removed from the text.") % {"tag": name})
            return False, None
        handler = HANDLERS.get(name)
        if handler:
            getattr(self, handler)(tag)
            return False, None
        if name in BOLD:
            return self.push_marks(bold=True)
        if name in ITALIC:
            return self.push_marks(italic=True)
        if name == "a":
            return self.link(tag)
        if name in LISTS:
            parent = self.contexts[-1]
            return self.push_block(
                parent.derive(list_type=LISTS[name], list_depth=parent.list_depth + 1, li_mode="list"), close=True
            )
        if name == "li":
            parent = self.contexts[-1]
            if parent.list_depth < 0:  # a stray <li>: a bulleted list of its own
                return self.push_block(parent.derive(list_type="ul", list_depth=0, li_mode="li"), close=True)
            return self.push_block(parent.derive(li_mode="li"), close=True)
        if name == "figure":
            return self.figure(tag)
        if name == "figcaption" and self.figures and self.figures[-1][2] is tag:
            return False, None  # already taken as the figure's caption
        if name in HEADINGS or name in PARAGRAPHS or name in CONTAINERS:
            parent = self.contexts[-1]
            if parent.li_mode or name in CONTAINERS:
                context = parent  # in a list item only the item counts
            elif name in HEADINGS:
                context = parent.derive(kind=HEADINGS[name])
            else:
                context = parent.derive(kind="p", pre=name in PREFORMATTED)
            return self.push_block(context)
        return True, None  # span, font, u, small, sup, sub, abbr, code, unknown tags: just their content

    def push_marks(self, bold=False, italic=False, link=None):
        current = self.marks[-1]
        self.marks.append((current[0] or bold, current[1] or italic, link if link is not None else current[2]))
        return True, self.marks.pop

    def push_block(self, context: _Context, close=False):
        """Enter a block element; ``close``: end the text before it even inside a list item."""
        (self.close_text if close else self.boundary)()
        self.contexts.append(context)

        def end():
            self.contexts.pop()
            (self.close_text if close else self.boundary)()

        return True, end

    # Text

    def open_text(self) -> _TextBlock:
        if self.current is None:
            context = self.contexts[-1]
            if context.li_mode:
                self.current = _TextBlock(context.list_type, min(context.list_depth, MAX_LIST_DEPTH))
            else:
                self.current = _TextBlock(context.kind)
        return self.current

    def text(self, text: str):
        context = self.contexts[-1]
        if context.pre:
            text = PRE_SPACE_RE.sub(" ", _clean(text).replace("\r\n", "\n").replace("\r", "\n"))
        else:
            text = SPACE_RE.sub(" ", _clean(text))
        if not text:
            return
        visible = text.strip(" \xa0\n")
        if self.current is None and not visible:
            return  # whitespace between blocks
        block = self.open_text()
        if visible and block.pending_break:
            block.runs.append(("\n", NO_MARKS))
            block.pending_break = False
        block.runs.append((text, self.marks[-1]))

    def line_break(self, tag: Tag):
        if self.current is not None:
            self.current.pending_break = False
            self.current.runs.append(("\n", self.marks[-1]))

    def rule(self, tag: Tag):
        self.boundary()

    def boundary(self):
        """The edge of a block element: a new text block, or a line break inside a list item."""
        if self.contexts[-1].li_mode == "li":
            if self.current is not None and self.current.runs:
                self.current.pending_break = True
        else:
            self.close_text()

    def close_text(self):
        block, self.current = self.current, None
        if block is None:
            return
        block.runs = _normalise(block.runs)
        if not block.runs:
            return
        if block.kind in ("h2", "h3", "h4") and all(marks[0] for _text, marks in block.runs):
            block.runs = [(text, (False, italic, link)) for text, (_bold, italic, link) in block.runs]
        self.resolve_links(block)
        self.rich.append(block)

    def resolve_links(self, block: _TextBlock):
        for link, text in block.linked_texts().items():
            if link.resolved:
                continue
            link.resolved = True
            target = self.lookup(link.href, image=False)
            if target is None:
                self.problem(
                    _(
                        "Link to “%(url)s” (text “%(text)s”) leads to an item that was not imported; "
                        "the text is kept without the link."
                    )
                    % {"url": _shorten(link.href, 200), "text": _shorten(_collapse(text), 80)}
                )
            elif target.kind in ("page", "document") and target.id is not None:
                link.tag = f'<a linktype="{target.kind}" id="{int(target.id)}">'
            elif target.url:
                if _scheme(target.url) in SAFE_SCHEMES or not _scheme(target.url):
                    link.tag = f'<a href="{html_lib.escape(target.url.strip(), quote=True)}">'
                else:
                    self.problem(
                        _("Link “%(url)s” uses an unsupported kind of address and was removed; the text is kept.")
                        % {"url": _shorten(target.url, 200)}
                    )

    def flush_paragraph(self):
        self.close_text()
        if self.rich:
            self.blocks.append({"type": "paragraph", "value": _rich_html(self.rich)})
            self.rich = []

    def emit(self, block_type: str, value):
        """A block of its own: it ends the paragraph block before it."""
        self.flush_paragraph()
        self.blocks.append({"type": block_type, "value": value})

    def plain_paragraph(self, text: str):
        self.close_text()
        block = _TextBlock("p")
        block.runs = [(text, NO_MARKS)]
        self.current = block
        self.close_text()

    # Elements

    def link(self, tag: Tag):
        if not tag.has_attr("href"):
            return True, None  # <a name="…">: an anchor, just its text
        href = _attr(tag, "href")
        if not href:
            return True, None
        if _scheme(href) in DANGEROUS_SCHEMES:
            return True, None  # javascript: and the like: the text only
        return self.push_marks(link=_LinkRef(href))

    def figure_caption(self) -> str | None:
        """The caption of the figure we are in, if no image or table has taken it yet."""
        if self.figures and not self.figures[-1][1] and self.figures[-1][0]:
            self.figures[-1][1] = True
            return self.figures[-1][0]
        return None

    def figure(self, tag: Tag):
        figcaption = tag.find("figcaption", recursive=False)
        caption = " ".join(_text_lines(figcaption)) if figcaption is not None else ""
        entry = [caption, False, figcaption]
        self.figures.append(entry)
        self.boundary()

        def end():
            self.figures.pop()
            if entry[0] and not entry[1]:  # no image took the caption: keep it as text
                self.plain_paragraph(entry[0])
            self.boundary()

        return True, end

    def image(self, tag: Tag):
        src = _attr(tag, "src")
        if not src:
            return
        scheme = _scheme(src)
        if scheme == "data":
            self.problem(_("An image embedded directly in the text (a “data:” address) was left out."))
            return
        if scheme in DANGEROUS_SCHEMES:
            return
        if self.current is not None:  # links before the image are reported before it
            self.resolve_links(self.current)
        target = self.lookup(src, image=True)
        if target is None:
            self.problem(
                _("Image “%(url)s” leads to an item that was not imported; the image was left out.")
                % {"url": _shorten(src, 200)}
            )
            return
        if target.kind != "image" or target.id is None:
            self.problem(
                _("“%(url)s” is not an image in the portal's library, so it was left out.")
                % {"url": _shorten(src, 200)}
            )
            return
        caption = self.figure_caption() or _collapse(_attr(tag, "title"))
        if len(caption) > CAPTION_LENGTH:
            self.problem(
                _("The caption of image “%(url)s” was longer than %(length)s characters and was shortened.")
                % {"url": _shorten(src, 200), "length": CAPTION_LENGTH}
            )
            caption = _shorten(caption, CAPTION_LENGTH)
        self.emit("image", {"image": int(target.id), "caption": caption, "credit": ""})

    def embedded(self, tag: Tag):
        """<iframe>, and the <object>/<embed> of old Flash players: a YouTube or Vimeo video, or nothing."""
        sources = [_attr(tag, "src"), _attr(tag, "data")]
        if tag.name != "iframe":
            for element in [tag, *tag.find_all(["param", "embed"])]:
                if element.name == "param" and _attr(element, "name").lower() in ("movie", "src"):
                    sources.append(_attr(element, "value"))
                elif element.name == "embed":
                    sources.append(_attr(element, "src"))
        for source in filter(None, sources):
            if url := video_url(source):
                title = _shorten(_collapse(_attr(tag, "title")) or _("Video"), EMBED_TITLE_LENGTH)
                self.emit("embed", {"embed": url, "title": title, "transcript": ""})
                return
        source = next(filter(None, sources), "")
        if tag.name == "iframe" and source:
            self.problem(
                _("Embedded content from “%(url)s” was left out: only YouTube and Vimeo videos can be imported.")
                % {"url": _shorten(source, 200)}
            )
        else:
            self.problem(_("The <%(tag)s> element was removed from the text.") % {"tag": tag.name})

    def quote(self, tag: Tag):
        if tag.find(["img", "iframe", "table"]) is not None or tag.find("a", href=True) is not None:
            self.problem(_("A quotation contained links, images or tables; only its text was kept."))
        text = "\n".join(_text_lines(tag))
        if text:
            self.emit("quote", {"quote": text, "attribution": ""})

    def table(self, tag: Tag):
        rows, caption = _table_rows(tag, self)
        rows = [row for row in rows if row[0]]
        if not rows:
            if caption:
                self.plain_paragraph(caption)
            return
        grid, merged = _table_grid(rows)
        if not any(text for row in grid for text, _header in row) and not caption:
            return
        if merged:
            self.problem(_("A table had merged cells; they were split and the extra cells left empty."))
        first_row = rows[0][1] or all(cell["header"] for cell in rows[0][0])
        body = grid[1:] if first_row else grid
        first_col = bool(body) and all(row[0][1] for row in body)
        choice = {(True, True): "both", (True, False): "row", (False, True): "column"}.get(
            (first_row, first_col), "neither"
        )
        self.emit(
            "table",
            {
                "data": [[text for text, _header in row] for row in grid],
                "first_row_is_table_header": first_row,
                "first_col_is_header": first_col,
                "table_caption": caption or self.figure_caption() or "",
                "cell": [],
                "mergeCells": [],
                "table_header_choice": choice,
            },
        )


def _nothing():
    pass


def _span(tag: Tag, name: str) -> int:
    match = re.match(r"\s*([0-9]+)", _attr(tag, name))
    if not match:
        return 1
    number = parse_int(match.group(1))  # None for more digits than any span (int() fails past 4,300)
    return max(1, min(MAX_SPAN if number is None else number, MAX_SPAN))


def _table_rows(table: Tag, converter: _Converter):
    """([(cells, in_thead)], caption) of ``table``, reading cells as an HTML5 parser would: a <td> or <tr>
    ends the one before it even where html.parser nested them (optional end tags)."""
    rows, caption_parts = [], []
    row = cell = None
    thead = caption = 0
    stack = [(child, None) for child in reversed(table.contents)]
    while stack:
        node, closing = stack.pop()
        if closing is not None:
            if closing == "thead":
                thead -= 1
            elif closing == "caption":
                caption -= 1
            elif isinstance(closing, dict) and closing is cell:
                cell = None
            elif isinstance(closing, list) and closing is row:
                row = None
            elif closing == "space" and cell is not None:
                cell["parts"].append(" ")
            continue
        if _is_text(node):
            if caption:
                caption_parts.append(str(node))
            elif cell is not None:
                cell["parts"].append(str(node))
            continue
        if not isinstance(node, Tag):
            continue
        name = node.name
        if name in DROP_SILENTLY:
            continue
        if name in DROP_REPORTED:
            converter.problem(_("The <%(tag)s> element was removed from the text.") % {"tag": name})
            continue
        if name == "img":
            if _attr(node, "src"):
                converter.problem(
                    _("Image “%(url)s” inside a table was left out: table cells hold only text.")
                    % {"url": _shorten(_attr(node, "src"), 200)}
                )
            continue
        if name in EMBEDDED:
            converter.problem(_("Embedded content inside a table was left out: table cells hold only text."))
            continue
        if name == "table":  # a table in a cell: its text
            if cell is not None:
                cell["parts"].append(" " + " ".join(_text_lines(node)) + " ")
            continue
        closing = "space" if name in BLOCK_LEVEL else ""
        if name == "tr":
            row = closing = []
            rows.append((row, thead > 0))
            cell = None
        elif name in ("td", "th"):
            if row is None:  # cells without a row
                row = []
                rows.append((row, thead > 0))
            cell = closing = {"parts": [], "header": name == "th", "colspan": _span(node, "colspan")}
            cell["rowspan"] = _span(node, "rowspan") if node.get("rowspan", "").strip() != "0" else MAX_SPAN
            row.append(cell)
        elif name == "thead":
            thead += 1
            closing = "thead"
        elif name == "caption":
            caption += 1
            closing = "caption"
        elif name == "br" and cell is not None:
            cell["parts"].append(" ")
        stack.append((None, closing))
        stack.extend((child, None) for child in reversed(node.contents))
    return rows, _collapse("".join(caption_parts))


def _table_grid(rows):
    """A rectangular grid of (text, is_header) with merged cells spread out; and whether any were merged."""
    cells, merged = {}, False
    for row_index, (row, _thead) in enumerate(rows):
        column = 0
        for cell in row:
            while (row_index, column) in cells:
                column += 1
            text = _collapse("".join(cell["parts"]))
            rowspan = min(cell["rowspan"], len(rows) - row_index)
            if rowspan > 1 or cell["colspan"] > 1:
                merged = True
            for row_offset in range(rowspan):
                for column_offset in range(cell["colspan"]):
                    first = row_offset == 0 and column_offset == 0
                    cells[(row_index + row_offset, column + column_offset)] = (text if first else "", cell["header"])
            column += cell["colspan"]
    width = max(column for _row, column in cells) + 1
    return [[cells.get((row, column), ("", False)) for column in range(width)] for row in range(len(rows))], merged


def convert(html: str, resolve: Resolver) -> Conversion:
    """The rich text of a Plone item as the raw value of a BodyStreamBlock.

    ``resolve(url, *, image=False) -> Link | None`` maps the raw href/src of a link or image to what it became
    in the portal; None means an internal link to something that was not imported.
    """
    converter = _Converter(resolve)
    try:
        converter.run(html or "")
    except (RecursionError, ParserRejectedMarkup):
        converter = _Converter(resolve)
        paragraphs = _fallback_paragraphs(html or "")
        if paragraphs:
            converter.blocks.append(
                {"type": "paragraph", "value": "".join(f"<p>{_escape(text)}</p>" for text in paragraphs)}
            )
        converter.problem(
            _(
                "The text could not be read as HTML (it is broken or nested too deeply); it was imported "
                "as plain paragraphs, without formatting, links or images."
            )
        )
    return converter.result()
