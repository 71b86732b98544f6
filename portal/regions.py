"""A page's region is derived from its RegionPage ancestor (the tree is the permission boundary).

Helpers here attach region pages to a list of pages and filter querysets by region or project, each
in a constant number of queries whatever the number of pages.
"""

from django.db.models import Q
from wagtail.models import Page

from portal.models.pages import RegionPage

# root (1) → HomePage (2) → RegionPage (3): parent_page_types keep region pages at this depth.
REGION_PAGE_DEPTH = 3


def region_path(page):
    return page.path[: Page.steplen * REGION_PAGE_DEPTH]


def attach_region_pages(pages):
    """Set ``page.region_page`` (or None) on each page with one query; returns the list."""
    pages = list(pages)
    paths = {region_path(page) for page in pages if page.depth > REGION_PAGE_DEPTH}
    by_path = {}
    if paths:
        by_path = {
            region_page.path: region_page
            for region_page in RegionPage.objects.filter(path__in=paths).select_related("region__project")
        }
    for page in pages:
        page.region_page = by_path.get(region_path(page))
    return pages


def under_region_pages(queryset, region_pages):
    """Pages of ``queryset`` below any of ``region_pages`` (none when the list is empty)."""
    condition = Q(pk__in=[])
    for region_page in region_pages:
        condition |= Q(path__startswith=region_page.path, depth__gt=region_page.depth)
    return queryset.filter(condition)


def region_page_of(page):
    """The RegionPage above ``page``, or None."""
    if page.depth <= REGION_PAGE_DEPTH:
        return None
    return RegionPage.objects.filter(path=region_path(page)).select_related("region__project").first()
