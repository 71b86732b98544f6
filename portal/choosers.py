"""Choosers open with the editor's own region first: its pages, its collection's images and documents."""

from django.db.models import Case, IntegerField, Q, Value, When
from wagtail.models import Collection, Page

from portal.models import RegionPage, region_of


def own_first(queryset, condition, *ordering):
    """``queryset`` with the rows matching ``condition`` first, each group in ``ordering``."""
    mine = Case(When(condition, then=Value(0)), default=Value(1), output_field=IntegerField())
    return queryset.annotate(portal_own_first=mine).order_by("portal_own_first", *ordering)


def region_pages_first(pages, request):
    region = region_of(request.user)
    if region is None:
        return pages
    paths = list(RegionPage.objects.filter(region=region).values_list("path", flat=True))
    if not paths:
        return pages
    own = Q()
    for path in paths:
        ancestors = [path[:cut] for cut in range(Page.steplen, len(path), Page.steplen)]
        own |= Q(path__startswith=path) | Q(path__in=ancestors)  # the way down to it comes first too
    return own_first(pages, own, "path")


def region_collection_first(objects, request):
    region = region_of(request.user)
    if region is None:
        return objects
    collection = Collection.objects.filter(name=region.short_name).first()
    if collection is None:
        return objects
    return own_first(objects, Q(collection=collection), "-created_at", "-pk")
