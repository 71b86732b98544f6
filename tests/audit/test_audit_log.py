"""The audit log (portal.audit): sign-ins, failed sign-ins, permission changes and exports of learner
data, each with who and when, in the admin's Reports → Site history; for administrators only."""

import datetime
import io

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core.management import call_command
from django.test import Client
from django.utils import timezone, translation
from django.utils.text import capfirst
from wagtail.models import ModelLogEntry, PageLogEntry

from accounts import personal_data
from courses import learning
from courses.exercises import genogram
from courses.models import Certificate, ExerciseSubmission
from portal import audit
from portal.governance import (
    ADMINISTRATORS,
    COORDINATORS,
    editors_group_name,
    moderators_group_name,
    setup_governance,
)
from portal.models import Profile
from tests.courses.exercises.genogram_families import THREE_GENERATIONS
from tests.factories import CourseIndexPageFactory, CoursePageFactory, LessonPageFactory
from tests.governance.utils import make_user
from tests.portal.utils import soup, text_of, ui

User = get_user_model()
PASSWORD = "Kooperacja-Audyt-2025"
SITE_HISTORY = "/admin/reports/site-history/"
LEARNER_IP = "203.0.113.7"
STAFF_IP = "198.51.100.20"


@pytest.fixture
def governance(regions):
    return setup_governance()


@pytest.fixture
def superuser(home):
    return User.objects.create_superuser(
        "admin", "admin@example.org", PASSWORD, first_name="Adam", last_name="Administrator"
    )


@pytest.fixture
def learner(home, regions):
    user = User.objects.create_user(
        "ewa.nowak@example.org", "ewa.nowak@example.org", PASSWORD, first_name="Ewa", last_name="Nowak"
    )
    Profile.objects.create(user=user, region=regions.kielce.region)
    return user


@pytest.fixture
def editor(governance, regions):
    user = make_user("redaktor.kielce", editors_group_name(regions.kielce.region), regions.kielce.region)
    user.set_password(PASSWORD)
    user.save()
    return user


def type_of(model):
    """The Site history's "Type" of entries about ``model``, as the Polish admin shows it."""
    with translation.override("pl"):
        return str(capfirst(model._meta.verbose_name))


USER_TYPE = type_of(User)


def signed_in_client(user):
    """A client of its own (the test's ``client`` signs in as someone else)."""
    client = Client()
    client.force_login(user)
    return client


def site_history(client, **query):
    """The rows of the admin's Site history report: name, type, action, user."""
    response = client.get(SITE_HISTORY, query)
    assert response.status_code == 200
    rows = soup(response).select("table.listing tbody tr")
    return [
        dict(zip(["name", "type", "action", "user"], map(text_of, row.find_all("td")), strict=False)) for row in rows
    ]


def action_choices(client):
    """The labels of the Site history's action filter (only actions of entries the user may see)."""
    page = soup(client.get(SITE_HISTORY))
    return {text_of(box.find_parent("label")) for box in page.select("input[name=action]")}


def portal_sign_in(client, username, password, ip=LEARNER_IP):
    return client.post("/konto/logowanie/", {"username": username, "password": password}, REMOTE_ADDR=ip)


def admin_sign_in(client, username, password, ip=STAFF_IP):
    return client.post("/admin/login/", {"username": username, "password": password}, REMOTE_ADDR=ip)


def entries(action, **filters):
    return list(ModelLogEntry.objects.filter(action=action, **filters).order_by("pk"))


# Sign-ins ----------------------------------------------------------------------------------------------


def test_a_sign_in_on_the_portal_is_shown_to_the_superuser_with_who_and_where_from(client, learner, superuser):
    response = portal_sign_in(client, "Ewa.Nowak@example.org", PASSWORD)
    assert response.status_code == 302

    as_admin = signed_in_client(superuser)
    rows = site_history(as_admin, action=audit.LOGIN, label="ewa.nowak")

    assert rows == [
        {
            "name": "ewa.nowak@example.org",
            "type": USER_TYPE,
            "action": ui("Signed in. IP address: %(ip)s") % {"ip": LEARNER_IP},
            "user": "Ewa Nowak",
        }
    ]
    assert ui("Signed in") in action_choices(as_admin)


def test_behind_the_proxy_the_address_it_added_is_believed_not_the_visitors_own(client, learner, settings):
    settings.PORTAL_PROXY_COUNT = 1
    settings.PORTAL_TRUSTED_PROXIES = ["127.0.0.1"]
    proxy = "127.0.0.1"
    forged = f"6.6.6.6, {LEARNER_IP}"  # the visitor sent "6.6.6.6"; nginx appended the real address

    for _attempt in range(5):
        client.post(
            "/konto/logowanie/",
            {"username": learner.username, "password": "zle-haslo"},
            REMOTE_ADDR=proxy,
            HTTP_X_FORWARDED_FOR=forged,
        )

    failures = entries(audit.LOGIN_FAILED)
    assert {entry.data["ip"] for entry in failures} == {LEARNER_IP}
    # The account is locked from every address (tests/accounts/test_lockout.py); the attempt from another
    # one is logged under that address.
    elsewhere = Client().post(
        "/konto/logowanie/",
        {"username": learner.username, "password": PASSWORD},
        REMOTE_ADDR=proxy,
        HTTP_X_FORWARDED_FOR=f"{LEARNER_IP}, 198.51.100.99",
    )
    assert elsewhere.status_code == 429
    assert entries(audit.LOGIN_FAILED)[-1].data["ip"] == "198.51.100.99"


@pytest.mark.parametrize("second_step_required", [False, True])
def test_an_admin_sign_in_is_logged_at_the_password_step(client, settings, editor, second_step_required):
    # Two-step sign-in (accounts/two_factor.py) asks admin users for a code after the password; the
    # sign-in is logged when the password is accepted, whatever comes next.
    settings.PORTAL_ADMIN_2FA_REQUIRED = second_step_required

    response = admin_sign_in(client, "redaktor.kielce", PASSWORD)

    assert response.status_code == 302
    [entry] = entries(audit.LOGIN, object_id=str(editor.pk))
    assert entry.user == editor
    assert entry.data == {"ip": STAFF_IP, "admin": True}
    assert entry.timestamp > timezone.now() - datetime.timedelta(minutes=1)


def test_an_admin_sign_in_reads_as_such_in_site_history(client, editor, superuser):
    assert admin_sign_in(client, "redaktor.kielce", PASSWORD).status_code == 302

    [row] = site_history(signed_in_client(superuser), action=audit.LOGIN, label="redaktor")

    assert row["action"] == ui("Signed in to the admin. IP address: %(ip)s") % {"ip": STAFF_IP}
    assert row["user"] == "redaktor.kielce"


def test_sign_outs_are_logged(client, learner):
    portal_sign_in(client, learner.username, PASSWORD)
    client.post("/konto/wyloguj/")

    [entry] = entries(audit.LOGOUT)
    assert entry.object_id == str(learner.pk) and entry.user == learner


def test_failed_sign_ins_are_logged_against_the_account_or_the_name_typed(client, learner, superuser):
    wrong_password = portal_sign_in(client, learner.username, "zle-haslo")
    unknown_name = portal_sign_in(client, "nikt@example.org", "zle-haslo")
    admin_attempt = admin_sign_in(client, "nieznany", "zle-haslo")

    # The sign-in page answers the same whether the account exists: the log tells nobody outside the admin.
    assert wrong_password.status_code == unknown_name.status_code == admin_attempt.status_code == 200
    assert text_of(soup(wrong_password).find("main")) == text_of(soup(unknown_name).find("main"))

    rows = site_history(signed_in_client(superuser), action=audit.LOGIN_FAILED)
    assert rows == [
        {
            "name": "nieznany",
            "type": USER_TYPE,
            "action": ui("Failed sign-in to the admin (unknown user name). IP address: %(ip)s") % {"ip": STAFF_IP},
            "user": ui("system"),
        },
        {
            "name": "nikt@example.org",
            "type": USER_TYPE,
            "action": ui("Failed sign-in (unknown user name). IP address: %(ip)s") % {"ip": LEARNER_IP},
            "user": ui("system"),
        },
        {
            "name": "ewa.nowak@example.org",
            "type": USER_TYPE,
            "action": ui("Failed sign-in. IP address: %(ip)s") % {"ip": LEARNER_IP},
            "user": ui("system"),
        },
    ]
    assert entries(audit.LOGIN_FAILED)[0].object_id == str(learner.pk)
    assert entries(audit.LOGIN_FAILED)[1].object_id == audit.UNKNOWN_ACCOUNT_ID


def test_a_long_typed_name_is_cut(client, home):
    # PostgreSQL enforces django-axes' 255-character column: this answered 500 before.
    assert portal_sign_in(client, "x" * 500, "zle-haslo").status_code == 200

    [entry] = entries(audit.LOGIN_FAILED)
    assert entry.label == "x" * audit.TYPED_NAME_LENGTH


def test_the_admin_sign_in_refuses_a_long_name_with_a_form_error(client, home):
    assert admin_sign_in(client, "x" * 500, "zle-haslo").status_code == 200


# Who sees the log --------------------------------------------------------------------------------------


def test_an_editor_sees_no_one_elses_sign_ins(client, learner, editor, regions, governance):
    other_editor = make_user("redaktor.bialystok", editors_group_name(regions.bialystok.region))
    other_editor.set_password(PASSWORD)
    other_editor.save()
    portal_sign_in(client, learner.username, PASSWORD)
    admin_sign_in(Client(), "redaktor.bialystok", PASSWORD)
    portal_sign_in(Client(), "nikt@example.org", "zle-haslo")
    assert ModelLogEntry.objects.filter(action__in=audit.SIGN_IN_ACTIONS).count() >= 3

    as_editor = signed_in_client(editor)
    response = as_editor.get(SITE_HISTORY)

    # Wagtail shows editors the report, with the history of the pages they may see and nothing else.
    assert response.status_code == 200
    page = text_of(soup(response))
    for name in ("ewa.nowak@example.org", "redaktor.bialystok", "nikt@example.org"):
        assert name not in page
    assert not {row["type"] for row in site_history(as_editor)} & {USER_TYPE, type_of(Group)}
    labels = {ui(label) for label in ("Signed in", "Failed sign-in", "Signed out", "Permissions changed")}
    assert not labels & action_choices(as_editor)


def test_portal_administrators_see_the_log_too(client, learner, governance):
    # "Administratorzy portalu" manage users (auth.change_user …), and Wagtail shows entries about users
    # to whoever has a permission on them.
    administrator = make_user("administratorka", ADMINISTRATORS)
    portal_sign_in(client, learner.username, PASSWORD)

    rows = site_history(signed_in_client(administrator), action=audit.LOGIN, label="ewa.nowak")

    assert [row["user"] for row in rows] == ["Ewa Nowak"]


# Permission changes ------------------------------------------------------------------------------------


def user_form(user, **changes):
    data = {
        "username": user.username,
        "email": user.email,
        "first_name": user.first_name or "Marta",
        "last_name": user.last_name or "Lis",
        "is_active": "on",
        "groups": [],
    }
    return {**data, **changes}


def test_a_group_and_region_change_in_the_admin_is_one_entry_by_the_administrator(
    learner, superuser, governance, regions
):
    editors = Group.objects.get(name=editors_group_name(regions.kielce.region))
    person = User.objects.create_user("marta", "marta@example.org", PASSWORD, first_name="Marta", last_name="Lis")
    as_admin = signed_in_client(superuser)

    response = as_admin.post(
        f"/admin/users/edit/{person.pk}/", user_form(person, groups=[editors.pk], region=regions.kielce.region.pk)
    )

    assert response.status_code == 302
    [row] = site_history(as_admin, action=audit.PERMISSIONS_CHANGED, label="marta")
    changes = [
        ui("groups added: %(names)s") % {"names": editors.name},
        ui("region: %(old)s → %(new)s") % {"old": ui("none"), "new": "ROPS Kielce"},
    ]
    assert row == {
        "name": "marta",
        "type": USER_TYPE,
        "action": ui("Permissions changed: %(changes)s") % {"changes": "; ".join(changes)},
        "user": "Adam Administrator",
    }


def test_superuser_and_active_flags_and_removed_groups_are_logged(superuser, governance, regions):
    editors = Group.objects.get(name=editors_group_name(regions.kielce.region))
    person = make_user("marta", editors.name, regions.kielce.region)
    as_admin = signed_in_client(superuser)

    form = user_form(person, is_superuser="on", region=regions.kielce.region.pk)
    del form["is_active"]
    assert as_admin.post(f"/admin/users/edit/{person.pk}/", form).status_code == 302

    [entry] = entries(audit.PERMISSIONS_CHANGED, object_id=str(person.pk), user=superuser)
    assert entry.data == {
        "groups_removed": [editors.name],
        "flags": {"is_superuser": [False, True], "is_active": [True, False]},
    }
    rows = site_history(as_admin, action=audit.PERMISSIONS_CHANGED, label="marta")
    [row] = [row for row in rows if row["user"] == "Adam Administrator"]
    assert ui("superuser: %(value)s") % {"value": ui("yes")} in row["action"]
    assert ui("active: %(value)s") % {"value": ui("no")} in row["action"]


def test_saving_a_user_unchanged_logs_no_permission_change(superuser, governance, regions):
    person = make_user("marta", editors_group_name(regions.kielce.region), regions.kielce.region)
    form = user_form(person, groups=[g.pk for g in person.groups.all()], region=regions.kielce.region.pk)

    assert signed_in_client(superuser).post(f"/admin/users/edit/{person.pk}/", form).status_code == 302

    assert entries(audit.PERMISSIONS_CHANGED, user=superuser) == []


def form_data(form):
    """What a browser would send for ``form`` as it stands (checked boxes, selected options)."""
    data = {}
    for field in form.find_all(["input", "select", "textarea"]):
        name = field.get("name")
        kind = field.get("type", "text")
        if not name or field.name == "input" and kind in ("submit", "button", "file", "image"):
            continue
        if field.find_parent("template"):  # a formset's empty form, which the browser does not send
            continue
        values = data.setdefault(name, [])
        if field.name == "select":
            values += [option.get("value", "") for option in field.find_all("option", selected=True)]
        elif field.name == "textarea":
            values.append(field.text)
        elif kind in ("checkbox", "radio"):
            if field.has_attr("checked"):
                values.append(field.get("value", "on"))
        else:
            values.append(field.get("value", ""))
    return data


def group_form(client, group):
    page = soup(client.get(f"/admin/groups/edit/{group.pk}/"))
    return page.find("form", attrs={"method": "post", "action": f"/admin/groups/edit/{group.pk}/"}) or next(
        form for form in page.find_all("form") if form.find("input", attrs={"name": "name"})
    )


def test_group_permission_changes_in_the_admin_are_one_entry(superuser, governance, regions):
    editors = Group.objects.get(name=editors_group_name(regions.kielce.region))
    region_page = regions.kielce
    as_admin = signed_in_client(superuser)
    form = group_form(as_admin, editors)
    data = form_data(form)

    # Saved as it is: Wagtail's form takes away and gives back the permissions it does not show
    # (the project's own, e.g. none here, or the moderators' learner permissions): nothing to log.
    assert as_admin.post(f"/admin/groups/edit/{editors.pk}/", data).status_code == 302
    assert entries(audit.PERMISSIONS_CHANGED, user=superuser) == []

    # The region page's row gets "publish" ticked (saved with bulk_create: no signal), and the image
    # collection's "delete" ticked.
    page_row = next(
        field["name"].removesuffix("-page")
        for field in form.find_all("input", attrs={"name": True})
        if field["name"].endswith("-page") and field.get("value") == str(region_page.pk)
    )
    data[f"{page_row}-permissions"].append("publish_page")
    assert as_admin.post(f"/admin/groups/edit/{editors.pk}/", data).status_code == 302

    [entry] = entries(audit.PERMISSIONS_CHANGED, user=superuser)
    assert entry.data == {"permissions_added": [f"wagtailcore.publish_page: {region_page.title}"]}
    rows = site_history(as_admin, action=audit.PERMISSIONS_CHANGED, label=editors.name)
    [row] = [row for row in rows if row["user"] == "Adam Administrator"]
    assert row["type"] == type_of(Group)
    assert row["user"] == "Adam Administrator"
    assert row["action"] == ui("Permissions changed: %(changes)s") % {
        "changes": ui("permissions added: %(names)s") % {"names": f"wagtailcore.publish_page: {region_page.title}"}
    }


def test_moderators_learner_permissions_survive_a_save_without_a_log_entry(superuser, governance, regions):
    moderators = Group.objects.get(name=moderators_group_name(regions.kielce.region))
    as_admin = signed_in_client(superuser)
    data = form_data(group_form(as_admin, moderators))
    before = audit.group_permissions(moderators)

    assert as_admin.post(f"/admin/groups/edit/{moderators.pk}/", data).status_code == 302

    assert audit.group_permissions(moderators) == before
    assert entries(audit.PERMISSIONS_CHANGED, user=superuser) == []


def test_changes_outside_the_admin_are_logged_by_nobody(home):
    group = Group.objects.create(name="Testowa")
    person = User.objects.create_user("marta", "marta@example.org", PASSWORD)
    change_user = Permission.objects.get(codename="change_user")

    person.groups.add(group)
    group.permissions.add(change_user)
    group.user_set.remove(person)
    person.user_permissions.add(change_user)
    person.user_permissions.clear()

    about = [(entry.label, entry.user, entry.data) for entry in entries(audit.PERMISSIONS_CHANGED)]
    assert about == [
        ("marta", None, {"groups_added": ["Testowa"]}),
        ("Testowa", None, {"permissions_added": ["auth.change_user"]}),
        ("marta", None, {"groups_removed": ["Testowa"]}),
        ("marta", None, {"permissions_added": ["auth.change_user"]}),
        ("marta", None, {"permissions_removed": ["auth.change_user"]}),
    ]


def test_setup_regions_makes_one_entry_per_group(regions):
    call_command("setup_regions", stdout=io.StringIO())

    logged = entries(audit.PERMISSIONS_CHANGED)
    made = Group.objects.exclude(name__in=["Editors", "Moderators"])  # Wagtail's own, from its migrations
    assert sorted(entry.label for entry in logged) == sorted(made.values_list("name", flat=True))
    assert all(entry.user is None for entry in logged)
    kielce_editors = next(entry for entry in logged if entry.label == editors_group_name(regions.kielce.region))
    assert "wagtailcore.add_page: Województwo świętokrzyskie" in kielce_editors.data["permissions_added"]
    assert "wagtailimages.add_image: ROPS Kielce" in kielce_editors.data["permissions_added"]


def test_a_learners_own_region_is_not_a_permission(client, learner, regions):
    client.force_login(learner)
    Profile.objects.filter(user=learner).update(region=None)
    profile = Profile.objects.get(user=learner)
    profile.region = regions.bialystok.region
    profile.save()

    assert entries(audit.PERMISSIONS_CHANGED) == []


def test_merging_cancels_changes_that_undo_each_other():
    data = audit.merge({}, {"groups_added": ["A"], "flags": {"is_staff": [False, True]}, "region": [None, "X"]})
    data = audit.merge(data, {"groups_removed": ["A", "B"], "flags": {"is_staff": [True, False]}})
    data = audit.merge(data, {"region": ["X", "Y"]})

    assert data == {"groups_removed": ["B"], "region": [None, "Y"]}
    assert audit.merge(data, {"groups_added": ["B"], "region": ["Y", None]}) == {}


# Exports of learner data -------------------------------------------------------------------------------


@pytest.fixture
def course(home):
    index = CourseIndexPageFactory(parent=home)
    course = CoursePageFactory(parent=index, title="Kooperacja w praktyce", slug="kooperacja-w-praktyce")
    LessonPageFactory(parent=course, title="Genogram rodziny", slug="genogram-rodziny")
    return course


@pytest.fixture
def coordinator(governance):
    return make_user("koordynatorka", COORDINATORS)


def export_rows(superuser, **query):
    return site_history(signed_in_client(superuser), action=audit.DATA_EXPORT, **query)


def exported(what):
    return ui("Learner data exported: %(what)s") % {"what": what}


def test_the_learners_own_data_export_is_logged(client, learner, superuser):
    client.force_login(learner)
    assert client.get("/konto/dane/eksport.json", REMOTE_ADDR=LEARNER_IP).status_code == 200

    assert export_rows(superuser) == [
        {
            "name": "ewa.nowak@example.org",
            "type": USER_TYPE,
            "action": exported(ui("the learner's own data (“My data”, JSON)")),
            "user": "Ewa Nowak",
        }
    ]
    [entry] = entries(audit.DATA_EXPORT)
    assert entry.data == {"what": "personal_data", "ip": LEARNER_IP}


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_a_course_report_export_is_logged_on_the_course(client, learner, coordinator, course, superuser, fmt):
    learning.enrol(learner, course)
    client.force_login(coordinator)

    response = client.get(f"/admin/raporty-szkolen/{course.pk}/?status=&q=&export={fmt}")

    assert response.status_code == 200
    [entry] = PageLogEntry.objects.filter(action=audit.DATA_EXPORT)
    assert (entry.page_id, entry.user) == (course.pk, coordinator)
    assert entry.data == {
        "what": "course_report",
        "ip": "127.0.0.1",
        "format": fmt,
        "learners": 1,
        "filters": "status=&q=",
    }
    what = ui("course report, %(format)s, %(count)s learner") % {"format": fmt.upper(), "count": 1}
    assert export_rows(superuser) == [
        {"name": course.title, "type": type_of(type(course)), "action": exported(what), "user": "koordynatorka"}
    ]


def test_a_learners_exercise_downloaded_by_staff_is_logged(client, learner, coordinator, course, superuser):
    enrolment = learning.enrol(learner, course)
    submission = ExerciseSubmission.objects.create(
        enrolment=enrolment,
        lesson=course.lessons[0],
        exercise_id="genogram",
        kind="genogram",
        data={"genogram": genogram.normalise(THREE_GENERATIONS)},
        status="submitted",
    )
    client.force_login(coordinator)

    assert client.get(f"/admin/prace-uczestnikow/{submission.public_id}/pobierz.json").status_code == 200

    what = ui("exercise work “%(lesson)s”, %(format)s") % {"lesson": "Genogram rodziny", "format": "JSON"}
    assert export_rows(superuser) == [
        {"name": "ewa.nowak@example.org", "type": USER_TYPE, "action": exported(what), "user": "koordynatorka"}
    ]


def test_a_certificate_downloaded_by_a_coordinator_is_logged_and_the_learners_own_is_not(
    client, learner, coordinator, course, superuser
):
    enrolment = learning.enrol(learner, course)
    certificate = Certificate.objects.create(
        enrolment=enrolment, learner_name="Ewa Nowak", course_title=course.title, minutes=90
    )
    client.force_login(learner)
    assert client.get(f"/konto/zaswiadczenia/{certificate.code}.pdf").status_code == 200
    assert entries(audit.DATA_EXPORT) == []

    client.force_login(coordinator)
    assert client.get(f"/konto/zaswiadczenia/{certificate.code}.pdf").status_code == 200

    what = ui("certificate %(code)s (%(course)s)") % {"code": certificate.code, "course": course.title}
    assert export_rows(superuser) == [
        {"name": "ewa.nowak@example.org", "type": USER_TYPE, "action": exported(what), "user": "koordynatorka"}
    ]


def test_editors_do_not_see_exports(client, learner, coordinator, course, editor):
    learning.enrol(learner, course)
    client.force_login(coordinator)
    client.get(f"/admin/raporty-szkolen/{course.pk}/?export=csv")
    client.force_login(learner)
    client.get("/konto/dane/eksport.json")
    assert ModelLogEntry.objects.filter(action=audit.DATA_EXPORT).exists()
    assert PageLogEntry.objects.filter(action=audit.DATA_EXPORT).exists()

    as_editor = signed_in_client(editor)

    assert course.title not in text_of(soup(as_editor.get(SITE_HISTORY)))
    assert ui("Learner data exported") not in action_choices(as_editor)


# Anonymisation and pruning -----------------------------------------------------------------------------


def test_anonymising_a_learner_forgets_their_sign_ins_and_renames_the_rest(client, learner, superuser, governance):
    portal_sign_in(client, learner.username, PASSWORD)
    client.get("/konto/dane/eksport.json")
    portal_sign_in(Client(), learner.username, "zle-haslo")
    admin_sign_in(Client(), learner.email.upper(), "zle-haslo")  # no such user name: logged as typed
    assert ModelLogEntry.objects.filter(label=learner.email.upper()).exists()
    learner.groups.add(Group.objects.get(name=COORDINATORS))  # something someone else did to the account

    personal_data.anonymise(learner, by=superuser)

    assert not ModelLogEntry.objects.filter(label__icontains="ewa.nowak").exists()
    assert not ModelLogEntry.objects.filter(data__ip=LEARNER_IP).exists()
    about = ModelLogEntry.objects.filter(content_type__model="user", object_id=str(learner.pk))
    assert set(about.values_list("label", flat=True)) == {f"anonim-{learner.pk}"}
    assert not about.filter(action__in=[*audit.SIGN_IN_ACTIONS, audit.DATA_EXPORT]).exists()
    [change] = about.filter(action=audit.PERMISSIONS_CHANGED, data__groups_added__isnull=False)
    assert change.data == {"groups_added": [COORDINATORS]}


def test_prune_audit_log_deletes_old_entries_only(learner, client):
    portal_sign_in(client, learner.username, PASSWORD)
    portal_sign_in(Client(), learner.username, "zle-haslo")
    learner.groups.add(Group.objects.create(name="Testowa"))
    old = timezone.now() - datetime.timedelta(days=400)
    ModelLogEntry.objects.filter(action__in=audit.ACTIONS).update(timestamp=old)
    portal_sign_in(Client(), learner.username, PASSWORD)
    ModelLogEntry.objects.create(
        content_type=ModelLogEntry.objects.first().content_type,
        object_id=str(learner.pk),
        label="ewa",
        action="wagtail.edit",
        timestamp=old,
    )
    out = io.StringIO()

    call_command("prune_audit_log", "--days", "365", "--sign-ins-only", stdout=out)
    assert "2 entries" in out.getvalue()
    assert set(ModelLogEntry.objects.values_list("action", flat=True)) == {
        audit.LOGIN,
        audit.PERMISSIONS_CHANGED,
        "wagtail.edit",
    }

    call_command("prune_audit_log", "--days", "365", stdout=io.StringIO())
    assert set(ModelLogEntry.objects.values_list("action", flat=True)) == {audit.LOGIN, "wagtail.edit"}
