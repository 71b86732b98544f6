from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page


class PortalSitemap(Sitemap):
    """Every live public page of every language version of the site, with hreflang alternates."""

    def items(self):
        site = self.get_wagtail_site()
        home_translations = site.root_page.get_translations(inclusive=True)
        pages = Page.objects.none()
        for home in home_translations:
            pages |= Page.objects.descendant_of(home, inclusive=True)
        return pages.live().public().order_by("path").defer_streamfields().specific()
