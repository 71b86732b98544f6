"""The portal as deployed: gunicorn with deploy/gunicorn.conf.py and the production settings, on a
database of its own (PostgreSQL when DATABASE_URL points at one, else a SQLite file) built by
``migrate``, ``load_demo`` and ``collectstatic``, with a shared Redis cache.

These tests talk HTTP to real servers, as a visitor behind the TLS proxy would (``X-Forwarded-Proto:
https``), so they see the headers, cookies, caches and failures of production. The site is built once
per test session; each server is started by the test that needs it.
"""

import os
import shutil
import uuid
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from tests.production.helpers import Site, redis_client, redis_url


def pytest_collection_modifyitems(config, items):
    """Slow and self-contained: they are ``production`` tests (``-m "not production"`` leaves them out),
    and run after the rest of the suite."""
    here = Path(__file__).parent
    for item in items:
        if Path(str(item.fspath)).is_relative_to(here):
            item.add_marker(pytest.mark.production)
    items.sort(key=lambda item: Path(str(item.fspath)).is_relative_to(here))


@pytest.fixture(scope="session")
def site(tmp_path_factory):
    """The deployed site's database, media and static files, built once; servers are stopped after
    each test by ``servers``."""
    try:
        redis_client().ping()
    except Exception as error:  # noqa: BLE001  (any failure means no Redis here)
        pytest.skip(f"Redis is not reachable at {redis_url()}: {error}")
    var_dir = tmp_path_factory.mktemp("deployed")
    prefix = f"portal-test-{uuid.uuid4().hex[:8]}"
    database_url = os.environ.get("DATABASE_URL", "")
    if database_url.startswith("postgres"):
        # pytest-xdist's worker id keeps two workers' sites apart (the test databases are suffixed the same way).
        worker = os.environ.get("PYTEST_XDIST_WORKER", "")
        name = f"{os.environ.get('TEST_DATABASE_NAME', 'test_portal')}_deployed{'_' + worker if worker else ''}"
        database_url = urlsplit(database_url)._replace(path=f"/{name}").geturl()
    else:
        database_url = f"sqlite:///{var_dir / 'portal.sqlite3'}"
    site = Site(var_dir, database_url, prefix)
    if site.postgres:
        site.admin_sql(f'DROP DATABASE IF EXISTS "{site.database_name}" WITH (FORCE)')
        site.admin_sql(f'CREATE DATABASE "{site.database_name}"')
    (var_dir / "media").mkdir()
    site.manage("migrate", "--noinput")
    site.manage("load_demo")
    site.manage("collectstatic", "--noinput", "-v0")
    yield site
    client = redis_client()
    for key in client.scan_iter(f"{prefix}*"):
        client.delete(key)
    if site.postgres:
        site.admin_sql(f'DROP DATABASE IF EXISTS "{site.database_name}" WITH (FORCE)')
    shutil.rmtree(var_dir, ignore_errors=True)


@pytest.fixture
def servers(site):
    """Start servers with ``servers.start(name, **environment)``; all are stopped after the test."""
    yield site
    while site.servers:
        site.servers.pop().stop()
