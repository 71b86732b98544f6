"""Small helpers for the portal's HTTP tests."""

import io

from bs4 import BeautifulSoup
from django.utils import translation
from django.utils.translation import gettext

# The demo accounts' password in ``demo_portal`` (tests/conftest.py).
DEMO_PORTAL_PASSWORD = "demo-portal-tests-password"
# The page Wagtail's migrations create and load_demo replaces.
WELCOME_TITLE = "Welcome to your new Wagtail site!"


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


def load_demo():
    """Runs ``manage.py load_demo``; returns what it printed."""
    from django.core.management import call_command

    out = io.StringIO()
    call_command("load_demo", stdout=out)
    return out.getvalue()


def demo_counts():
    """How many of each kind of thing ``load_demo`` makes (to show a second run adds nothing)."""
    from django.contrib.auth import get_user_model
    from wagtail.models import Page, Revision, Site

    from portal.models import PortalImage, Project, Region

    return {
        "pages": Page.objects.count(),
        "images": PortalImage.objects.count(),
        "regions": Region.objects.count(),
        "projects": Project.objects.count(),
        "users": get_user_model().objects.count(),
        "revisions": Revision.objects.count(),
        "sites": Site.objects.count(),
    }
