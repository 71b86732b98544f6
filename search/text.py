"""A page's text as a reader sees it, for the search index and the results' excerpts.

Wagtail's own searchable content of a StreamField is a flat list in which a heading's level ("Nagłówek 2")
and every other choice's label stand among the words, and its rich text keeps no space where a ``<br>``
or a ``<div>`` ended a line ("w Kielcach<br>e-mail" → "w Kielcache-mail"). Here each block's text is
its own item, choices and other settings are left out, and every HTML block element ends a line.
"""

import re
from html import unescape

from django.core.exceptions import FieldDoesNotExist
from django.utils.html import strip_tags
from wagtail import blocks
from wagtail.fields import RichTextField, StreamField
from wagtail.rich_text import RichText

# Elements that end a line when the HTML is shown (and <br>, <hr>): their text never runs into the next.
BLOCK_BOUNDARY = re.compile(
    r"<\s*(?:br|hr)\b[^>]*>|</?\s*(?:p|div|h[1-6]|li|ul|ol|dl|dt|dd|blockquote|pre|table|thead|tbody|tr|td|th|"
    r"caption|figure|figcaption|section|article|header|footer|address)\b[^>]*>",
    re.IGNORECASE,
)
SPACES = re.compile(r"[^\S\n]+")
# Blocks whose value is a setting, not words a reader sees as text (a heading's level, a callout's kind).
SETTING_BLOCKS = (blocks.ChoiceBlock, blocks.MultipleChoiceBlock, blocks.BooleanBlock)


def html_text(html):
    """Plain text of an HTML fragment: one line per block element, entities decoded, spaces collapsed."""
    text = unescape(strip_tags(BLOCK_BOUNDARY.sub("\n", str(html or ""))))
    lines = (SPACES.sub(" ", line).strip() for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


def block_texts(block, value):
    """The texts of one block's value, each block's text a separate item (settings left out)."""
    if value is None or isinstance(block, SETTING_BLOCKS):
        return []
    if isinstance(block, blocks.StreamBlock) or isinstance(value, blocks.StreamValue):
        return [text for child in value for text in block_texts(child.block, child.value)]
    if isinstance(block, blocks.ListBlock):
        return [text for item in value for text in block_texts(block.child_block, item)]
    if isinstance(block, blocks.StructBlock):
        return [text for name, child in block.child_blocks.items() for text in block_texts(child, value.get(name))]
    if isinstance(block, blocks.RichTextBlock) or isinstance(value, RichText):
        return [html_text(value.source if isinstance(value, RichText) else value)] if block.search_index else []
    return [html_text(text) for text in block.get_searchable_content(value) if text]


def field_text(obj, field_name):
    """The text of a model field holding rich text or a StreamField, as a list of block texts; None for others."""
    try:
        field = obj._meta.get_field(field_name)
    except FieldDoesNotExist:  # a property or a method: Wagtail's own reading applies
        return None
    if isinstance(field, StreamField):
        value = getattr(obj, field_name)
        return [text for text in block_texts(field.stream_block, value) if text] if value else []
    if isinstance(field, RichTextField):
        text = html_text(getattr(obj, field_name))
        return [text] if text else []
    return None
