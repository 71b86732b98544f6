from django.http import Http404
from django.templatetags.static import static
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.auth import permission_denied
from wagtail.models import Page
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from portal.admin_messages import say_published_after_approval
from portal.admin_scoping import ScopedViewSetMixin
from portal.choosers import region_collection_first, region_pages_first
from portal.dashboard import construct_panels
from portal.documents import restriction_response
from portal.forms import TeamForm
from portal.models import (
    DocumentCategory,
    DocumentLibraryPage,
    ModelDocumentFile,
    ModelDocumentPage,
    Project,
    Region,
    RegionPage,
    StandardPage,
    Team,
    region_of,
)
from portal.sections import Section


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


class DocumentCategoryViewSet(SnippetViewSet):
    model = DocumentCategory
    icon = "tag"
    menu_label = _("Document categories")
    list_display = ["name", "slug", "sort_order"]
    search_backend_name = None
    search_fields = ["name"]


class TeamViewSet(ScopedViewSetMixin, SnippetViewSet):
    """Cooperation teams (G-PZK): course coordinators manage all, a region's moderators their own.

    Scoped in every view (portal.admin_scoping): another region's team is not found, whatever the URL.
    """

    model = Team
    icon = "group"
    menu_label = _("Cooperation teams")
    list_display = ["name", "municipality", "region"]
    list_filter = ["region"]
    search_backend_name = None
    search_fields = ["name", "municipality"]
    list_per_page = 50

    def get_form_class(self, for_update=False):
        return TeamForm

    def scope_queryset(self, request, queryset):
        teams = queryset.select_related("region")
        if request.user.is_superuser or request.user.has_perm("courses.view_all_learners"):
            return teams
        return teams.filter(region=region_of(request.user))


class StructureViewSetGroup(SnippetViewSetGroup):
    items = (ProjectViewSet, RegionViewSet, DocumentCategoryViewSet, TeamViewSet)
    menu_icon = "site"
    menu_label = _("Projects and regions")
    menu_name = "projects-and-regions"


register_snippet(StructureViewSetGroup)


@hooks.register("before_serve_document")
def refuse_restricted_model_document_files(document, request):
    """A file attached to model documents is served by Wagtail's own document URL only as the pages
    allow: not while every page that carries it is a draft (an embargoed report), except to editors,
    and to nobody a restricted page would refuse."""
    attachments = list(ModelDocumentFile.objects.filter(document=document).select_related("page"))
    live = [attachment.page for attachment in attachments if attachment.page.live]
    if attachments and not live and not request.user.has_perm("wagtailadmin.access_admin"):
        raise Http404
    for page in live:
        refusal = restriction_response(request, page)
        if refusal is not None:
            return refusal
    return None


# Approving the last step publishes the page: say so, not "zaktualizowana".
hooks.register("after_edit_page", say_published_after_approval)


@hooks.register("construct_homepage_panels")
def editors_dashboard(request, panels):
    construct_panels(request, panels)


def may_restructure(user, page):
    """Deleting or moving a page needs the right to add or to publish there, not only to edit it.

    Wagtail lets anyone who may edit a page delete or move it while it is a draft; the translators
    may edit the Polish pages (a fix goes to moderation) but must not remove or move the regions'
    drafts.
    """
    if user.is_superuser:
        return True
    return bool({"add", "publish"} & page.permissions_for_user(user).permissions)


@hooks.register("before_delete_page")
def refuse_delete_without_add_or_publish(request, page):
    if not may_restructure(request.user, page):
        return permission_denied(request)
    return None


@hooks.register("before_move_page")
def refuse_move_without_add_or_publish(request, page, destination):
    if not may_restructure(request.user, page):
        return permission_denied(request)
    return None


@hooks.register("before_bulk_action")
def refuse_bulk_delete_or_move_without_add_or_publish(request, action_type, objects, action_class_instance):
    if action_class_instance.action_type not in ("delete", "move"):
        return None
    pages = [obj for obj in objects if isinstance(obj, Page)]
    if any(not may_restructure(request.user, page) for page in pages):
        return permission_denied(request)
    return None


@hooks.register("construct_page_chooser_queryset")
def page_chooser_region_first(pages, request):
    return region_pages_first(pages, request)


@hooks.register("construct_image_chooser_queryset")
def image_chooser_region_first(images, request):
    return region_collection_first(images, request)


@hooks.register("construct_document_chooser_queryset")
def document_chooser_region_first(documents, request):
    return region_collection_first(documents, request)


@hooks.register("insert_global_admin_js")
def admin_accessibility_fixes():
    return format_html('<script src="{}" defer></script>', static("js/admin-a11y.js"))


@hooks.register("register_portal_sections")
def portal_sections():
    return [
        Section(
            name="library",
            item_model=ModelDocumentPage,
            index_model=DocumentLibraryPage,
            search_key="dokumenty",
            search_label=_("Documents"),
            search_order=30,
            listing=lambda documents: documents.newest(),
        ),
        Section(
            name="regions", item_model=RegionPage, search_key="regiony", search_label=_("Regions"), search_order=50
        ),
        Section(name="pages", item_model=StandardPage, search_key="strony", search_label=_("Pages"), search_order=60),
    ]
