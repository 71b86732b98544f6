import pytest
from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.test import override_settings
from django.utils import translation
from wagtail.models import Locale, Page, Site

from home.models import HomePage
from tests.factories import DocumentLibraryPageFactory, HomePageFactory, UserFactory
from tests.portal.utils import DEMO_PORTAL_PASSWORD, load_demo


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


@pytest.fixture(autouse=True)
def empty_cache():
    """Wagtail caches site root paths, and the portal its header, footer and filter choices, in the
    (local-memory) cache; no test sees another's."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def polish_by_default():
    """Each test starts in the default language: a language a request or an override left active in this
    thread would otherwise change the messages the next test reads."""
    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    """Images and files made by a test go to a folder of their own, removed after the test."""
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


@pytest.fixture
def regions(home):
    from tests.news.utils import build_regions

    return build_regions(home)


@pytest.fixture
def editor(client, home):
    """The test client signed in as the administrator "redakcja" (a module may define its own ``editor``)."""
    client.force_login(UserFactory(username="redakcja", superuser=True))
    return client


@pytest.fixture
def library(home):
    return DocumentLibraryPageFactory(parent=home)


@pytest.fixture(scope="module")
def demo_portal(django_db_setup, django_db_blocker, tmp_path_factory):
    """The demo portal (``load_demo``), loaded once for a module in a transaction rolled back afterwards.

    Each test's own transaction (``db``) nests inside it as a savepoint. Yields what ``load_demo`` printed."""
    media = tmp_path_factory.mktemp("demo-media")
    with django_db_blocker.unblock(), pytest.MonkeyPatch.context() as patch, override_settings(MEDIA_ROOT=media):
        patch.setenv("DEMO_ADMIN_PASSWORD", DEMO_PORTAL_PASSWORD)
        with transaction.atomic():
            cache.clear()
            yield load_demo()
            transaction.set_rollback(True)
        cache.clear()
