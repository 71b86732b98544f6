"""What the base template needs on every page: menu, breadcrumbs, translations, footer links, and the
section index pages (news, events, library) that pages link to.

Each function costs one or two queries whatever the size of the site. The parts that are the same on
every page of a language version are cached until any page or the portal settings change (the content
version, see portal/signals.py): the section indexes here, the rest in portal/chrome.py. This module
needs none of the portal's models, so that pages (portal.models, news) can use it; the sections'
index models come from the registry (portal/sections.py).
"""

from django.conf import settings
from django.core.cache import cache
from django.utils.translation import get_language
from wagtail.models import Page, Site

from portal.content_version import CACHE_SECONDS, content_version
from portal.sections import section
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


# The sections that have an index page below each home page, for the pages that link to it.
INDEXED_SECTIONS = ("news", "events", "library")


def find_section_indexes(children):
    """{section name: the first live index page of that section among ``children``, a home page's}."""
    index_models = {
        found.index_model: found.name
        for found in map(section, INDEXED_SECTIONS)
        if found is not None and found.index_model is not None
    }
    indexes = {}
    if index_models:
        for page in public(children).type(*index_models).order_by("path").specific():
            indexes.setdefault(index_models[type(page)], page)
    return indexes


def section_indexes(home_path, children):
    """The section indexes of the language version at ``home_path``, cached until any page changes."""
    key = f"portal:indexes:{home_path}:{content_version()}"
    indexes = cache.get(key)
    if indexes is None:
        indexes = find_section_indexes(children)
        cache.set(key, indexes, CACHE_SECONDS)
    return indexes


def home_indexes(home):
    """The section indexes below ``home`` (no query for a home page without children)."""
    return section_indexes(home.path, home.get_children())


def indexes_of(page):
    """The section indexes of ``page``'s language version."""
    if page.depth <= HOME_DEPTH:
        return home_indexes(page)
    home_path = page.path[: Page.steplen * HOME_DEPTH]
    return section_indexes(home_path, Page.objects.filter(path__startswith=home_path, depth=HOME_DEPTH + 1))


def section_index(name, page):
    """The live section index ``name`` ("news", "events", "library") of ``page``'s language version."""
    return indexes_of(page).get(name)
