"""The genogram exercise: a family drawn in the McGoldrick–Gerson notation, laid out on the server.

Data flows one way: untrusted data → validation.parse() → Genogram (model) → layout() → render_svg() /
describe() / exports. docs/genogram-format.md documents the JSON format.
"""

from .export import export_filename, from_json, pdf_bytes, png_bytes, svg_bytes, to_json
from .layout import Layout, layout
from .model import Genogram
from .svg import render_svg
from .text import describe, describe_sections, summary
from .validation import GenogramError, empty_genogram, learner_copy, normalise, parse, validate

__all__ = [
    "Genogram",
    "GenogramError",
    "Layout",
    "describe",
    "describe_sections",
    "empty_genogram",
    "export_filename",
    "from_json",
    "layout",
    "learner_copy",
    "normalise",
    "parse",
    "pdf_bytes",
    "png_bytes",
    "render_svg",
    "summary",
    "svg_bytes",
    "to_json",
    "validate",
]
