"""What every filtered, paginated listing shares: the filter form and the paginator."""

from django import forms
from django.core.paginator import Paginator
from django.utils.translation import gettext_lazy as _

from portal.models import RegionPage
from portal.regions import under_region_pages


class ListingFilterForm(forms.Form):
    """Region, project and year filters over the pages below the region pages of one home page.

    An unknown or overlong value is reported above the list and ignored: a normal page, never a 500.
    """

    region = forms.ChoiceField(label=_("Region"), required=False)
    project = forms.ChoiceField(label=_("Project"), required=False)
    year = forms.TypedChoiceField(label=_("Year"), required=False, coerce=int, empty_value=None)

    def __init__(self, data, *, home, years=(), **kwargs):
        super().__init__(data, **kwargs)
        self.region_pages = list(
            RegionPage.objects.child_of(home).live().select_related("region__project").order_by("title")
        )
        projects = {page.region.project for page in self.region_pages if page.region.project}
        self.projects = sorted(projects, key=lambda project: project.name)
        everything = [("", _("all"))]
        self.fields["region"].choices = everything + [(page.slug, page.title) for page in self.region_pages]
        self.fields["project"].choices = everything + [(project.slug, project.name) for project in self.projects]
        self.fields["year"].choices = everything + [(str(year), str(year)) for year in years]

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
    """A page of results; ``?page=abc``, ``?page=0`` and ``?page=99999`` give the first or last page."""
    return Paginator(queryset, per_page).get_page(request.GET.get("page"))
