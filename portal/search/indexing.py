"""What the search index holds for a page: its words, their lemmas and their unaccented forms.

Every page type lists its text in ``search_fields`` as usual (title, summary, body…). ``BasePage`` adds
one more field, ``search_lemmas``: all that text again, each word followed by its lemma and unaccented
forms (portal.search.lemmas). The plain fields keep exact phrases and Wagtail's admin search working;
``search_lemmas`` lets "kooperacji" find "kooperacją". The same text also feeds the results' excerpts.
"""

from django.core.exceptions import FieldDoesNotExist
from django.utils.html import strip_tags
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index

from portal.search import lemmas, text

LEMMA_FIELD = "search_lemmas"


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


def language_of(page):
    return page.locale.language_code if page.locale_id else "pl"


class ReadableTextField(index.SearchField):
    """A rich text or StreamField search field indexed as a reader sees it (portal.search.text): without
    Wagtail's choice labels ("Nagłówek 2") and with a break wherever a block or a line ends."""

    def get_value(self, obj):
        texts = text.field_text(obj, self.field_name)
        return super().get_value(obj) if texts is None else texts


def readable_search_fields(fields, model):
    """``fields`` with each plain SearchField on a rich text or StreamField read by ReadableTextField."""
    readable = []
    for field in fields:
        if type(field) is index.SearchField:
            try:
                model_field = model._meta.get_field(field.field_name)
            except FieldDoesNotExist:
                model_field = None
            if isinstance(model_field, (RichTextField, StreamField)):
                field = ReadableTextField(field.field_name, boost=field.boost, **field.kwargs)
        readable.append(field)
    return readable


class LemmaTitleField(index.SearchField):
    """The title field, indexed with its words' forms: the backends weigh a field named "title" most,
    so "Cele SMART" ranks first for "cel smart" even when long documents mention both words too."""

    def get_value(self, obj):
        return lemmas.index_text(super().get_value(obj) or "", language_of(obj))


def search_fields_with_lemmas(fields):
    """``fields`` (Page.search_fields, kept whole: Wagtail checks they are all there) plus the title's
    word forms, indexed as more title text, and ``search_lemmas``."""
    return [*fields, LemmaTitleField("title", boost=2), index.SearchField(LEMMA_FIELD)]


def lemma_text(page):
    """The value of the ``search_lemmas`` field: the words of every search field but the title, with their forms."""
    text = "\n".join(field_texts(page))
    language = language_of(page)
    from portal.search import vocabulary  # the "did you mean" index learns the page's words as it is indexed

    vocabulary.remember(f"{page.title}\n{text}", language)
    return lemmas.index_text(text, language)
