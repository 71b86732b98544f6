"""Who may do what in the admin: groups, page and collection permissions and workflows per region.

``setup_governance()`` (the ``setup_regions`` command) makes, for every Region:

- its RegionPage under the Polish home page, and its translations where that language's home exists;
- the groups "Redaktorzy – <ROPS>" (add and edit pages in the region, submit for moderation) and
  "Moderatorzy – <ROPS>" (also publish, unpublish, lock and unlock);
- the Collection "<ROPS>" with add, change and choose permissions for both groups on it alone;
- "choose" (and nothing more) on the shared Collection "Wspólne zasoby" (logos, the portal's own
  illustrations), so every region's choosers offer its images and documents;
- the workflow "<ROPS>" on the region page, whose task the moderators approve (its name completes
  Wagtail's button "Wyślij do akceptacji: <ROPS>");

and the central groups "Administratorzy portalu", "Koordynatorzy szkoleń" and "Tłumacze".

Everything is looked up by name and only added when missing: running it twice changes nothing, and
permissions an administrator added by hand are never taken away.
"""

from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.db import transaction
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Locale,
    Page,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)
from wagtail_localize.models import Translation, TranslationSource

from portal import audit
from portal.models import Region, RegionPage
from portal.sections import section

EDITOR_PAGE_PERMISSIONS = ["add_page", "change_page"]
MODERATOR_PAGE_PERMISSIONS = EDITOR_PAGE_PERMISSIONS + ["publish_page", "lock_page", "unlock_page"]
ADMINISTRATOR_PAGE_PERMISSIONS = MODERATOR_PAGE_PERMISSIONS + ["bulk_delete_page"]
REGION_COLLECTION_PERMISSIONS = [
    "wagtailimages.add_image",
    "wagtailimages.change_image",
    "wagtailimages.choose_image",
    "wagtaildocs.add_document",
    "wagtaildocs.change_document",
    "wagtaildocs.choose_document",
]
ADMINISTRATOR_COLLECTION_PERMISSIONS = REGION_COLLECTION_PERMISSIONS + [
    "wagtailimages.delete_image",
    "wagtaildocs.delete_document",
]
# The shared collection: every editor, moderator and course coordinator may choose its images and
# documents; only administrators (the root collection's permissions) add, change or delete them.
SHARED_COLLECTION_PERMISSIONS = ["wagtailimages.choose_image", "wagtaildocs.choose_document"]
ADMIN_ACCESS = "wagtailadmin.access_admin"
# Learners: moderators follow and invite their own region's learners; course coordinators everyone's.
REGION_LEARNER_PERMISSIONS = [
    "courses.view_region_learners",
    "accounts.invite_learners",
    "portal.add_team",
    "portal.change_team",
]
ALL_LEARNER_PERMISSIONS = REGION_LEARNER_PERMISSIONS + ["courses.view_all_learners", "courses.change_certificate"]

# What portal administrators manage besides pages and files: the regions and projects, document
# categories, the site settings, users and groups, workflows and translations.
ADMINISTRATOR_MODEL_PERMISSIONS = [
    ADMIN_ACCESS,
    "portal.add_project",
    "portal.change_project",
    "portal.delete_project",
    "portal.add_region",
    "portal.change_region",
    "portal.delete_region",
    "portal.add_documentcategory",
    "portal.change_documentcategory",
    "portal.delete_documentcategory",
    "portal.change_portalsettings",
    "auth.add_user",
    "auth.change_user",
    "auth.delete_user",
    "auth.add_group",
    "auth.change_group",
    "wagtailcore.add_workflow",
    "wagtailcore.change_workflow",
    "wagtailcore.add_task",
    "wagtailcore.change_task",
    "wagtail_localize.submit_translation",
    "accounts.change_accountsettings",
    "accounts.change_deletionrequest",
    *ALL_LEARNER_PERMISSIONS,
]

ADMINISTRATORS = "Administratorzy portalu"
COORDINATORS = "Koordynatorzy szkoleń"
TRANSLATORS = "Tłumacze"
COURSES_COLLECTION = "Szkoła Kooperacji"
SHARED_COLLECTION = "Wspólne zasoby"


def editors_group_name(region):
    return f"Redaktorzy – {region.short_name}"


def moderators_group_name(region):
    return f"Moderatorzy – {region.short_name}"


def workflow_name(region):
    """The region's workflow, named to complete "Wyślij do akceptacji: …" (locale/overrides)."""
    return region.short_name


def former_workflow_name(region):
    """The name earlier versions gave the workflow, renamed by ``ensure_workflow``."""
    return f"Akceptacja – {region.short_name}"


def task_name(region):
    return f"Akceptacja moderatora – {region.short_name}"


@dataclass
class Report:
    """What a run added, in words, for the command's output."""

    added: list = field(default_factory=list)
    notes: list = field(default_factory=list)

    def add(self, message):
        self.added.append(message)


def permission(name):
    app_label, codename = name.split(".")
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def page_permission(codename):
    return Permission.objects.get(content_type__app_label="wagtailcore", codename=codename)


def ensure_group(name, report):
    group, created = Group.objects.get_or_create(name=name)
    if created:
        report.add(f"group {name}")
    return group


def ensure_model_permissions(group, names, report):
    missing = [name for name in names if not group.permissions.filter(**_lookup(name)).exists()]
    for name in missing:
        group.permissions.add(permission(name))
        report.add(f"{group.name}: {name}")


def _lookup(name):
    app_label, codename = name.split(".")
    return {"content_type__app_label": app_label, "codename": codename}


def ensure_page_permissions(group, page, codenames, report):
    for codename in codenames:
        _perm, created = GroupPagePermission.objects.get_or_create(
            group=group, page=page, permission=page_permission(codename)
        )
        if created:
            report.add(f"{group.name}: {codename} on {page.title}")


def ensure_collection_permissions(group, collection, names, report):
    for name in names:
        _perm, created = GroupCollectionPermission.objects.get_or_create(
            group=group, collection=collection, permission=permission(name)
        )
        if created:
            report.add(f"{group.name}: {name} on {collection.name}")


def ensure_collection(name, report):
    root = Collection.get_first_root_node()
    collection = root.get_children().filter(name=name).first()
    if collection is None:
        collection = root.add_child(name=name)
        report.add(f"collection {name}")
    return collection


def shared_collection(report=None):
    """The collection whose images and documents every editor may choose (made when missing)."""
    return ensure_collection(SHARED_COLLECTION, report or Report())


def ensure_workflow(region, region_page, moderators, report):
    """The region's moderation workflow with its one task, assigned to the region page."""
    workflow = Workflow.objects.filter(name=workflow_name(region)).first()
    if workflow is None:
        workflow = Workflow.objects.filter(name=former_workflow_name(region)).first()
        if workflow is not None:
            report.add(f"workflow {workflow.name} renamed {workflow_name(region)}")
            workflow.name = workflow_name(region)
            workflow.save(update_fields=["name"])
        else:
            workflow = Workflow.objects.create(name=workflow_name(region))
            report.add(f"workflow {workflow.name}")
    if not workflow.workflow_tasks.exists():
        task = GroupApprovalTask.objects.filter(name=task_name(region)).first()
        if task is None:
            task = GroupApprovalTask.objects.create(name=task_name(region))
            report.add(f"task {task.name}")
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    for workflow_task in workflow.workflow_tasks.select_related("task"):
        task = workflow_task.task.specific
        if isinstance(task, GroupApprovalTask) and not task.groups.filter(pk=moderators.pk).exists():
            task.groups.add(moderators)
            report.add(f"{task.name}: approved by {moderators.name}")
    assignment = WorkflowPage.objects.filter(page=region_page).select_related("workflow").first()
    if assignment is None:
        WorkflowPage.objects.create(page=region_page, workflow=workflow)
        report.add(f"{workflow.name} on {region_page.title}")
    elif assignment.workflow_id != workflow.pk:
        report.notes.append(
            f"{region_page.title} keeps the workflow {assignment.workflow.name!r} an administrator chose"
        )
    return workflow


def polish_home():
    """The Polish home page (the source tree), or None before the site exists."""
    homes = section("home").item_model.objects.filter(locale__language_code=settings.LANGUAGE_CODE)
    return homes.order_by("path").first()


def ensure_region_page(region, home, report):
    page = RegionPage.objects.child_of(home).filter(region=region).first()
    if page is None:
        page = RegionPage(
            title=f"Województwo {region.voivodeship}",
            slug=region.slug,
            region=region,
            listing_summary=f"Aktualności, wydarzenia i dokumenty: {region.short_name}.",
        )
        home.add_child(instance=page)
        page.save_revision().publish()
        report.add(f"region page {page.title}")
    return page


def ensure_region_page_translations(region_page, report):
    """A draft translation of the region page in every language whose home page exists.

    A draft: the translators translate its text and publish it (wagtail-localize's editor); until
    then the region's news in that language have a parent to be translated under.
    """
    for locale in Locale.objects.exclude(language_code=settings.LANGUAGE_CODE):
        if region_page.get_translation_or_none(locale) is not None:
            continue
        home = region_page.get_parent()
        if home.get_translation_or_none(locale) is None:
            continue
        source, _created = TranslationSource.get_or_create_from_instance(region_page)
        translation, _created = Translation.objects.get_or_create(source=source, target_locale=locale)
        translation.save_target(publish=False)  # untranslated text falls back to Polish, as a draft
        report.add(f"{region_page.title}: draft translation ({locale.language_code})")


def setup_region(region, home, report):
    region_page = ensure_region_page(region, home, report)
    ensure_region_page_translations(region_page, report)
    editors = ensure_group(editors_group_name(region), report)
    moderators = ensure_group(moderators_group_name(region), report)
    collection = ensure_collection(region.short_name, report)
    shared = shared_collection(report)
    for group, page_permissions in ((editors, EDITOR_PAGE_PERMISSIONS), (moderators, MODERATOR_PAGE_PERMISSIONS)):
        ensure_model_permissions(group, [ADMIN_ACCESS], report)
        ensure_page_permissions(group, region_page, page_permissions, report)
        ensure_collection_permissions(group, collection, REGION_COLLECTION_PERMISSIONS, report)
        ensure_collection_permissions(group, shared, SHARED_COLLECTION_PERMISSIONS, report)
    ensure_model_permissions(moderators, REGION_LEARNER_PERMISSIONS, report)
    ensure_workflow(region, region_page, moderators, report)


def setup_central_groups(home, report):
    root_collection = Collection.get_first_root_node()
    administrators = ensure_group(ADMINISTRATORS, report)
    ensure_model_permissions(administrators, ADMINISTRATOR_MODEL_PERMISSIONS, report)
    ensure_page_permissions(administrators, Page.get_first_root_node(), ADMINISTRATOR_PAGE_PERMISSIONS, report)
    ensure_collection_permissions(administrators, root_collection, ADMINISTRATOR_COLLECTION_PERMISSIONS, report)

    coordinators = ensure_group(COORDINATORS, report)
    ensure_model_permissions(coordinators, [ADMIN_ACCESS, *ALL_LEARNER_PERMISSIONS], report)
    courses = ensure_collection(COURSES_COLLECTION, report)
    ensure_collection_permissions(coordinators, courses, REGION_COLLECTION_PERMISSIONS, report)
    ensure_collection_permissions(coordinators, shared_collection(report), SHARED_COLLECTION_PERMISSIONS, report)
    for course_index in course_indexes():
        ensure_page_permissions(coordinators, course_index, MODERATOR_PAGE_PERMISSIONS, report)

    # Translators edit and publish the translated trees; in the Polish source tree they may edit
    # (a fix goes to moderation like anyone's) but never publish.
    translators = ensure_group(TRANSLATORS, report)
    ensure_model_permissions(translators, [ADMIN_ACCESS, "wagtail_localize.submit_translation"], report)
    ensure_page_permissions(translators, home, ["change_page"], report)
    for translated_home in home.get_translations():
        ensure_page_permissions(translators, translated_home, MODERATOR_PAGE_PERMISSIONS, report)
    ensure_collection_permissions(
        translators, root_collection, ["wagtailimages.choose_image", "wagtaildocs.choose_document"], report
    )


def course_indexes():
    """The course index pages, when an app registers the courses section (Szkoła Kooperacji)."""
    courses = section("courses")
    if courses is None or courses.index_model is None:
        return []
    return list(courses.index_model.objects.all())


@transaction.atomic
def setup_governance():
    """Make everything above that is missing; returns a Report of what was added."""
    report = Report()
    home = polish_home()
    if home is None:
        report.notes.append("No Polish home page yet: run load_demo or create the site first.")
        return report
    with audit.one_entry_per_object():  # the audit log: one "Permissions changed" per group
        for region in Region.objects.order_by("slug"):
            setup_region(region, home, report)
        setup_central_groups(home, report)
    return report
