"""``/health/`` for a load balancer: is the database, the cache and the media storage working?

Answered by a middleware placed first, before the host check and the HTTPS redirect, because load
balancers probe over plain HTTP with the server's address as the host. The answer is never cached.

- 200 ``{"status": "ok", …}`` when everything works;
- 200 ``{"status": "degraded", …}`` when only the cache fails: the portal keeps serving from the
  database (the Redis cache ignores its errors), so the server must stay in the pool;
- 503 ``{"status": "error", …}`` when the database or the media storage fails.
"""

import logging
import os
import uuid

from django.core.cache import cache
from django.core.files.storage import FileSystemStorage, default_storage
from django.db import connection
from django.http import JsonResponse

logger = logging.getLogger(__name__)

PATH = "/health/"


def check_database():
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        return cursor.fetchone() == (1,)


def check_cache():
    """A value written and read back: a cache that ignores its errors (Redis down) fails here."""
    key, value = "portal:health", uuid.uuid4().hex
    cache.set(key, value, 30)
    return cache.get(key) == value


def check_storage():
    """The media directory is writable, or the object storage answers (one HEAD request)."""
    if isinstance(default_storage, FileSystemStorage):
        location = default_storage.location
        return os.path.isdir(location) and os.access(location, os.W_OK)
    default_storage.exists("health-check")
    return True


CHECKS = {"database": check_database, "cache": check_cache, "storage": check_storage}
REQUIRED = {"database", "storage"}


def report():
    """``(status, {check: "ok" | "error"})``."""
    results = {}
    for name, check in CHECKS.items():
        try:
            results[name] = "ok" if check() else "error"
        except Exception as error:  # a failing service may raise anything; the report is the point
            logger.warning("Health check %s failed: %s", name, error)
            results[name] = "error"
    failed = {name for name, result in results.items() if result != "ok"}
    status = "error" if failed & REQUIRED else "degraded" if failed else "ok"
    return status, results


class HealthCheckMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path != PATH:
            return self.get_response(request)
        status, results = report()
        response = JsonResponse({"status": status, "checks": results}, status=503 if status == "error" else 200)
        response["Cache-Control"] = "no-store"
        return response
