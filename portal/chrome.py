"""The parts of the base template that are the same on every page of a language version: home, menu,
accessibility statement, portal settings, footer. Cached until any page or the portal settings change
(the content version, see portal/signals.py).

Apart from portal/navigation.py because it needs the portal's models, which the navigation must not:
the region pages (portal.models) find their section indexes through the navigation.
"""

from django.conf import settings
from django.core.cache import cache
from wagtail.models import Site

from portal.content_version import CACHE_SECONDS, content_version
from portal.models import AccessibilityStatementPage, PortalSettings
from portal.navigation import footer_links, home_indexes, language_homes, main_menu


def accessibility_statement(home):
    """The statement of the active language version, else of the Polish one."""
    if home is None:
        return None
    statements = AccessibilityStatementPage.objects.live().select_related("locale")
    in_language = statements.child_of(home).first()
    return in_language or statements.filter(locale__language_code=settings.LANGUAGE_CODE).first()


def site_chrome(request, language):
    """Home, menu, statement, settings and footer of the request's site in ``language``, cached."""
    site = Site.find_for_request(request)
    if site is None:
        return {}
    key = f"portal:chrome:{site.pk}:{language}:{content_version()}"
    chrome = cache.get(key)
    if chrome is None:
        homes = language_homes(site)
        home = homes.get(language) or site.root_page
        portal_settings = PortalSettings.objects.select_related("funding_image").filter(site=site).first()
        chrome = {
            "home": home,
            "homes": homes,
            "menu": main_menu(home),
            "statement": accessibility_statement(home),
            "portal_settings": portal_settings,
            "footer_links": footer_links(portal_settings, language),
            "social_links": list(portal_settings.social_links.all()) if portal_settings else [],
            "indexes": home_indexes(home),
        }
        cache.set(key, chrome, CACHE_SECONDS)
    return chrome
