"""portal.render_limits: expensive files made once per content version and kept, within per-user and global
limits; and the course report exports that go through it (over HTTP)."""

import pytest
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.test import RequestFactory, override_settings

from portal import render_limits
from tests.courses import test_reports
from tests.courses.utils import get_as, report_url

# The course report's fixtures: a course, two regions' teams, learners at every stage, the staff.
course, teams, people = test_reports.course, test_reports.teams, test_reports.people


@pytest.fixture
def request_of(db):
    def make(username):
        request = RequestFactory().get("/plik.pdf")
        request.user = get_user_model().objects.get_or_create(username=username)[0]
        return request

    return make


def counted(kind):
    """A render that says how many times it ran."""
    calls = []

    def make():
        calls.append(1)
        return f"{kind} #{len(calls)}".encode()

    return make, calls


def test_a_file_is_made_once_per_owner_and_content(request_of):
    request = request_of("anna")
    make, calls = counted("pdf")

    first = render_limits.render_once(request, "test-pdf", "user-1", "v1", make)
    again = render_limits.render_once(request, "test-pdf", "user-1", "v1", make)
    changed = render_limits.render_once(request, "test-pdf", "user-1", "v2", make)
    someone_elses = render_limits.render_once(request, "test-pdf", "user-2", "v1", make)

    assert first == again == b"pdf #1"
    assert changed == b"pdf #2" and someone_elses == b"pdf #3"
    assert len(calls) == 3


def test_a_failed_render_frees_the_users_lock_and_the_slot(request_of, settings):
    settings.RENDER_SLOTS = 1
    request = request_of("anna")

    def broken():
        raise RuntimeError("the renderer failed")

    with pytest.raises(RuntimeError):
        render_limits.render_once(request, "test-pdf", "user-1", "v1", broken)

    make, calls = counted("pdf")
    assert render_limits.render_once(request, "test-pdf", "user-1", "v1", make) == b"pdf #1"
    assert render_limits.render_once(request_of("jan"), "test-pdf", "user-2", "v1", make) == b"pdf #2"


def test_one_render_per_user_at_a_time_and_a_cap_across_users(request_of, settings):
    settings.RENDER_SLOTS = 1
    anna, jan = request_of("anna"), request_of("jan")
    make, calls = counted("pdf")
    refusals = []

    def render_while_another_runs():
        for request in (anna, jan):
            try:
                render_limits.render_once(request, "test-pdf", f"user-{request.user.pk}", "other", make)
            except render_limits.RenderRefused as refused:
                refusals.append((refused.status, refused.retry_after))
        return b"first"

    assert render_limits.render_once(anna, "test-pdf", "user-a", "v1", render_while_another_runs) == b"first"
    assert refusals == [(429, render_limits.RETRY_SECONDS), (503, render_limits.RETRY_SECONDS)]
    assert calls == []
    assert render_limits.render_once(jan, "test-pdf", f"user-{jan.user.pk}", "other", make) == b"pdf #1"


def test_without_a_request_there_are_no_limits_but_files_are_kept(request_of):
    cache.add(f"render-slot:{0}", "another worker", 60)
    make, calls = counted("pdf")

    assert render_limits.render_once(None, "test-pdf", "nobody", "v1", make) == b"pdf #1"
    assert render_limits.render_once(None, "test-pdf", "nobody", "v1", make) == b"pdf #1"


@override_settings(
    CACHES={
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",  # nothing listens there: the cache is unreachable
            "OPTIONS": {"IGNORE_EXCEPTIONS": True, "SOCKET_CONNECT_TIMEOUT": 0.2, "SOCKET_TIMEOUT": 0.2},
        }
    },
    DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS=False,
)
def test_without_a_reachable_cache_files_are_made_not_refused(request_of):
    request = request_of("anna")
    make, calls = counted("pdf")

    assert render_limits.render_once(request, "test-pdf", "user-1", "v1", make) == b"pdf #1"
    assert render_limits.render_once(request, "test-pdf", "user-1", "v1", make) == b"pdf #2"


def test_the_fingerprint_tells_content_apart():
    assert render_limits.fingerprint("a", "bc") != render_limits.fingerprint("ab", "c")
    assert render_limits.fingerprint({"b": 1, "a": 2}) == render_limits.fingerprint({"a": 2, "b": 1})
    assert render_limits.fingerprint(b"x") == render_limits.fingerprint("x")


# The course report exports ----------------------------------------------------------------------------


def export(client, user, course, fmt="csv", query=""):
    response = get_as(client, user, report_url(course, f"{query}&export={fmt}" if query else f"export={fmt}"))
    assert response.status_code == 200
    return b"".join(response.streaming_content)


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_a_repeated_report_export_is_not_made_again_and_a_change_makes_a_new_one(client, people, course, fmt):
    kind = f"report-{fmt}"
    before = render_limits.renders[kind]

    first = export(client, people["coordinator"], course, fmt)
    again = export(client, people["coordinator"], course, fmt)

    assert again == first and render_limits.renders[kind] == before + 1
    get_user_model().objects.filter(username="anna").update(last_name="Nowakowska")
    changed = export(client, people["coordinator"], course, fmt)
    assert render_limits.renders[kind] == before + 2
    if fmt == "csv":
        assert "Anna Nowakowska" in changed.decode("utf-8-sig") and "Anna Nowak," in first.decode("utf-8-sig")


def test_a_region_moderator_never_gets_the_coordinators_kept_export(client, people, course):
    everyone = export(client, people["coordinator"], course).decode("utf-8-sig")
    before = render_limits.renders["report-csv"]

    own_region = export(client, people["moderator_a"], course).decode("utf-8-sig")

    assert render_limits.renders["report-csv"] == before + 1
    assert "Zieliński" in everyone and "Zieliński" not in own_region


def test_a_report_export_in_progress_for_the_same_coordinator_gets_429(client, people, course):
    coordinator = people["coordinator"]
    cache.add(f"render-lock:user-{coordinator.pk}", "another worker", 60)

    response = get_as(client, coordinator, report_url(course, "export=xlsx"))

    assert response.status_code == 429 and int(response["Retry-After"]) > 0
