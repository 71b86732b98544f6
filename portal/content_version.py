"""The site-wide content version: one number that every cache of rendered or listed content is keyed by.

Publishing, unpublishing, moving or deleting any page, or changing a view restriction, starts a new
version (portal/signals.py), so the page cache, the site chrome, the listings and their filter choices
are all renewed at once. Entries also expire after CACHE_SECONDS, so that with a per-process cache the
other workers catch up soon.
"""

from django.core.cache import cache

CACHE_SECONDS = 300
VERSION_KEY = "portal:listing-version"


def content_version():
    return cache.get_or_set(VERSION_KEY, 1, None)


def new_content_version():
    """Start a new version: everything cached under the old one is rendered afresh."""
    try:
        cache.incr(VERSION_KEY)
    except ValueError:
        cache.set(VERSION_KEY, 2, None)


def article_cache_version(request):
    """The version a page's cached article is kept under (``{% cache %}`` in its template), or None
    for a preview, whose draft must neither come from nor go into the cache."""
    if getattr(request, "is_preview", False):
        return None
    return content_version()


def cached_choices(name, compute):
    """``compute()``'s list, cached under ``name`` for the current content version."""
    key = f"portal:listing:{name}:{content_version()}"
    value = cache.get(key)
    if value is None:
        value = list(compute())
        cache.set(key, value, CACHE_SECONDS)
    return value
