import pytest
from wagtail.models import Locale, Page, Site

from home.models import HomePage
from tests.factories import HomePageFactory


@pytest.fixture
def locales(db):
    return {code: Locale.objects.get_or_create(language_code=code)[0] for code in ("pl", "en", "uk")}


@pytest.fixture
def home(locales):
    """root → HomePage (pl) → the default Site, replacing Wagtail's welcome page."""
    root = Page.get_first_root_node()
    home = HomePageFactory(parent=root, title="Portal Kooperacji", slug="strona-glowna", locale=locales["pl"])
    Site.objects.update_or_create(
        is_default_site=True, defaults={"hostname": "testserver", "port": 80, "root_page": home}
    )
    Page.objects.filter(depth=2).exclude(pk=home.pk).exclude(locale__language_code__in=["en", "uk"]).exclude(
        content_type__model="homepage"
    ).delete()
    return HomePage.objects.get(pk=home.pk)
