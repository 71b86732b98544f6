"""The search fields every page has beyond its plain ones; the search app supplies the text they hold.

BasePage (portal.models.base) indexes its title a second time as its words' forms (LemmaTitleField), a
``search_lemmas`` field with the words of every other field and their forms, and its rich text and
StreamFields as a reader sees them (ReadableTextField). Which forms a word has and how a block reads are
the search app's business: it registers them through a Wagtail hook,

    @hooks.register("register_page_index_text")
    def page_index_text():
        return IndexText(title_forms=..., field_text=..., page_forms=...)

and these fields call them when a page is indexed, so the core never imports the search app.
"""

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from django.core.exceptions import FieldDoesNotExist, ImproperlyConfigured
from wagtail import hooks
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index

HOOK = "register_page_index_text"
LEMMA_FIELD = "search_lemmas"


@dataclass(frozen=True)
class IndexText:
    """The search app's text for the fields below.

    ``title_forms(title, language)``: the title's words with their forms; ``field_text(page, name)``: a
    rich text or StreamField as a list of block texts (None for other fields); ``page_forms(page)``:
    the value of ``search_lemmas``."""

    title_forms: Callable
    field_text: Callable
    page_forms: Callable


@cache
def index_text():
    """The one registered IndexText (the hooks are read once, after every app is loaded)."""
    found = [hook() for hook in hooks.get_hooks(HOOK)]
    if len(found) != 1:
        raise ImproperlyConfigured(f'One app must register the "{HOOK}" hook, not {len(found)}.')
    return found[0]


def language_of(page):
    return page.locale.language_code if page.locale_id else "pl"


class ReadableTextField(index.SearchField):
    """A rich text or StreamField search field indexed as a reader sees it: without Wagtail's choice
    labels ("Nagłówek 2") and with a break wherever a block or a line ends."""

    def get_value(self, obj):
        texts = index_text().field_text(obj, self.field_name)
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
        return index_text().title_forms(super().get_value(obj) or "", language_of(obj))


def search_fields_with_lemmas(fields):
    """``fields`` (Page.search_fields, kept whole: Wagtail checks they are all there) plus the title's
    word forms, indexed as more title text, and ``search_lemmas``."""
    return [*fields, LemmaTitleField("title", boost=2), index.SearchField(LEMMA_FIELD)]


def page_forms(page):
    """The value of the ``search_lemmas`` field."""
    return index_text().page_forms(page)
