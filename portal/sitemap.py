"""The site maps: sitemap.xml for search engines (every public page of every language), and the
HTML "Mapa serwisu" for people (the sections of one language version and their pages)."""

from dataclasses import dataclass, field

from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Locale, Page

from portal.visibility import public


class PortalSitemap(Sitemap):
    """Every live public page of every language version of the site, with hreflang alternates.

    The translations of a page are the other pages with its translation key in the same list, so
    alternates cost no query per page.
    """

    def items(self):
        site = self.get_wagtail_site()
        pages = Page.objects.none()
        for home in site.root_page.get_translations(inclusive=True):
            pages |= Page.objects.descendant_of(home, inclusive=True)
        pages = list(public(pages).order_by("path").defer_streamfields().specific())
        self.languages = dict(Locale.objects.values_list("pk", "language_code"))
        self.translations = {}
        for page in pages:
            self.translations.setdefault(page.translation_key, []).append(page)
        return pages

    def _urls(self, page, protocol, domain):
        # Wagtail's version iterates a queryset (.iterator()); items() returns a list here.
        urls = []
        last_mods = set()
        for item in self.paginator.page(page).object_list:
            translations = self.translations[item.translation_key]
            alternates = [
                {"lang_code": self.languages[translation.locale_id], "location": translation.get_full_url(self.request)}
                for translation in translations
            ]
            for url_info in item.get_sitemap_urls(self.request):
                if len(alternates) > 1:
                    url_info["alternates"] = alternates
                urls.append(url_info)
                last_mods.add(url_info.get("lastmod"))
        if last_mods and None not in last_mods:
            self.latest_lastmod = max(last_mods)
        return urls


@dataclass
class SiteMapEntry:
    page: Page
    children: list = field(default_factory=list)


def lists_children(page):
    """Whether the HTML site map lists a section's child: a page in the menus, or one that holds pages
    of its own (a course with its lessons). Dated items (news, events, documents) are left to their
    section's listing, so the map stays readable however much is published."""
    return page.show_in_menus or bool(page.specific_class.allowed_subpage_models())


def site_map_sections(home):
    """The live public sections under ``home`` (its children, in the editors' order), each with the
    children that ``lists_children`` keeps: one query for the whole map, whatever its size."""
    if home is None:
        return []
    pages = public(Page.objects.descendant_of(home).filter(depth__lte=home.depth + 2)).order_by("path")
    sections, by_path = [], {}
    for page in pages.select_related("content_type"):
        if page.depth == home.depth + 1:
            by_path[page.path] = SiteMapEntry(page)
            sections.append(by_path[page.path])
        elif page.path[: -Page.steplen] in by_path and lists_children(page):
            by_path[page.path[: -Page.steplen]].children.append(SiteMapEntry(page))
    return sections
