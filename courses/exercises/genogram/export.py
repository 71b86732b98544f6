"""Files a learner downloads or uploads: SVG, PNG (CairoSVG), PDF (WeasyPrint) and JSON."""

import base64
import json
import re
from html import escape

from django.utils import translation
from django.utils.text import slugify
from django.utils.translation import gettext as _

from . import text
from .measure import text_width, wrap
from .model import Genogram
from .svg import INK, _element, _n, _text, render_svg
from .validation import GenogramError, parse

MAX_JSON_BYTES = 1_000_000  # a full genogram of 200 people with long notes is about 200 kB
MAX_PNG_SIDE = 8000
CAPTION_SIZE = 12
CAPTION_LINE = 16
CAPTION_MARGIN = 16
CAPTION_LINES = 3
CAPTION_WIDEST = 560  # a caption up to this wide stays on one line, widening a narrower drawing


def _genogram(value):
    """Exports accept a Genogram or its dict (then validated)."""
    return value if isinstance(value, Genogram) else parse(value)


def with_caption(drawing, caption):
    """The SVG text ``drawing`` with ``caption`` (e.g. "Autor: Anna Nowak · stan na 7 grudnia 2026 r.") in a
    band below it: the drawing grows by the band's height; the caption stays on one line (a narrow drawing
    is widened up to CAPTION_WIDEST) or wraps to the drawing's width (at most CAPTION_LINES lines); it
    ends the text alternative too."""
    caption = " ".join((caption or "").split())
    if not caption:
        return drawing
    root = re.search(r'<svg [^>]*?width="([\d.]+)" height="([\d.]+)" viewBox="0 0 [\d.]+ [\d.]+"', drawing)
    if root is None:  # not the drawing render_svg makes
        raise ValueError("with_caption() needs the SVG that render_svg() makes")
    width, height = float(root[1]), float(root[2])
    one_line = text_width(caption, CAPTION_SIZE) + 2 * CAPTION_MARGIN
    if one_line <= max(width, CAPTION_WIDEST):  # a narrow drawing is widened rather than its caption broken
        width, lines = max(width, one_line), [caption]
    else:
        lines = wrap(caption, width - 2 * CAPTION_MARGIN, CAPTION_SIZE, lines=CAPTION_LINES)
    new_height = height + CAPTION_LINE * (len(lines) + 1)
    opening = root[0]
    opening = opening.replace(f'width="{root[1]}" height="{root[2]}"', f'width="{_n(width)}" height="{_n(new_height)}"')
    opening = re.sub(r'viewBox="[^"]*"', f'viewBox="0 0 {_n(width)} {_n(new_height)}"', opening)
    band = [_element("rect", x=0, y=0, width=width, height=new_height, fill="#ffffff")]
    band += [
        _text(CAPTION_MARGIN, height + CAPTION_LINE * (number + 1), line, CAPTION_SIZE, anchor="start", fill=INK)
        for number, line in enumerate(lines)
    ]
    drawing = drawing.replace(root[0], opening, 1)
    drawing = drawing.replace("</desc>", f" {escape(caption)}</desc>{band[0]}", 1)
    caption_group = '<g class="genogram-caption">' + "".join(band[1:]) + "</g>"
    return drawing[: drawing.rindex("</svg>")] + caption_group + "</svg>\n"


def svg_bytes(genogram, title="", caption=""):
    """The drawing as standalone SVG; ``caption`` (author and date) below it."""
    return with_caption(render_svg(_genogram(genogram), title), caption).encode("utf-8")


def png_bytes(genogram, title="", scale=2, caption=""):
    """The drawing as PNG, ``scale`` times its size in CSS pixels (2: sharp on paper and on hi-dpi screens),
    smaller when that would exceed MAX_PNG_SIDE pixels (a very wide family)."""
    import cairosvg  # noqa: PLC0415  imported here: only PNG downloads need it

    drawing = svg_bytes(genogram, title, caption=caption)
    size = re.search(rb'<svg [^>]*width="([\d.]+)" height="([\d.]+)"', drawing)
    scale = min(scale, MAX_PNG_SIDE / max(float(size[1]), float(size[2])))
    return cairosvg.svg2png(bytestring=drawing, scale=scale)


def pdf_bytes(genogram, title="", caption=""):
    """An A4 landscape PDF (tagged, PDF/UA-1): the title, ``caption`` (author and date), the drawing and the
    genogram in words."""
    import weasyprint  # noqa: PLC0415  imported here: loading WeasyPrint takes half a second

    genogram = _genogram(genogram)
    title = title or _("Genogram")
    drawing = base64.b64encode(render_svg(genogram, title).encode("utf-8")).decode("ascii")
    sections = "".join(
        f"<h2>{escape(heading)}</h2><ul>{''.join(f'<li>{escape(sentence)}</li>' for sentence in sentences)}</ul>"
        for heading, sentences in text.describe_sections(genogram)
    )
    html = f"""<!DOCTYPE html>
<html lang="{escape(translation.get_language() or "pl")}">
<head>
<meta charset="utf-8">
<title>{escape(title)}</title>
<style>
@page {{ size: A4 landscape; margin: 1.2cm; }}
html {{ font-family: "DejaVu Sans", sans-serif; color: #1b1b1b; font-size: 10pt; line-height: 1.35; }}
h1 {{ font-size: 16pt; margin: 0 0 0.3cm; }}
h2 {{ font-size: 12pt; margin: 0.4cm 0 0.1cm; break-after: avoid; }}
figure {{ margin: 0; text-align: center; }}
figure img {{ max-width: 100%; max-height: 16cm; }}
.summary {{ margin: 0.3cm 0 0; }}
.caption {{ margin: 0 0 0.3cm; color: #3d3d3d; }}
ul {{ margin: 0; padding-left: 1.2em; }}
</style>
</head>
<body>
<h1>{escape(title)}</h1>
{f'<p class="caption">{escape(caption)}</p>' if caption else ""}
<figure><img src="data:image/svg+xml;base64,{drawing}" alt="{escape(text.summary(genogram))}"></figure>
<p class="summary">{escape(text.summary(genogram))}</p>
{sections}
</body>
</html>"""
    fetcher = weasyprint.urls.URLFetcher(allowed_protocols=["data"])
    return weasyprint.HTML(string=html, url_fetcher=fetcher).write_pdf(pdf_variant="pdf/ua-1")


def to_json(genogram):
    """The normalised JSON text (format version 1, UTF-8, indented)."""
    return json.dumps(_genogram(genogram).to_dict(), ensure_ascii=False, indent=2) + "\n"


def from_json(data):
    """A valid Genogram from uploaded JSON (text or bytes), or GenogramError with the reasons."""
    if isinstance(data, bytes):
        if len(data) > MAX_JSON_BYTES:
            raise GenogramError([_too_large()])
        try:
            data = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise GenogramError([_("The file is not a genogram: it is not UTF-8 text.")]) from None
    if not isinstance(data, str):
        raise GenogramError([_("The file is not a genogram: it is not JSON text.")])
    if len(data.encode("utf-8", "surrogatepass")) > MAX_JSON_BYTES:
        raise GenogramError([_too_large()])
    try:
        value = json.loads(data)
    except json.JSONDecodeError as error:
        raise GenogramError(
            [
                _("The file is not valid JSON (line %(line)s, column %(column)s).")
                % {"line": error.lineno, "column": error.colno}
            ]
        ) from None
    except (ValueError, RecursionError):  # numbers too long to read, nesting too deep
        raise GenogramError([_("The file is not a genogram: its JSON cannot be read.")]) from None
    return parse(value)


def _too_large():
    return _("The file is too large: a genogram file has at most %(size)s kB.") % {"size": MAX_JSON_BYTES // 1000}


def export_filename(title, extension):
    """An ASCII file name such as "genogram-rodzina-nowakow.png"."""
    ascii_title = (title or "").translate(str.maketrans("łŁ", "lL"))  # NFKD cannot split "ł"
    name = slugify(ascii_title)
    if not name.startswith("genogram"):
        name = f"genogram-{name}"
    name = name[:80].rstrip("-")
    return f"{name}.{extension}"
