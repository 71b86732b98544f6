"""Small helpers for the portal's HTTP tests."""

from bs4 import BeautifulSoup
from django.utils import translation
from django.utils.translation import gettext


def soup(response):
    """The parsed HTML of a response."""
    return BeautifulSoup(response.content.decode(), "html.parser")


def translate(page, locale, **fields):
    """Copy ``page`` into ``locale`` the way an editor does, set ``fields`` and publish the copy."""
    translation = page.copy_for_translation(locale)
    for name, value in fields.items():
        setattr(translation, name, value)
    translation.save_revision().publish()
    translation.refresh_from_db()
    return translation


def ui(message, language="pl"):
    """An interface string as the visitor sees it: translated when the catalogue is compiled, else as is."""
    with translation.override(language):
        return " ".join(gettext(message).split())


def text_of(element):
    """The visible text of an element, whitespace collapsed."""
    return " ".join(element.get_text(" ", strip=True).split())
