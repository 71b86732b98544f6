"""Helpers for the governance tests: admin URLs, the page forms' POST data, refusals and snapshots."""

from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission, Workflow, WorkflowPage
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from portal.models import Profile, RegionPage
from tests.factories import UserFactory

# The page types an editor creates under a RegionPage (RegionPage.subpage_types), as app label and model.
REGION_SUBPAGE_TYPES = [
    ("news", "newspage"),
    ("news", "eventpage"),
    ("portal", "modeldocumentpage"),
    ("portal", "standardpage"),
]


def make_user(username, group_name, region=None):
    """A person an administrator put in the group ``group_name``, working for ``region`` (their Profile)."""
    user = UserFactory(username=username)
    user.groups.add(Group.objects.get(name=group_name))
    Profile.objects.create(user=user, region=region)
    return user


def add_url(app_label, model_name, parent):
    return reverse("wagtailadmin_pages:add", args=[app_label, model_name, parent.pk])


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def news_form_data(title, slug, lead="Krótko o szkoleniu zespołów interdyscyplinarnych.", **buttons):
    """What the NewsPage add and edit forms post: its fields, the empty body and the empty inline
    panels' management forms (gallery, related news, comments), plus the button pressed, e.g.
    ``news_form_data("…", "…", **{"action-submit": "1"})``."""
    return (
        nested_form_data(
            {
                "title": title,
                "slug": slug,
                "lead": lead,
                "date": "",
                "image": "",
                "tags": "",
                "body": streamfield([]),
                "gallery_images": inline_formset([]),
                "related_links": inline_formset([]),
                "comments": inline_formset([]),
                "seo_title": "",
                "search_description": "",
                "listing_summary": "",
                "social_image": "",
                "go_live_at": "",
                "expire_at": "",
            }
        )
        | buttons
    )


def assert_refused(response):
    """Wagtail's admin refuses a request it does not permit with 403 or, for an ordinary (non-AJAX)
    request, by redirecting to the dashboard with "Sorry, you do not have permission…"; either way
    the view itself (its form, its action) is never reached."""
    assert response.status_code in (302, 403), f"expected a refusal, got {response.status_code}"
    if response.status_code == 302:
        assert response.url == reverse("wagtailadmin_home"), f"redirected to {response.url}, not the dashboard"


def assert_shows_the_page_form(response):
    assert response.status_code == 200
    html = response.content.decode()
    assert 'name="title"' in html and 'name="slug"' in html


def task_groups(task):
    """The names of the groups that approve a GroupApprovalTask (other tasks have none)."""
    groups = getattr(task, "groups", None)
    return sorted(group.name for group in groups.all()) if groups is not None else []


def governance_snapshot():
    """Everything ``setup_governance()`` makes, as plain comparable values."""
    groups = {
        group.name: sorted(f"{p.content_type.app_label}.{p.codename}" for p in group.permissions.all())
        for group in Group.objects.prefetch_related("permissions__content_type")
    }
    page_permissions = sorted(
        (row.group.name, row.page.url_path, row.permission.codename)
        for row in GroupPagePermission.objects.select_related("group", "page", "permission")
    )
    collection_permissions = sorted(
        (row.group.name, row.collection.name, row.permission.content_type.app_label, row.permission.codename)
        for row in GroupCollectionPermission.objects.select_related("group", "collection", "permission__content_type")
    )
    collections = sorted((collection.path, collection.name) for collection in Collection.objects.all())
    workflows = {
        workflow.name: (
            workflow.active,
            [
                (
                    workflow_task.sort_order,
                    workflow_task.task.name,
                    type(workflow_task.task.specific).__name__,
                    task_groups(workflow_task.task.specific),
                )
                for workflow_task in workflow.workflow_tasks.select_related("task").order_by("sort_order")
            ],
        )
        for workflow in Workflow.objects.all()
    }
    workflow_pages = sorted(
        (row.page.url_path, row.workflow.name) for row in WorkflowPage.objects.select_related("page", "workflow")
    )
    region_pages = sorted(
        (page.url_path, page.locale.language_code, page.region.short_name, page.live)
        for page in RegionPage.objects.select_related("locale", "region")
    )
    return {
        "region_pages": region_pages,
        "groups": groups,
        "page_permissions": page_permissions,
        "collection_permissions": collection_permissions,
        "collections": collections,
        "workflows": workflows,
        "workflow_pages": workflow_pages,
    }
