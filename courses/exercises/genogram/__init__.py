"""The genogram exercise: a family drawn in the McGoldrick–Gerson notation, laid out on the server.

Data flows one way: untrusted data → validation.parse() → Genogram (model) → layout() → render_svg() /
describe() / exports. docs/genogram-format.md documents the JSON format.
"""

from .export import export_filename, from_json, pdf_bytes, png_bytes, svg_bytes, to_json
from .layout import Layout, LayoutTooSlow, layout
from .model import MAX_NAME, MAX_NOTES, MAX_PEOPLE, Genogram
from .svg import render_svg
from .text import (
    child_kind_choices,
    couple_kind_choices,
    describe,
    describe_sections,
    relation_kind_choices,
    sex_choices,
    summary,
)
from .validation import GenogramError, empty_genogram, learner_copy, normalise, parse, validate

__all__ = [
    "MAX_NAME",
    "MAX_NOTES",
    "MAX_PEOPLE",
    "Genogram",
    "GenogramError",
    "Layout",
    "LayoutTooSlow",
    "child_kind_choices",
    "couple_kind_choices",
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
    "relation_kind_choices",
    "render_svg",
    "sex_choices",
    "summary",
    "svg_bytes",
    "to_json",
    "validate",
]
