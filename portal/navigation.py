"""What the base template needs on every page: menu, breadcrumbs, translations, statement link.

Each function costs one or two queries whatever the size of the site. The parts that are the same on
every page of a language version (``site_chrome``) are cached until any page or the portal settings
change (the listing cache version, see portal/signals.py).
"""

from django.conf import settings
from django.core.cache import cache
from django.utils.translation import get_language
from wagtail.models import Page, Site

from portal.visibility import public

# root (1) → HomePage (2): one home page per language version.
HOME_DEPTH = 2


def main_menu(home):
    if home is None:
        return []
    return list(public(home.get_children()).in_menu().order_by("path"))


def breadcrumbs(page, home):
    """Ancestors between the home page and the page (both included), or an empty list on the home page."""
    if page is None or home is None or page.pk == home.pk:
        return []
    return list(Page.objects.ancestor_of(page, inclusive=True).filter(depth__gte=home.depth).order_by("depth"))


def language_homes(site):
    """{language code: live home page} for the site's language versions."""
    return {
        home.locale.language_code: home
        for home in site.root_page.get_translations(inclusive=True).live().select_related("locale")
    }


def language_links(request, page=None, homes=None):
    """One link per language: the page's live translation where there is one, else that language's home."""
    if homes is None:
        site = Site.find_for_request(request)
        homes = language_homes(site) if site is not None else {}
    translations = {}
    if page is not None and getattr(page, "pk", None):
        for translation in public(page.get_translations(inclusive=True)).select_related("locale"):
            translations[translation.locale.language_code] = translation
    active = (getattr(page, "locale", None) and page.locale.language_code) or get_language()
    links = []
    for code, name in settings.LANGUAGES:
        target = translations.get(code) or homes.get(code)
        if target is None:
            continue
        links.append(
            {
                "code": code,
                "name": name,
                "url": target.get_url(request),
                "full_url": target.get_full_url(request),
                "is_active": code == active,
                "is_translation": code in translations,
            }
        )
    return links


def accessibility_statement(home):
    """The statement of the active language version, else of the Polish one."""
    from portal.models import AccessibilityStatementPage

    if home is None:
        return None
    statements = AccessibilityStatementPage.objects.live().select_related("locale")
    in_language = statements.child_of(home).first()
    return in_language or statements.filter(locale__language_code=settings.LANGUAGE_CODE).first()


def footer_links(portal_settings, language):
    """The footer's links, each to its page's live translation in ``language`` where there is one.

    Two queries whatever the number of links: the links with their pages, then the translations.
    """
    if portal_settings is None or not portal_settings.pk:
        return []
    links = list(portal_settings.footer_links.select_related("page__locale").order_by("sort_order"))
    keys = [link.page.translation_key for link in links]
    translated = {
        page.translation_key: page
        for page in Page.objects.filter(translation_key__in=keys, locale__language_code=language)
        .live()
        .select_related("locale")
    }
    result = []
    for link in links:
        target = translated.get(link.page.translation_key, link.page)
        use_label = bool(link.label) and language == settings.LANGUAGE_CODE
        result.append(
            {
                "page": target,
                "text": link.label if use_label else target.title,
                "language": target.locale.language_code,
            }
        )
    return result


def section_indexes(home):
    """{"news"|"events"|"library": the live index page of that section under ``home``}."""
    from news.models import EventIndexPage, NewsIndexPage
    from portal.models import DocumentLibraryPage

    if home is None:
        return {}
    names = {NewsIndexPage: "news", EventIndexPage: "events", DocumentLibraryPage: "library"}
    children = public(home.get_children()).type(*names).order_by("path").specific()
    indexes = {}
    for page in children:
        indexes.setdefault(names[type(page)], page)
    return indexes


def indexes_of(request, page):
    """The section indexes of ``page``'s language version (from the cached chrome when it is that one)."""
    home_path = page.path[: Page.steplen * HOME_DEPTH]
    chrome = site_chrome(request, get_language()) if request is not None else {}
    if chrome.get("home") is not None and chrome["home"].path == home_path:
        return chrome["indexes"]
    return section_indexes(Page.objects.filter(path=home_path).first())


def section_index(request, name, page):
    """The live section index ``name`` ("news", "events", "library") of ``page``'s language version."""
    return indexes_of(request, page).get(name)


def site_chrome(request, language):
    """Home, menu, statement, settings and footer of the request's site in ``language``, cached."""
    from portal.content_version import CACHE_SECONDS, content_version
    from portal.models import PortalSettings

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
            "indexes": section_indexes(home),
        }
        cache.set(key, chrome, CACHE_SECONDS)
    return chrome
