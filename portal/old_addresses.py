"""Old Plone addresses with a view or download ending: /old/path/view, /old/file/@@download/file/x.pdf.

The import (portal.plone_import) stores a redirect for each item's old address and its usual endings;
Plone had many more (image scales, named downloads, event views). When Wagtail's redirects find nothing,
this middleware strips such an ending and tries the redirects of the item itself."""

from django import http
from wagtail.contrib.redirects.middleware import get_redirect
from wagtail.contrib.redirects.models import Redirect

from portal.plone_import.plan import PLONE_SUFFIX, strip_plone_suffix

DOWNLOAD_ENDINGS = ("/@@download/", "/at_download/", "/@@display-file/", "/download")
IMAGE_ENDINGS = ("/@@images/", "/image_", "/image")


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
