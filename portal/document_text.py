"""The text of documents' files (PDF, DOCX, ODT), stored on the document so that search finds it by content.

Files come from editors but may be broken or hostile, so extraction never raises and is bounded: file size,
PDF pages, unpacked ZIP members and the length of the result are limited, and XML with a DTD is refused
(entity expansion). The format is decided by content (``%PDF``, ``PK``); the extension is only a hint.
"""

import io
import itertools
import logging
import re
import unicodedata
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

logger = logging.getLogger(__name__)

MAX_FILE_SIZE = 30 * 1024 * 1024  # larger files are skipped
MAX_PDF_PAGES = 200
MAX_XML_SIZE = 50 * 1024 * 1024  # a ZIP member that unpacks to more is refused (ZIP bomb)
MAX_TEXT_LENGTH = 200_000

DOCX_PART = "word/document.xml"
ODT_PART = "content.xml"
ODT_MIMETYPES = {"application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.text-template"}

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"


class UnsafeFile(Exception):
    """The file could be read, but reading it might exhaust memory (ZIP bomb, entity expansion)."""


def extract_text(file_obj, filename) -> str:
    """The text of a PDF, DOCX or ODT file, whitespace collapsed, at most MAX_TEXT_LENGTH characters.

    Returns "" for other formats, files over MAX_FILE_SIZE, password-protected PDFs and anything that
    cannot be read; never raises. The file's position is left where it was.
    """
    try:
        data = _read_limited(file_obj)
        if data is None:
            return ""
        return clean_text(_raw_text(data, Path(str(filename)).suffix.lower().lstrip(".")))
    except Exception as error:  # noqa: BLE001 – a file that cannot be read simply has no text
        logger.info("No text extracted from %s: %r", filename, error)
        return ""


def document_text(document) -> str:
    """The text of a (Wagtail) document's file: just uploaded or already in storage; "" when unreadable."""
    if not document.file:
        return ""
    try:
        with document.open_file() as file:
            return extract_text(file, document.file.name)
    except Exception as error:  # noqa: BLE001 – e.g. the file is missing from storage
        logger.info("No text extracted from document %s: %r", document.pk, error)
        return ""


_INVISIBLE = re.compile("[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb]")
# Control characters, lone surrogates (PostgreSQL refuses them), private-use glyphs of badly mapped PDF
# fonts, non-characters and the replacement character carry no searchable text.
_JUNK = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ue000-\uf8ff\ufffd-\uffff\U000f0000-\U0010ffff]")
_HORIZONTAL_SPACE = re.compile(r"[^\S\n]+")
_LINE_BREAKS = re.compile(r" ?\n\s*")


def clean_text(text: str) -> str:
    """Visible text only: one space between words, one newline between paragraphs, length capped."""
    text = _INVISIBLE.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = unicodedata.normalize("NFKC", _JUNK.sub(" ", text))  # NFKC: ligatures "ﬁ" → "fi", composed accents
    text = _LINE_BREAKS.sub("\n", _HORIZONTAL_SPACE.sub(" ", text)).strip()
    if len(text) > MAX_TEXT_LENGTH:
        text = text[:MAX_TEXT_LENGTH]
        boundary = max(text.rfind(" "), text.rfind("\n"))
        if boundary > MAX_TEXT_LENGTH - 100:  # do not end on half a word
            text = text[:boundary]
    return text


def _raw_text_limit():
    """How much raw text to gather: cleaning removes some whitespace, then the text is cut to MAX_TEXT_LENGTH."""
    return MAX_TEXT_LENGTH * 5 // 4


def _read_limited(file_obj):
    """The file's bytes, or None when it is larger than MAX_FILE_SIZE."""
    size = getattr(file_obj, "size", None)
    if isinstance(size, int) and size > MAX_FILE_SIZE:
        return None
    try:
        position = file_obj.tell()
    except (AttributeError, OSError, ValueError):
        position = None
    try:
        file_obj.seek(0)
        data = file_obj.read(MAX_FILE_SIZE + 1)
    finally:
        if position is not None:
            file_obj.seek(position)
    if isinstance(data, str):
        return None
    return None if len(data) > MAX_FILE_SIZE else bytes(data)


def _raw_text(data: bytes, extension: str) -> str:
    if b"%PDF-" in data[:1024]:  # readers accept the header anywhere in the first kilobyte
        return _pdf_text(data)
    if data.startswith(b"PK\x03\x04"):
        return _zip_text(data, extension)
    return ""


def _pdf_text(data: bytes) -> str:
    from pypdf import PdfReader  # noqa: PLC0415  (0.3 s to import: loaded when the first PDF comes)

    reader = PdfReader(io.BytesIO(data))
    # A PDF with only an owner password (no copying, no printing) opens with an empty user password.
    if reader.is_encrypted and not reader.decrypt(""):
        return ""
    pages, length = [], 0
    for page in itertools.islice(reader.pages, MAX_PDF_PAGES):
        try:
            text = page.extract_text() or ""
        except Exception as error:  # noqa: BLE001 – one broken page should not lose the others
            logger.info("A PDF page could not be read: %r", error)
            continue
        pages.append(text)
        length += len(text)
        if length > _raw_text_limit():  # reading on would only cost time: the text is cut anyway
            break
    return "\n".join(pages)


def _zip_text(data: bytes, extension: str) -> str:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        names = set(archive.namelist())
        if DOCX_PART in names:
            return _xml_text(_read_member(archive, DOCX_PART), DOCX)
        if ODT_PART in names and _is_odt_text(archive, names, extension):
            return _xml_text(_read_member(archive, ODT_PART), ODT)
    return ""  # spreadsheets, presentations, plain ZIP archives


def _is_odt_text(archive, names, extension):
    """An OpenDocument text, not a spreadsheet or presentation: its ``mimetype`` says so, or the extension."""
    if "mimetype" in names:
        return _read_member(archive, "mimetype", limit=200).decode("ascii", "replace").strip() in ODT_MIMETYPES
    return extension == "odt"


def _read_member(archive, name, limit=None):
    limit = MAX_XML_SIZE if limit is None else limit
    info = archive.getinfo(name)
    if info.file_size > limit:
        raise UnsafeFile(f"{name} unpacks to {info.file_size} bytes")
    with archive.open(info) as member:
        content = member.read(limit + 1)  # the header's size may lie
    if len(content) > limit:
        raise UnsafeFile(f"{name} unpacks to more than {limit} bytes")
    return content


class _Format:
    """How a word processor's XML holds its text."""

    def __init__(self, paragraphs, breaks, skipped, text_elements=None):
        self.paragraphs = frozenset(paragraphs)  # a newline after each
        self.breaks = breaks  # empty elements standing for a character: tabs, line breaks
        self.skipped = frozenset(skipped)  # nothing inside is text (deleted changes, duplicates, comments)
        # Where character data is text: inside these elements only (DOCX), or anywhere in a paragraph (ODT).
        self.text_elements = frozenset(text_elements) if text_elements else None


DOCX = _Format(
    paragraphs=[W + "p"],
    breaks={W + "tab": "\t", W + "br": "\n", W + "cr": "\n", W + "noBreakHyphen": "-"},
    # Text boxes are stored twice: as DrawingML and as a VML fallback for old readers.
    skipped=[MC + "Fallback"],
    text_elements=[W + "t"],
)
ODT = _Format(
    paragraphs=[TEXT + "p", TEXT + "h"],
    breaks={TEXT + "s": " ", TEXT + "tab": "\t", TEXT + "line-break": "\n"},
    skipped=[TEXT + "tracked-changes", TEXT + "note-citation", OFFICE + "annotation", OFFICE + "annotation-end"],
)


class _Enough(Exception):
    pass


class _TextCollector:
    """An ElementTree parser target: gathers a document's text in reading order without building a tree."""

    def __init__(self, document_format):
        self.format = document_format
        self.open_elements = []
        self.paragraph_depth = 0
        self.skipped_depth = 0
        self.parts = []
        self.length = 0

    def start(self, tag, attrib):
        self.open_elements.append(tag)
        if tag in self.format.skipped:
            self.skipped_depth += 1
        elif tag in self.format.paragraphs:
            self.paragraph_depth += 1
            self._add("\n")  # a paragraph may sit inside another: a footnote, a text box
        elif tag in self.format.breaks and self.paragraph_depth:
            self._add(self.format.breaks[tag])

    def end(self, tag):
        self.open_elements.pop()
        if tag in self.format.skipped:
            self.skipped_depth -= 1
        elif tag in self.format.paragraphs:
            self.paragraph_depth -= 1
            self._add("\n")

    def data(self, text):
        if self.format.text_elements is None:
            is_text = self.paragraph_depth > 0
        else:
            is_text = bool(self.open_elements) and self.open_elements[-1] in self.format.text_elements
        if is_text:
            self._add(text)

    def close(self):
        return "".join(self.parts)

    def _add(self, text):
        if self.skipped_depth:
            return
        self.parts.append(text)
        self.length += len(text)
        if self.length > _raw_text_limit():
            raise _Enough


def _xml_text(xml: bytes, document_format) -> str:
    # ElementTree expands internal entities; a DTD has no place in these parts, so any is refused. Expat
    # reads only ASCII-compatible encodings and UTF-16/32 (which contain NUL bytes), so the check sees it.
    if b"\x00" in xml or b"<!DOCTYPE" in xml or b"<!ENTITY" in xml:
        raise UnsafeFile("XML with a document type declaration")
    collector = _TextCollector(document_format)
    parser = ET.XMLParser(target=collector)
    try:
        for start in range(0, len(xml), 1 << 16):
            parser.feed(xml[start : start + (1 << 16)])
        parser.close()
    except _Enough:
        pass
    return "".join(collector.parts)
