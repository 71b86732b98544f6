"""The deployed portal (see conftest.py): headers, cookies, the shared cache and sessions of two app
servers, and what visitors see when the database or Redis goes away."""

import json
import re
import time

import pytest

from tests.production.helpers import LEARNER, Visitor


def directives(policy):
    """A Content-Security-Policy header as {directive: [values]}."""
    parsed = {}
    for part in policy.split(";"):
        name, *values = part.split()
        parsed[name] = values
    return parsed


def test_health_answers_a_load_balancer_over_plain_http_with_any_host(servers):
    server = servers.start("a")
    response = Visitor().get(server, "/health/", headers={"Host": "10.0.0.5"}, secure=False)
    assert response.status == 200
    assert json.loads(response.text) == {
        "status": "ok",
        "checks": {"database": "ok", "cache": "ok", "storage": "ok"},
    }
    assert response.header("Cache-Control") == "no-store"


def test_public_pages_carry_the_security_headers(servers):
    server = servers.start("a")
    response = Visitor().get(server, "/")
    assert response.status == 200
    policy = directives(response.header("Content-Security-Policy"))
    assert policy["script-src"] == ["'self'"]  # no inline script can run on a public page
    assert policy["object-src"] == ["'none'"]
    assert policy["frame-ancestors"] == ["'none'"]
    assert policy["base-uri"] == ["'self'"]
    assert response.header("Strict-Transport-Security") == "max-age=31536000; includeSubDomains; preload"
    assert response.header("X-Content-Type-Options") == "nosniff"
    assert response.header("Referrer-Policy") == "strict-origin-when-cross-origin"
    assert response.header("X-Frame-Options") == "DENY"
    permissions = response.header("Permissions-Policy")
    assert "camera=()" in permissions and "geolocation=()" in permissions and "microphone=()" in permissions


def test_the_admin_policy_allows_only_what_wagtail_needs(servers):
    server = servers.start("a")
    response = Visitor().get(server, "/admin/login/")
    assert response.status == 200
    policy = directives(response.header("Content-Security-Policy"))
    assert policy["script-src"] == ["'self'", "'unsafe-inline'"]
    assert policy["frame-ancestors"] == ["'self'"]
    assert policy["object-src"] == ["'none'"]


def test_plain_http_is_redirected_to_https(servers):
    server = servers.start("a")
    response = Visitor().get(server, "/aktualnosci/", secure=False)
    assert response.status == 301
    assert response.header("Location") == "https://portal.test/aktualnosci/"


def test_cookies_are_secure_http_only_and_same_site(servers):
    server = servers.start("a")
    visitor = Visitor()
    visitor.get(server, "/konto/logowanie/")
    csrf = visitor.last_set_cookies["csrftoken"]
    assert "Secure" in csrf and "SameSite=Lax" in csrf
    visitor.log_in(server, LEARNER)
    session = visitor.last_set_cookies["sessionid"]
    assert "Secure" in session and "HttpOnly" in session and "SameSite=Lax" in session


def test_anonymous_pages_are_shared_through_the_cache_of_both_servers(servers):
    first, second = servers.start("a"), servers.start("b")
    _page_id, path, title = servers.news_item()
    response = Visitor().get(first, path)
    assert response.status == 200 and title in response.text
    assert response.header("X-Page-Cache") == "miss"
    assert response.header("Cache-Control") == "public, max-age=60, s-maxage=300"
    again = Visitor().get(second, path)
    assert again.header("X-Page-Cache") == "hit"
    assert again.text == response.text
    assert directives(again.header("Content-Security-Policy")) == directives(response.header("Content-Security-Policy"))


def test_a_session_made_on_one_server_is_valid_on_the_other(servers):
    first, second = servers.start("a"), servers.start("b")
    visitor = Visitor()
    visitor.log_in(first, LEARNER)
    response = visitor.get(second, "/konto/")
    assert response.status == 200
    assert "Anna" in response.text
    assert not response.header("X-Page-Cache")
    assert "private" in response.header("Cache-Control")
    # A signed-in visitor never gets the anonymous copy of a page.
    _page_id, path, _title = servers.news_item()
    Visitor().get(second, path)
    signed_in = visitor.get(second, path)
    assert not signed_in.header("X-Page-Cache")
    assert "Wyloguj" in signed_in.text


def test_a_page_unpublished_and_published_through_one_server_is_fresh_on_both(servers):
    first, second = servers.start("a"), servers.start("b")
    page_id, path, title = servers.news_item()
    reader = Visitor()
    assert reader.get(second, path).status == 200
    assert reader.get(second, path).header("X-Page-Cache") == "hit"

    editor = Visitor()
    editor.log_in(first, "admin", path="/admin/login/")
    # Production requires the second step of everyone with admin access: set up at the first sign-in.
    assert editor.get(first, "/admin/").header("Location").startswith("/konto/weryfikacja-dwuetapowa/")
    editor.set_up_two_factor(first)
    assert editor.get(second, "/admin/").status == 200  # the verified session holds on both servers
    # The audit log has the sign-in with the visitor's address from the proxy's X-Forwarded-For entry.
    logged = servers.sql("SELECT data FROM wagtailcore_modellogentry WHERE action = %s", "portal.login")
    assert any("203.0.113.7" in str(row[0]) for row in logged), logged
    editor.get(first, f"/admin/pages/{page_id}/unpublish/")
    response = editor.post(first, f"/admin/pages/{page_id}/unpublish/", {})
    assert response.status == 302, response.text[:2000]
    assert reader.get(second, path).status == 404
    assert reader.get(first, path).status == 404

    bulk = f"/admin/bulk/wagtailcore/page/publish/?id={page_id}"
    editor.get(first, bulk)
    response = editor.post(first, bulk, {})
    assert response.status == 302, response.text[:2000]
    for server in (second, first):
        shown = reader.get(server, path)
        assert shown.status == 200 and title in shown.text


def test_without_redis_the_portal_serves_from_the_database(servers):
    server = servers.start("no-redis", REDIS_URL="redis://127.0.0.1:9/0")  # nothing listens on port 9
    visitor = Visitor()
    _page_id, path, title = servers.news_item()
    response = visitor.get(server, path)
    assert response.status == 200 and title in response.text
    health = json.loads(visitor.get(server, "/health/").text)
    assert health["status"] == "degraded" and health["checks"]["cache"] == "error"
    visitor.log_in(server, LEARNER)  # sessions are kept in the database
    assert "Anna" in visitor.get(server, "/konto/").text


def test_when_the_database_goes_away_visitors_get_a_polish_503_and_the_site_recovers(servers):
    if not servers.postgres:
        pytest.skip("the outage is made by refusing connections to a PostgreSQL database")
    server = servers.start("a", DATABASE_CONN_MAX_AGE="60")
    visitor = Visitor()
    _page_id, cached_path, _title = servers.news_item()
    assert visitor.get(server, cached_path).status == 200  # now in the page cache
    name = servers.database_name
    try:
        servers.admin_sql(f'ALTER DATABASE "{name}" WITH ALLOW_CONNECTIONS false')
        servers.admin_sql(f"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{name}'")
        response = visitor.get(server, "/aktualnosci/?outage=1")
        assert response.status == 503
        assert "Portal jest chwilowo niedostępny" in response.text
        assert response.header("Retry-After") == "30"
        assert "Traceback" not in response.text
        health = visitor.get(server, "/health/")
        assert health.status == 503 and json.loads(health.text)["checks"]["database"] == "error"
        # Pages already in the cache are still served.
        assert visitor.get(server, cached_path).status == 200
    finally:
        servers.admin_sql(f'ALTER DATABASE "{name}" WITH ALLOW_CONNECTIONS true')
    deadline = time.monotonic() + 10
    while (status := visitor.get(server, "/aktualnosci/?outage=0").status) != 200 and time.monotonic() < deadline:
        time.sleep(0.2)
    assert status == 200
    assert json.loads(visitor.get(server, "/health/").text)["status"] == "ok"


def test_gunicorn_loads_the_dictionary_once_before_forking(servers):
    server = servers.start("a", LOG_LEVEL="INFO")
    log = server.log_path.read_text()
    assert len(re.findall(r"Polish dictionary loaded in [\d.]+ s", log)) == 1
