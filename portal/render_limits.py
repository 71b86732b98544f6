"""Expensive renders (PDFs, PNGs, spreadsheets): made once per content version and kept, limited per user
and across workers, so that no one person can hold every worker.

A view that makes such a file calls :func:`render_once` with a fingerprint of what goes into it (the
data, the template or code version, the format) and a function that makes the bytes:

- the bytes are kept in the cache (Redis in production, shared by every worker and server) under a key
  derived with HMAC (``SECRET_KEY``) from the kind, the owner and the fingerprint: a repeat is served
  without rendering, a changed content makes a new key, and the key is never in an address, so it can
  be neither guessed nor shared: the view checks who may see the file before it asks for it;
- a render needs the user's render lock (one render in progress per user across workers, a cache key
  with a short TTL: a worker killed mid-render frees it after ``RENDER_LOCK_SECONDS``), one of the
  ``RENDER_SLOTS`` render slots (a semaphore across workers, smaller than the number of workers: the
  others stay free for every other page) and the user's rate (``RENDERS_PER_MINUTE``);
- when one is missing, :class:`RenderRefused` says why; :func:`refused_response` is the polite page
  (429 for the user's own limits, 503 when every slot is taken) with ``Retry-After``.

Without a reachable cache (Redis down: the cache then ignores its errors) files are rendered without
the limits, as every other page then is: slower, never refused.

The core's mechanism: it imports no feature app; the apps give it the fingerprint and the render.
"""

import hashlib
import json
import time
import uuid
from collections import Counter
from pathlib import Path

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils.crypto import salted_hmac
from django.utils.translation import gettext_lazy as _

from portal.security import client_address

DEFAULT_SLOTS = 1
DEFAULT_LOCK_SECONDS = 40  # longer than gunicorn's timeout (30 s): no render outlives it
DEFAULT_CACHE_SECONDS = 7 * 24 * 3600
DEFAULT_PER_MINUTE = 10
MAX_KEPT_BYTES = 20_000_000  # larger files are served but not kept
RETRY_SECONDS = 5

# Renders made by this process, by kind: the tests and the benchmark read it (a cache hit is not a render).
renders = Counter()


class RenderRefused(Exception):
    """The render cannot start now: ``status`` 429 (the user's own limit) or 503 (every slot taken)."""

    def __init__(self, status, message, retry_after):
        super().__init__(message)
        self.status, self.message, self.retry_after = status, message, retry_after


def _setting(name, default):
    return getattr(settings, name, default)


def fingerprint(*parts):
    """A short stable digest of ``parts`` (text, bytes, or anything JSON can write)."""
    digest = hashlib.sha256()
    for part in parts:
        if not isinstance(part, bytes):
            if not isinstance(part, str):
                part = json.dumps(part, sort_keys=True, default=str, ensure_ascii=False)
            part = part.encode("utf-8", "surrogatepass")
        digest.update(len(part).to_bytes(8, "big"))
        digest.update(part)
    return digest.hexdigest()


def source_version(*paths):
    """A digest of the Python files under ``paths`` (files or folders): the code version of a renderer, so
    that a deployment that changes how a file is drawn never serves a file kept from before."""
    digest = hashlib.sha256()
    for path in map(Path, paths):
        files = sorted(path.rglob("*.py")) if path.is_dir() else [path]
        for file in files:
            digest.update(file.name.encode())
            digest.update(file.read_bytes())
    return digest.hexdigest()[:16]


def _key(kind, owner, content):
    mac = salted_hmac("portal.render_limits", f"{kind}\0{owner}\0{content}", algorithm="sha256").hexdigest()
    return f"render:{mac}"


def _user_key(request):
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return f"user-{user.pk}"
    return f"address-{client_address(request)}"  # behind the proxy REMOTE_ADDR is the proxy's


def _acquire(key, token, seconds):
    """True when the key was free and is now ours; None when the cache cannot be reached."""
    added = cache.add(key, token, seconds)
    return None if added is None else bool(added)


def _release(key, token):
    if cache.get(key) == token:
        cache.delete(key)


def _take_slot(token, seconds):
    """The number of a free render slot, now ours; -1 without a reachable cache; None when all are taken."""
    for number in range(max(1, _setting("RENDER_SLOTS", DEFAULT_SLOTS))):
        taken = _acquire(f"render-slot:{number}", token, seconds)
        if taken is None:
            return -1
        if taken:
            return number
    return None


def _count_render(user):
    """Counts one render in the user's current minute; the seconds until the next minute when over the limit."""
    window = 60
    now = time.time()
    key = f"render-rate:{user}:{int(now // window)}"
    cache.add(key, 0, window + 5)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        return None
    if count is None:  # cache unreachable
        return None
    if count > _setting("RENDERS_PER_MINUTE", DEFAULT_PER_MINUTE):
        return max(1, int(window - now % window) + 1)
    return None


def render_once(request, kind, owner, content, make):
    """The file's bytes: kept ones for this ``content`` fingerprint, or ``make()`` run now within the limits.

    ``kind`` names the file type and format ("genogram-pdf"); ``owner`` whose file it is (a user's id for
    personal content: one learner's file is never served to another from the cache); ``content`` a
    fingerprint of everything that goes into the file, the renderer's version included.
    Raises RenderRefused when the render cannot start now."""
    key = _key(kind, owner, content)
    kept = cache.get(key)
    if kept is not None:
        return kept
    if request is None:  # not a visitor's request (a command, a test of the file itself): no limits
        return _make(kind, key, make)
    lock_seconds = _setting("RENDER_LOCK_SECONDS", DEFAULT_LOCK_SECONDS)
    user = _user_key(request)
    lock, token = f"render-lock:{user}", uuid.uuid4().hex
    locked = _acquire(lock, token, lock_seconds)
    if locked is False:
        raise RenderRefused(429, _("The file is being prepared, please try again in a moment."), RETRY_SECONDS)
    slot = None
    try:
        kept = cache.get(key)  # made by another worker while this one waited for the lock
        if kept is not None:
            return kept
        slot = _take_slot(token, lock_seconds) if locked else -1
        if slot is None:
            raise RenderRefused(
                503, _("Many files are being prepared right now, please try again in a moment."), RETRY_SECONDS
            )
        wait = _count_render(user) if locked else None
        if wait:
            raise RenderRefused(
                429, _("You have asked for many files in a short time, please try again in a minute."), wait
            )
        return _make(kind, key, make)
    finally:
        if slot is not None and slot >= 0:
            _release(f"render-slot:{slot}", token)
        if locked:
            _release(lock, token)


def _make(kind, key, make):
    content = make()
    renders[kind] += 1
    if len(content) <= MAX_KEPT_BYTES:
        cache.set(key, content, _setting("RENDER_CACHE_SECONDS", DEFAULT_CACHE_SECONDS))
    return content


def refused_response(request, refused):
    """The polite page for a refused render, with Retry-After; never kept by any cache. Standalone (no
    context processors, no queries): it answers a busy moment, and must cost next to nothing."""
    context = {"message": refused.message, "retry_after": refused.retry_after, "again_url": request.get_full_path()}
    response = HttpResponse(render_to_string("portal/render_refused.html", context), status=refused.status)
    response["Retry-After"] = str(refused.retry_after)
    response["Cache-Control"] = "private, no-store"
    return response
