"""/health/ for load balancers (portal/health.py), with the real services of this machine."""

import json
import os

import pytest

REDIS_URL = os.environ.get("REDIS_URL") or "redis://127.0.0.1:6379/0"


def redis_cache(location):
    return {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": location,
            "KEY_PREFIX": "portal-health-test",
            "OPTIONS": {"IGNORE_EXCEPTIONS": True, "SOCKET_CONNECT_TIMEOUT": 0.5, "SOCKET_TIMEOUT": 0.5},
        }
    }


def test_everything_working(client, db, media_root):
    media_root.mkdir(parents=True)
    response = client.get("/health/")
    assert response.status_code == 200
    assert json.loads(response.content) == {
        "status": "ok",
        "checks": {"database": "ok", "cache": "ok", "storage": "ok"},
    }
    assert response["Cache-Control"] == "no-store"


def test_a_probe_with_the_servers_address_as_host_is_answered(client, db, media_root, settings):
    settings.ALLOWED_HOSTS = ["portal.example.org"]
    media_root.mkdir(parents=True)
    assert client.get("/health/", HTTP_HOST="10.0.0.5").status_code == 200
    assert client.get("/", HTTP_HOST="10.0.0.5").status_code == 400  # only /health/ skips the host check


def test_shared_redis_cache_is_checked(client, db, media_root, settings):
    settings.CACHES = redis_cache(REDIS_URL)
    media_root.mkdir(parents=True)
    response = client.get("/health/")
    assert json.loads(response.content)["checks"]["cache"] == "ok"


def test_redis_away_is_degraded_but_stays_in_the_pool(client, db, media_root, settings):
    settings.CACHES = redis_cache("redis://127.0.0.1:9/0")  # nothing listens on port 9
    media_root.mkdir(parents=True)
    response = client.get("/health/")
    assert response.status_code == 200
    assert json.loads(response.content) == {
        "status": "degraded",
        "checks": {"database": "ok", "cache": "error", "storage": "ok"},
    }


def test_missing_media_storage_takes_the_server_out(client, db, media_root):
    response = client.get("/health/")  # media_root was never created: an unmounted volume
    assert response.status_code == 503
    assert json.loads(response.content)["checks"]["storage"] == "error"


@pytest.mark.parametrize("method", ["post", "put", "delete"])
def test_other_methods_get_the_same_report(client, db, media_root, method):
    media_root.mkdir(parents=True)
    assert getattr(client, method)("/health/").status_code == 200
