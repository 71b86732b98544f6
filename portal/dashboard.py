"""The editors' dashboard: their region's pages awaiting moderation ("Do akceptacji").

Moderators see Wagtail's "Awaiting your review" instead; see ``construct_panels``."""

from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField, Q
from django.db.models.functions import Cast
from django.utils.translation import gettext_noop
from wagtail.admin.ui.components import Component
from wagtail.models import Page, WorkflowState

from portal.models import RegionPage, region_of

AWAITING_LIMIT = 20


def region_pages_awaiting_moderation(region):
    """(workflow state, page) pairs of the region's pages, in every language, in moderation, newest first."""
    region_pages = list(RegionPage.objects.filter(region=region).values_list("path", flat=True))
    if not region_pages:
        return []
    in_region = Q()
    for path in region_pages:
        in_region |= Q(path__startswith=path)
    page_ids = Page.objects.filter(in_region).annotate(key=Cast("pk", CharField())).values("key")
    states = list(
        WorkflowState.objects.active()
        .filter(base_content_type=ContentType.objects.get_for_model(Page), object_id__in=page_ids)
        .select_related("requested_by", "current_task_state__task", "workflow")
        .order_by("-created_at")[:AWAITING_LIMIT]
    )
    pages = Page.objects.in_bulk([int(state.object_id) for state in states])
    return [(state, pages[int(state.object_id)]) for state in states if int(state.object_id) in pages]


class RegionModerationPanel(Component):
    """ "Do akceptacji": what the editor's region has submitted and is waiting for its moderators."""

    name = "region_moderation"
    template_name = "portal/admin/region_moderation_panel.html"
    order = 200

    def __init__(self, region):
        self.region = region

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        context["region"] = self.region
        context["awaiting"] = region_pages_awaiting_moderation(self.region)
        return context


# Wagtail's recent-edits panel keeps its template; the portal's catalogue renames its heading.
RECENT_EDITS_HEADING = gettext_noop("Your most recent edits")  # pl: "Moje ostatnie zmiany"


# Wagtail's "Your pages and snippets in a workflow", which "Do akceptacji" replaces for editors.
WAGTAIL_OWN_PAGES_PANEL = "user_objects_in_workflow_moderation"


def moderates(user, region):
    """Whether ``user`` may publish in ``region`` (its moderators), judged on its region pages."""
    return any(page.permissions_for_user(user).can_publish() for page in RegionPage.objects.filter(region=region))


def construct_panels(request, panels):
    """One list of the pages in moderation on each dashboard, never the same page twice.

    A region's moderators keep Wagtail's "Awaiting your review", which carries the approve and
    reject actions; its editors get "Do akceptacji" (every page of the region in moderation, whoever
    submitted it) in place of Wagtail's list of their own submissions.
    """
    region = region_of(request.user)
    if region is None or moderates(request.user, region):
        return
    panels[:] = [panel for panel in panels if getattr(panel, "name", None) != WAGTAIL_OWN_PAGES_PANEL]
    panels.append(RegionModerationPanel(region))
