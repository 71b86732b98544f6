"""What the base template needs on every page: menu, breadcrumbs, translations, statement link.

Each function costs one or two queries whatever the size of the site.
"""

from django.conf import settings
from django.utils.translation import get_language
from wagtail.models import Locale, Page, Site


def current_home(request, page=None):
    """The home page of the active language version (falls back to the default site root)."""
    site = Site.find_for_request(request)
    if site is None:
        return None
    root = site.root_page
    language = (getattr(page, "locale", None) and page.locale.language_code) or get_language()
    if root.locale.language_code == language:
        return root
    return root.get_translation_or_none(Locale.objects.filter(language_code=language).first()) or root


def main_menu(home):
    if home is None:
        return []
    return list(home.get_children().live().public().in_menu().order_by("path"))


def breadcrumbs(page, home):
    """Ancestors between the home page and the page (both included), or an empty list on the home page."""
    if page is None or home is None or page.pk == home.pk:
        return []
    return list(Page.objects.ancestor_of(page, inclusive=True).filter(depth__gte=home.depth).order_by("depth"))


def language_links(request, page=None):
    """One link per language: the page's live translation where there is one, else that language's home."""
    site = Site.find_for_request(request)
    homes = {}
    if site is not None:
        for home in site.root_page.get_translations(inclusive=True).live().select_related("locale"):
            homes[home.locale.language_code] = home
    translations = {}
    if page is not None and getattr(page, "pk", None):
        for translation in page.get_translations(inclusive=True).live().public().select_related("locale"):
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
