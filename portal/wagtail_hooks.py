from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from portal.models import Project, Region


class ProjectViewSet(SnippetViewSet):
    # A few dozen rows: plain database lookups, no search index to keep current.
    search_backend_name = None
    model = Project
    icon = "folder-open-1"
    menu_label = _("Projects")
    list_display = ["name", "municipality_type", "lead_region"]
    list_filter = ["municipality_type"]
    search_fields = ["name"]


class RegionViewSet(SnippetViewSet):
    search_backend_name = None
    model = Region
    icon = "site"
    menu_label = _("Regions")
    list_display = ["short_name", "voivodeship", "project", "email"]
    list_filter = ["project"]
    search_fields = ["name", "short_name", "voivodeship", "city"]
    list_per_page = 50


class StructureViewSetGroup(SnippetViewSetGroup):
    items = (ProjectViewSet, RegionViewSet)
    menu_icon = "site"
    menu_label = _("Projects and regions")
    menu_name = "projects-and-regions"


register_snippet(StructureViewSetGroup)
