"""What every filtered, paginated listing shares: the index page, the filter form and the paginator."""

import hashlib

from django import forms
from django.core.cache import cache
from django.core.exceptions import EmptyResultSet
from django.core.paginator import Paginator
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path

from portal.collation import polish_sort_key
from portal.content_version import CACHE_SECONDS, cached_choices, content_version
from portal.models.base import BasePage
from portal.models.pages import RegionPage
from portal.regions import attach_region_pages, under_region_pages
from portal.visibility import public


class ListingFilterForm(forms.Form):
    """Region, project and year filters over the pages below the region pages of one home page.

    An unknown or overlong value is reported above the list and ignored: a normal page, never a 500.
    """

    region = forms.ChoiceField(label=_("Region"), required=False)
    project = forms.ChoiceField(label=_("Project"), required=False)
    year = forms.TypedChoiceField(label=_("Year"), required=False, coerce=int, empty_value=None)

    def __init__(self, data, *, home, years=(), **kwargs):
        super().__init__(data, **kwargs)
        self.region_pages = sorted(
            RegionPage.objects.child_of(home).live().select_related("region__project"),
            key=lambda page: polish_sort_key(page.title),
        )
        projects = {page.region.project for page in self.region_pages if page.region.project}
        self.projects = sorted(projects, key=lambda project: project.name)
        everything = [("", _("all"))]
        self.fields["region"].choices = everything + [(page.slug, page.title) for page in self.region_pages]
        self.fields["project"].choices = everything + [(project.slug, project.name) for project in self.projects]
        if years:
            self.fields["year"].choices = everything + [(str(year), str(year)) for year in years]
        else:
            del self.fields["year"]  # e.g. events: no year filter to offer

    def valid_filters(self):
        """The filters that validated; invalid ones are dropped (their errors are shown)."""
        self.is_valid()
        return {name: value for name, value in self.cleaned_data.items() if value not in (None, "")}

    def filter_by_place(self, queryset):
        """Apply the region and project filters to ``queryset`` (pages below region pages)."""
        filters = self.valid_filters()
        if "region" in filters:
            queryset = under_region_pages(queryset, [p for p in self.region_pages if p.slug == filters["region"]])
        if "project" in filters:
            chosen = [p for p in self.region_pages if p.region.project and p.region.project.slug == filters["project"]]
            queryset = under_region_pages(queryset, chosen)
        return queryset


def paginate(request, queryset, per_page):
    """A page of results; ``?page=abc``, ``?page=0`` and ``?page=99999`` give the first or last page.

    The page is cut from the listing's ordered ids (cached, see ``cached_ids``), then only its rows
    are loaded.
    """
    page = Paginator(cached_ids(queryset), per_page).get_page(request.GET.get("page"))
    ids = list(page.object_list)
    rows = queryset.order_by().in_bulk(ids)
    page.object_list = [rows[pk] for pk in ids if pk in rows]
    return page


def cached_ids(queryset):
    """The ordered ids of ``queryset``, cached for the current content version under a hash of its SQL.

    Ordering and counting every matching row are the listing queries that grow with the collection
    (10,000 news: 15–30 ms of SQL on SQLite, the whole difference between a small and a big site).
    The list changes only when a page is published, unpublished, moved or deleted, or on a new day
    for date-relative queries (their SQL holds the date, so the key changes with it). 10,000 ids
    take about 50 KB in the cache.
    """
    return cached_values(queryset.values_list("pk", flat=True))


def cached_values(values):
    """The list of ``values`` (a ``values_list`` queryset), cached like ``cached_ids``."""
    try:
        sql, params = values.query.sql_with_params()
    except EmptyResultSet:
        return []
    digest = hashlib.sha256(f"{values.db}:{sql}:{params!r}".encode()).hexdigest()[:32]
    key = f"portal:listing:ids:{digest}:{content_version()}"
    value = cache.get(key)
    if value is None:
        value = list(values)
        # An empty result is cheap to find again and is what made-up filters (?tag=<random>, a search
        # for nonsense) give: keeping it would let anyone fill the cache with one key per request.
        if value:
            cache.set(key, value, CACHE_SECONDS)
    return value


class ListingIndexPage(RoutablePageMixin, BasePage):
    """An index below a home page listing one page type of its language version, filtered and paginated.

    A concrete index names the page type it lists (``item_model``, whose queryset's ``newest()`` gives
    the order), the date its year filter reads (``date_field``; None: no year filter) and the name of
    the years' cache, its filter form, its page size and the name its template reads the page of items
    under. It defines its own ``introduction`` field (each has its own help text) and template.
    """

    item_model = None
    date_field = None
    years_cache_name = None
    filter_form_class = ListingFilterForm
    per_page = 12
    context_object_name = "items"

    content_panels = BasePage.content_panels + [FieldPanel("introduction")]
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        abstract = True

    def home(self):
        return self.get_parent()

    def all_items(self):
        """The public items below the home page, in the index's language."""
        return public(self.item_model.objects.descendant_of(self.home())).filter(locale_id=self.locale_id)

    def years(self):
        """The years that have items, newest first, cached for the content version."""
        if self.date_field is None:
            return []
        dates = lambda: self.all_items().dates(self.date_field, "year", order="DESC")  # noqa: E731
        return [date.year for date in cached_choices(f"{self.years_cache_name}:{self.pk}", dates)]

    def filter_form(self, request, **kwargs):
        return self.filter_form_class(request.GET, home=self.home(), years=self.years(), **kwargs)

    def filtered(self, form):
        """The items that pass the form's place and year filters, newest first."""
        items = form.filter_by_place(self.all_items())
        filters = form.valid_filters()
        if "year" in filters:
            items = items.filter(**{f"{self.date_field}__year": filters["year"]})
        return items.newest()

    def for_cards(self, items):
        """What the cards show beyond the items' own fields: their region pages (one query)."""
        return attach_region_pages(items)

    def listing(self, request, **options):
        """One page of the filtered items, rendered with the filter form.

        ``options`` are a route's own choices (the events' archive): ``filtered()`` gets them, and so
        does the template, beside ``form``, ``filters`` and the page of items.
        """
        form = self.filter_form(request)
        page = paginate(request, self.filtered(form, **options), self.per_page)
        page.object_list = self.for_cards(page.object_list)
        return self.render(
            request,
            context_overrides={
                "form": form,
                self.context_object_name: page,
                "filters": form.valid_filters(),
                **options,
            },
        )

    @path("")
    def index(self, request):
        return self.listing(request)
