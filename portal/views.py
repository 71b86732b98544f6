import sys

from django.db import InterfaceError, OperationalError
from django.http import HttpResponse, HttpResponseServerError
from django.shortcuts import render
from django.template import loader
from django.urls import reverse
from django.utils.translation import get_language
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET
from django.views.defaults import page_not_found as django_page_not_found

from portal.chrome import site_chrome
from portal.sitemap import site_map_sections


def page_not_found(request, exception=None):
    return django_page_not_found(request, exception, template_name="404.html")


# The database is unreachable (stopped, restarting, out of connections): not a bug in the portal.
DATABASE_UNAVAILABLE = (OperationalError, InterfaceError)
RETRY_AFTER_SECONDS = 30


def server_error(request):
    """Django's handler of uncaught exceptions, called while the exception is being handled.

    Rendered without a context: the failure may come from the database or a context processor. When the
    database is unreachable the visitor gets "503 Service Unavailable" with a Polish page saying the
    portal will be back shortly; Django reconnects by itself on the next request once it returns."""
    if isinstance(sys.exc_info()[1], DATABASE_UNAVAILABLE):
        response = HttpResponse(loader.get_template("503.html").render(), status=503)
        response["Retry-After"] = str(RETRY_AFTER_SECONDS)
        response["Cache-Control"] = "no-store"
        return response
    return HttpResponseServerError(loader.get_template("500.html").render())


@require_GET
@cache_control(max_age=86400, public=True)
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


@require_GET
def site_map(request):
    """ "Mapa serwisu": the sections of the request's language version and their pages, for people
    (sitemap.xml is for search engines)."""
    home = site_chrome(request, get_language()).get("home")
    return render(request, "portal/site_map.html", {"home": home, "sections": site_map_sections(home)})
