"""What the search index holds for a page: its words, their lemmas and their unaccented forms.

Every page type lists its text in ``search_fields`` as usual (title, summary, body…). ``BasePage`` adds
the title's word forms and one more field, ``search_lemmas`` (portal.page_index): all that text again,
each word followed by its lemma and unaccented forms (search.lemmas). This module supplies their text
(search/wagtail_hooks.py registers it). The plain fields keep exact phrases and Wagtail's admin search
working; ``search_lemmas`` lets "kooperacji" find "kooperacją". The same text also feeds the results'
excerpts.
"""

from django.utils.html import strip_tags
from wagtail.search import index

from portal.page_index import LEMMA_FIELD, IndexText, language_of
from search import lemmas, text, vocabulary


def flatten(value):
    """A search field's value (text, a list of texts from a StreamField, a related object) as plain text."""
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return "\n".join(flatten(item) for item in value)
    return strip_tags(str(value))


def _values(obj, fields):
    for field in fields:
        if isinstance(field, index.SearchField) and field.field_name not in ("title", LEMMA_FIELD):
            yield flatten(field.get_value(obj))
        elif isinstance(field, index.RelatedFields):  # e.g. a news item's tags
            related = field.get_value(obj)
            objects = related.all() if hasattr(related, "all") else [related] if related is not None else []
            for item in objects:
                yield from _values(item, field.fields)


def field_texts(page):
    """The text of each of the page's search fields except the title, in the order the model lists them."""
    return [text.strip() for text in _values(page, page.get_search_fields()) if text.strip()]


def searchable_text(page):
    """The page's text without its title: what excerpts are cut from."""
    return "\n".join(field_texts(page))


def lemma_text(page):
    """The value of the ``search_lemmas`` field: the words of every search field but the title, with their forms."""
    text = "\n".join(field_texts(page))
    language = language_of(page)
    # The "did you mean" index learns the page's words as it is indexed.
    vocabulary.remember(f"{page.title}\n{text}", language)
    return lemmas.index_text(text, language)


# The text of BasePage's search fields (portal.page_index): word forms by search.lemmas, rich text and
# StreamFields as read by search.text.
INDEX_TEXT = IndexText(title_forms=lemmas.index_text, field_text=text.field_text, page_forms=lemma_text)
