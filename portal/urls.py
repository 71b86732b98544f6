from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path
from django.utils.translation import pgettext_lazy
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from portal import documents, views
from portal.search.views import search
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

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Polish pages have no prefix; /en/ and /uk/ do.
urlpatterns += i18n_patterns(
    path("konto/", include("accounts.urls")),
    path(pgettext_lazy("URL", "search/"), search, name="search"),
    path("", include("courses.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)
