"""Real-browser tests: Playwright drives Debian's Chromium against pytest-django's live server.

See /work/shared/RECIPES.md ("Real browser and accessibility tests"). ``playwright install`` cannot
download browsers here, so the system Chromium is launched through ``executable_path``.

Without Chromium the tests are skipped with a reason; with ``REQUIRE_BROWSER=1`` (CI) they fail instead.
"""

import io
import mimetypes
import os
import shutil
import sqlite3
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from axe_playwright_python.sync_playwright import Axe

from tests.browser.helpers import DEMO_ADMIN_PASSWORD, ensure_tree_roots

BROWSER_DIR = Path(__file__).resolve().parent
CHROMIUM_PATH = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
# Without the --disable-background-networking group Chromium keeps trying to reach hosts that the
# closed network refuses.
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def chromium_executable() -> str | None:
    """The Chromium binary to launch, or None when it is not installed."""
    if os.path.isfile(CHROMIUM_PATH) and os.access(CHROMIUM_PATH, os.X_OK):
        return CHROMIUM_PATH
    return shutil.which(CHROMIUM_PATH)


def require_chromium() -> str:
    executable = chromium_executable()
    if executable:
        return executable
    reason = (
        f"Chromium not found at {CHROMIUM_PATH!r} (set CHROMIUM_PATH, or install it: apt-get install chromium); "
        "browser tests need the system Chromium because `playwright install` cannot download browsers here."
    )
    if os.environ.get("REQUIRE_BROWSER") == "1":
        pytest.fail(f"REQUIRE_BROWSER=1 but {reason}", pytrace=False)
    pytest.skip(reason)


def pytest_collection_modifyitems(config, items):
    """Every test in tests/browser/ is a ``browser`` test (``-m "not browser"`` leaves them out)."""
    for item in items:
        if BROWSER_DIR in Path(str(item.path)).resolve().parents:
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session", autouse=True)
def _allow_orm_beside_playwright():
    """Playwright's sync API runs an event loop in the test thread; Django refuses ORM calls (the test
    database set-up included) from a thread with a running loop unless told otherwise.

    Session scope, so it is in place before Playwright's session fixtures start the loop; it is set
    only once a browser test runs, and other tests never run inside an event loop anyway."""
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    yield
    if previous is None:
        del os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"]
    else:
        os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


@pytest.fixture(autouse=True)
def _chromium_available():
    """Skips (or, with REQUIRE_BROWSER=1, fails) before any fixture tries to launch the browser."""
    require_chromium()


@pytest.fixture(scope="session")
def axe():
    """One axe-core runner for the session's accessibility checks."""
    return Axe()


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    return {**browser_type_launch_args, "executable_path": require_chromium(), "args": ARGS}


@pytest.fixture(scope="session")
def base_url(live_server):
    """Lets tests call ``page.goto("/")``."""
    return live_server.url


@pytest.fixture(scope="session")
def browser_media_root(tmp_path_factory):
    return tmp_path_factory.mktemp("browser-media")


@pytest.fixture(scope="session")
def demo_snapshot():
    """A copy of the loaded demo database, kept for the session (in-memory SQLite only, see ``demo_site``)."""
    snapshot = {}
    yield snapshot
    if "sqlite" in snapshot:
        snapshot["sqlite"].close()


def in_memory_sqlite_connection():
    """The test database's sqlite3 connection when it is in-memory SQLite (the embedded default), else None."""
    from django.db import connection

    if connection.vendor != "sqlite" or not connection.is_in_memory_db():
        return None
    connection.ensure_connection()
    return connection.connection


def restore_demo(snapshot) -> bool:
    """Copies the saved demo back over the (flushed) test database; False when there is nothing to copy."""
    from django.contrib.contenttypes.models import ContentType

    database = in_memory_sqlite_connection()
    if database is None or "sqlite" not in snapshot:
        return False
    snapshot["sqlite"].backup(database)
    # The flush re-created content types under new ids; the process must not keep the old ones.
    ContentType.objects.clear_cache()
    return True


def save_demo(snapshot):
    database = in_memory_sqlite_connection()
    if database is not None:
        snapshot["sqlite"] = sqlite3.connect(":memory:", check_same_thread=False)
        database.backup(snapshot["sqlite"])


@pytest.fixture
def demo_site(transactional_db, live_server, settings, monkeypatch, browser_media_root, demo_snapshot):
    """The demo portal (``load_demo``) served by the live server, its default Site at the server's host/port.

    ``transactional_db`` empties the database after each test. Loading the demo takes about 20 s, so on
    in-memory SQLite it is loaded once per test process and copied back before each test with SQLite's
    backup API (milliseconds); on other databases it is loaded for every test. Its media files stay in the
    session's ``browser_media_root``.
    """
    from django.core.cache import cache
    from django.core.management import call_command
    from wagtail.models import Site

    settings.MEDIA_ROOT = browser_media_root
    cache.clear()
    if not restore_demo(demo_snapshot):
        ensure_tree_roots()
        monkeypatch.setenv("DEMO_ADMIN_PASSWORD", DEMO_ADMIN_PASSWORD)
        call_command("load_demo", stdout=io.StringIO())
        address = urlsplit(live_server.url)
        site = Site.objects.get(is_default_site=True)
        site.hostname = address.hostname
        site.port = address.port
        site.save()
        save_demo(demo_snapshot)
    # Wagtail caches the sites' root paths; an earlier test's (flushed) pages must not leak into this one.
    cache.clear()
    yield Site.objects.get(is_default_site=True)
    cache.clear()


@pytest.fixture
def context(context, demo_site, settings):
    """The browser context, with the demo's media served from MEDIA_ROOT.

    ``portal/urls.py`` serves media only with DEBUG on (production serves it from the web server), and the
    live server serves static files only, so images would otherwise be broken in the browser.
    """
    media_url = settings.MEDIA_URL
    media_root = Path(settings.MEDIA_ROOT).resolve()

    def serve_media(route):
        relative = unquote(urlsplit(route.request.url).path)[len(media_url) :]
        file = (media_root / relative).resolve()
        if media_root in file.parents and file.is_file():
            content_type = mimetypes.guess_type(file.name)[0] or "application/octet-stream"
            route.fulfill(status=200, path=str(file), content_type=content_type)
        else:
            route.fulfill(status=404, body="Not found", content_type="text/plain")

    context.route(f"{demo_site.root_url}{media_url}**", serve_media)
    return context
