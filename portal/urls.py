from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path, re_path
from django.utils.translation import pgettext_lazy
from django.views.static import serve
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from portal import documents, views
from portal.sitemap import PortalSitemap

handler404 = "portal.views.page_not_found"
handler500 = "portal.views.server_error"

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("dokumenty-pliki/", include(wagtaildocs_urls)),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": PortalSitemap}}, name="sitemap"),
    path("robots.txt", views.robots_txt, name="robots_txt"),
    path("pobierz/<int:file_id>/<str:filename>", documents.download_file, name="download_file"),
]

# The media files anyone may fetch directly: the raster images (originals, renditions, the admin's
# avatars). Production's web server serves these and nothing else (docs/operations.md, "Reverse proxy");
# documents and images still waiting in wagtail_uploads/ are read only by Django's permission-checked
# views (/dokumenty-pliki/, /pobierz/), which refuse restricted and embargoed files.
PUBLIC_MEDIA = r"(?:original_images|images|avatar_images)/[^/]+\.(?i:jpe?g|png|gif|webp)"


def development_media_patterns():
    """Development (DEBUG) serves /media/ the way production does: the images only, so a document is
    never reachable past its checks (/media/documents/… is a 404 as behind nginx)."""
    return [
        re_path(
            rf"^{settings.MEDIA_URL.lstrip('/')}(?P<path>{PUBLIC_MEDIA})$",
            serve,
            {"document_root": settings.MEDIA_ROOT},
        )
    ]


if settings.DEBUG:
    urlpatterns += development_media_patterns()

# Polish pages have no prefix; /en/ and /uk/ do.
urlpatterns += i18n_patterns(
    path("konto/", include("accounts.urls")),
    path("", include("search.urls")),
    path(pgettext_lazy("URL", "site-map/"), views.site_map, name="site_map"),
    path("", include("courses.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)
