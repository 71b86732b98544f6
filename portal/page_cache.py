"""Whole pages for anonymous visitors, kept in the cache (Redis in production) and served from it.

A news item shared widely is then read from the cache, without templates or SQL. What is stored:

- GET responses with status 200 to a request that carries no cookie but the CSRF token's: a signed-in
  user (``sessionid``) or a visitor with a message waiting (``messages``) always gets a fresh page;
- that set no cookie and used no CSRF token (pages with a POST form are never stored: the token in the
  form belongs to one visitor), are not streamed (file downloads) and do not say ``private``/``no-store``;
- under the site-wide content version (portal.content_version), which portal/signals.py increments when any page
  is published, unpublished, moved or deleted, a restriction changes, or the header or footer
  settings change: every stored page, its listings, the home page and the feeds are then rendered
  afresh. At most PAGE_CACHE_SECONDS old in any case (date-relative listings such as upcoming events).

The query string is part of the address only as far as the page reads it. The view gets ``request.GET``
as a ``ReadParameters``, which notes each parameter it looks up by name (a paginator's ``page``, the
fields of a filter form, the search's ``q``); a response is kept only when the view read every
parameter the request carries, under the parameters sorted. A parameter no page reads (``?x=…``,
``utm_source``, a misspelt filter) therefore never makes an entry: the page is rendered for that
visitor and not kept, so random query strings cannot fill the cache, nor one visitor's parameters end
up, echoed in a link, in the page another is served. Parameters a page reads may take any value, so one
address keeps at most MAX_QUERY_VARIANTS query strings in each PAGE_CACHE_SECONDS (``?page=<random>``
stops there); further ones are answered, not kept.

Responses that may be kept get ``Cache-Control: public`` with ``s-maxage`` for a CDN and a short
``max-age`` for browsers; others get ``private`` so that no shared cache keeps them.
"""

import hashlib
from urllib.parse import urlencode

from django.conf import settings
from django.core.cache import cache
from django.http import QueryDict
from django.utils.cache import patch_cache_control

from portal.content_version import content_version

PAGE_CACHE_SECONDS = 300
BROWSER_SECONDS = 60
MAX_QUERY_STRING = 256  # longer query strings (hostile or odd) are not worth a cache entry
ALLOWED_COOKIES = {settings.CSRF_COOKIE_NAME}
SKIPPED_PREFIXES = ("/admin/", "/konto/", "/static/", "/media/", "/health/", "/pobierz/", "/dokumenty-pliki/")
HIT_HEADER = "X-Page-Cache"  # "hit" or "miss", for the benchmark and the tests
MAX_QUERY_VARIANTS = 50  # query strings kept per address in one PAGE_CACHE_SECONDS


class ReadParameters(QueryDict):
    """``request.GET`` that notes in ``read`` the names looked up one by one: ``get``, ``getlist``,
    ``[name]``, ``name in`` (what forms, paginators and templates use). Reading all of them at once
    (``items()``, ``copy()``, ``{% querystring %}``) notes nothing: it echoes what the request carries."""

    def __init__(self, *args, **kwargs):
        self.read = set()  # QueryDict's own __init__ looks names up
        super().__init__(*args, **kwargs)
        self.read = set()

    @classmethod
    def of(cls, parameters):
        copy = cls(mutable=True, encoding=parameters.encoding)
        for name, values in parameters.lists():
            copy.setlist(name, values)
        copy._mutable = False
        copy.read = set()
        return copy

    def __getitem__(self, key):
        self.read.add(key)
        return super().__getitem__(key)

    def __contains__(self, key):
        self.read.add(key)
        return super().__contains__(key)

    def get(self, key, default=None):
        self.read.add(key)
        return super().get(key, default)

    def getlist(self, key, default=None):
        self.read.add(key)
        return super().getlist(key, default)

    def unread(self):
        """The names the request carries that the view never looked up."""
        return set(dict.keys(self)) - self.read


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


def digest(text):
    return hashlib.sha256(text.encode("utf-8", "surrogateescape")).hexdigest()[:40]


def cache_key(request):
    """The host, the path and the parameters sorted by name (each name's values in their order)."""
    pairs = [(name, value) for name, values in sorted(request.GET.lists()) for value in values]
    address = f"{request.get_host()}{request.path}?{urlencode(pairs)}"
    return f"portal:page:{content_version()}:{digest(address)}"


def room_for_variant(request):
    """Whether another query string of this address may be kept now (at most MAX_QUERY_VARIANTS)."""
    if not request.GET:
        return True
    counter = f"portal:page-variants:{content_version()}:{digest(request.get_host() + request.path)}"
    cache.add(counter, 0, PAGE_CACHE_SECONDS)
    try:
        count = cache.incr(counter)
    except ValueError:  # the counter expired in between
        return True
    return count is None or count <= MAX_QUERY_VARIANTS  # None: the cache is away (django-redis)


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
        parameters = request.GET = ReadParameters.of(request.GET)
        response = self.get_response(request)
        if may_store(request, response) and not parameters.unread() and room_for_variant(request):
            patch_cache_control(response, public=True, max_age=BROWSER_SECONDS, s_maxage=PAGE_CACHE_SECONDS)
            cache.set(key, response, PAGE_CACHE_SECONDS)
            response[HIT_HEADER] = "miss"
        elif "Cache-Control" not in response:
            patch_cache_control(response, private=True)
        return response
