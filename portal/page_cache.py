"""Whole pages for anonymous visitors, kept in the cache (Redis in production) and served from it.

A news item shared widely is then read from the cache, without templates or SQL. What is stored:

- GET responses with status 200 to a request that carries no cookie but the CSRF token's: a signed-in
  user (``sessionid``) or a visitor with a message waiting (``messages``) always gets a fresh page;
- that set no cookie and used no CSRF token (pages with a POST form are never stored: the token in the
  form belongs to one visitor), are not streamed (file downloads) and do not say ``private``/``no-store``;
- under the listings' cache version (portal.listing), which portal/signals.py increments when any page
  is published, unpublished, moved or deleted, a restriction changes, or the header or footer
  settings change: every stored page, its listings, the home page and the feeds are then rendered
  afresh. At most PAGE_CACHE_SECONDS old in any case (date-relative listings such as upcoming events).

Responses that may be kept get ``Cache-Control: public`` with ``s-maxage`` for a CDN and a short
``max-age`` for browsers; others get ``private`` so that no shared cache keeps them.
"""

import hashlib

from django.conf import settings
from django.core.cache import cache
from django.utils.cache import patch_cache_control

from portal.listing import listing_cache_version

PAGE_CACHE_SECONDS = 300
BROWSER_SECONDS = 60
MAX_QUERY_STRING = 256  # longer query strings (hostile or odd) are not worth a cache entry
ALLOWED_COOKIES = {settings.CSRF_COOKIE_NAME}
SKIPPED_PREFIXES = ("/admin/", "/konto/", "/static/", "/media/", "/health/", "/pobierz/", "/dokumenty-pliki/")
HIT_HEADER = "X-Page-Cache"  # "hit" or "miss", for the benchmark and the tests


def may_serve_from_cache(request):
    return (
        request.method in ("GET", "HEAD")
        and set(request.COOKIES) <= ALLOWED_COOKIES
        and len(request.META.get("QUERY_STRING", "")) <= MAX_QUERY_STRING
        and not request.path.startswith(SKIPPED_PREFIXES)
    )


def may_store(request, response):
    cache_control = response.get("Cache-Control", "")
    return (
        request.method == "GET"
        and response.status_code == 200
        and not response.streaming
        and not response.cookies
        and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
        and "private" not in cache_control
        and "no-store" not in cache_control
        and "no-cache" not in cache_control
    )


def cache_key(request):
    address = f"{request.get_host()}{request.get_full_path()}"
    digest = hashlib.sha256(address.encode("utf-8", "surrogateescape")).hexdigest()[:40]
    return f"portal:page:{listing_cache_version()}:{digest}"


class AnonymousPageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not may_serve_from_cache(request):
            response = self.get_response(request)
            if "Cache-Control" not in response:
                patch_cache_control(response, private=True)
            return response
        key = cache_key(request)
        stored = cache.get(key)
        if stored is not None:
            stored[HIT_HEADER] = "hit"
            return stored
        response = self.get_response(request)
        if may_store(request, response):
            patch_cache_control(response, public=True, max_age=BROWSER_SECONDS, s_maxage=PAGE_CACHE_SECONDS)
            cache.set(key, response, PAGE_CACHE_SECONDS)
            response[HIT_HEADER] = "miss"
        elif "Cache-Control" not in response:
            patch_cache_control(response, private=True)
        return response
