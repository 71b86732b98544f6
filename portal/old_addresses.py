"""Old Plone addresses with a view or download ending: /old/path/view, /old/file/@@download/file/x.pdf.

The import (manage.py import_plone) stores a redirect for each item's old address and its usual endings;
Plone had many more (image scales, named downloads, event views). When Wagtail's redirects find nothing,
this middleware strips such an ending and tries the redirects of the item itself."""

import re

from django import http
from wagtail.contrib.redirects.middleware import get_redirect
from wagtail.contrib.redirects.models import Redirect

DOWNLOAD_ENDINGS = ("/@@download/", "/at_download/", "/@@display-file/", "/download")
IMAGE_ENDINGS = ("/@@images/", "/image_", "/image")
# The endings Plone adds to an item's address: views, downloads, image scales.
PLONE_SUFFIX = re.compile(
    r"/(?:view|@@view|edit|folder_contents|@@images/.*|@@download/.*|@@display-file/.*|at_download/.*|"
    r"download|image_[a-z]+|image|file|RSS|rss\.xml|event_view|ics_view|@@ics_view|vcs_view)/?$"
)


def strip_plone_suffix(path):
    """'/a/b/@@download/file/x.pdf' → '/a/b'; '/a/b/view' → '/a/b'."""
    stripped = PLONE_SUFFIX.sub("", path.rstrip("/")) or "/"
    return stripped.rstrip("/") or "/"


class OldAddressMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if response.status_code != 404 or request.method not in ("GET", "HEAD"):
            return response
        path = Redirect.normalise_path(request.path, decode_unicode=False)
        if len(path) > 1000 or not PLONE_SUFFIX.search(path.rstrip("/")):
            return response
        base = strip_plone_suffix(path)
        candidates = []
        if any(ending in path for ending in DOWNLOAD_ENDINGS):
            candidates.append(base + "/@@download/file")
        if any(ending in path for ending in IMAGE_ENDINGS):
            candidates.append(base + "/@@images/image")
        candidates.append(base)
        for candidate in candidates:
            redirect = get_redirect(request, candidate)
            if redirect is not None and redirect.link:
                return http.HttpResponsePermanentRedirect(redirect.link)
        return response
