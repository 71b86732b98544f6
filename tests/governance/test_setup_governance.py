"""``setup_governance()`` (``manage.py setup_regions``) may be run again at any time: it adds what is
missing, changes nothing that exists, and keeps what administrators added by hand."""

from django.contrib.auth.models import Group, Permission
from django.core.management import call_command
from wagtail.models import Collection, GroupApprovalTask, GroupPagePermission, Workflow, WorkflowPage

from portal.governance import setup_governance
from portal.models import RegionPage
from tests.factories import RegionFactory
from tests.governance.utils import add_url, assert_shows_the_page_form, governance_snapshot, make_user, task_groups
from tests.portal.utils import translate


def test_a_second_run_changes_nothing_and_reports_nothing(governance):
    before = governance_snapshot()

    report = setup_governance()

    assert report.added == []
    assert governance_snapshot() == before


def test_a_second_run_with_an_english_home_changes_nothing(governance, home, locales, regions):
    translate(home, locales["en"], title="Cooperation Portal")
    first = setup_governance()  # the translators get the English tree, the region pages English drafts
    before = governance_snapshot()

    second = setup_governance()

    assert "Województwo świętokrzyskie: draft translation (en)" in first.added
    assert second.added == []
    assert governance_snapshot() == before
    assert len([row for row in before["region_pages"] if row[1] == "en"]) == 2


def test_the_first_run_made_what_the_regions_need(governance, regions):
    snapshot = governance_snapshot()

    assert governance.added, "the first run reports what it made"
    for short_name in ("ROPS Kielce", "ROPS Białystok"):
        assert f"Redaktorzy – {short_name}" in snapshot["groups"]
        assert f"Moderatorzy – {short_name}" in snapshot["groups"]
        assert short_name in [name for _path, name in snapshot["collections"]]
        assert snapshot["workflows"][short_name] == (
            True,
            [(0, f"Akceptacja moderatora – {short_name}", "GroupApprovalTask", [f"Moderatorzy – {short_name}"])],
        )
    assert (regions.kielce.url_path, "ROPS Kielce") in snapshot["workflow_pages"]
    assert (regions.bialystok.url_path, "ROPS Białystok") in snapshot["workflow_pages"]
    kielce_editors = {
        (path, codename)
        for group, path, codename in snapshot["page_permissions"]
        if group == "Redaktorzy – ROPS Kielce"
    }
    assert kielce_editors == {(regions.kielce.url_path, "add_page"), (regions.kielce.url_path, "change_page")}


def test_permissions_an_administrator_added_are_kept(governance, regions):
    editors = Group.objects.get(name="Redaktorzy – ROPS Kielce")
    publish = Permission.objects.get(content_type__app_label="wagtailcore", codename="publish_page")
    GroupPagePermission.objects.create(group=editors, page=regions.kielce, permission=publish)
    delete_image = Permission.objects.get(content_type__app_label="wagtailimages", codename="delete_image")
    editors.permissions.add(Permission.objects.get(content_type__app_label="portal", codename="change_project"))
    kielce = Collection.objects.get(name="ROPS Kielce")
    editors.collection_permissions.create(collection=kielce, permission=delete_image)
    before = governance_snapshot()

    report = setup_governance()

    assert report.added == []
    assert governance_snapshot() == before
    assert GroupPagePermission.objects.filter(group=editors, page=regions.kielce, permission=publish).exists()
    assert editors.permissions.filter(codename="change_project").exists()
    assert editors.collection_permissions.filter(collection=kielce, permission=delete_image).exists()


def test_a_workflow_an_administrator_chose_for_a_region_is_kept(governance, regions):
    own_choice = Workflow.objects.create(name="Akceptacja zarządu")
    WorkflowPage.objects.filter(page=regions.kielce).update(workflow=own_choice)

    report = setup_governance()

    assert WorkflowPage.objects.get(page=regions.kielce).workflow == own_choice
    assert report.added == []
    assert any("Akceptacja zarządu" in note for note in report.notes)


def test_the_command_runs_it(governance, capsys):
    before = governance_snapshot()

    call_command("setup_regions")

    assert governance_snapshot() == before
    assert capsys.readouterr().out.strip().endswith("setup_regions: nothing to add")


def test_a_new_region_gets_its_page_groups_collection_and_workflow(governance, home, regions):
    region = RegionFactory(short_name="ROPS Katowice", slug="slaskie", voivodeship="śląskie", city="Katowice")

    report = setup_governance()

    page = RegionPage.objects.child_of(home).get(region=region)
    assert page.live and page.slug == "slaskie" and page.title == "Województwo śląskie"
    assert page.locale.language_code == "pl"
    editors = Group.objects.get(name="Redaktorzy – ROPS Katowice")
    moderators = Group.objects.get(name="Moderatorzy – ROPS Katowice")
    assert set(editors.page_permissions.filter(page=page).values_list("permission__codename", flat=True)) == {
        "add_page",
        "change_page",
    }
    assert set(moderators.page_permissions.filter(page=page).values_list("permission__codename", flat=True)) == {
        "add_page",
        "change_page",
        "publish_page",
        "lock_page",
        "unlock_page",
    }
    collection = Collection.objects.get(name="ROPS Katowice")
    for group in (editors, moderators):
        assert set(
            group.collection_permissions.filter(collection=collection).values_list("permission__codename", flat=True)
        ) == {"add_image", "change_image", "choose_image", "add_document", "change_document", "choose_document"}
        assert group.permissions.filter(codename="access_admin").exists()
    workflow = WorkflowPage.objects.get(page=page).workflow
    assert workflow.name == "ROPS Katowice"
    [task] = [workflow_task.task.specific for workflow_task in workflow.workflow_tasks.all()]
    assert isinstance(task, GroupApprovalTask) and task_groups(task) == ["Moderatorzy – ROPS Katowice"]
    assert "region page Województwo śląskie" in report.added
    # The other regions are untouched: a second run after the new one adds nothing.
    assert setup_governance().added == []


def test_a_new_regions_editor_may_add_pages_there_at_once(as_user, governance, home, regions):
    region = RegionFactory(short_name="ROPS Katowice", slug="slaskie", voivodeship="śląskie", city="Katowice")
    setup_governance()
    page = RegionPage.objects.get(region=region)
    editor = make_user("editor_c", "Redaktorzy – ROPS Katowice", region)

    response = as_user(editor).get(add_url("news", "newspage", page))

    assert_shows_the_page_form(response)
    assert "Wyślij do akceptacji: ROPS Katowice" in response.content.decode()
