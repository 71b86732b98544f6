"""Coordinators invite learners from the admin ("Zaproszenia") and approve self-registrations.

Course coordinators work with everyone; a region's moderators with their own region only.
"""

import re
from types import SimpleNamespace

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.tokens import default_token_generator
from django.core import mail
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode

from accounts.models import Invitation
from courses.models import Enrolment
from portal.governance import COORDINATORS, editors_group_name, moderators_group_name, setup_governance
from portal.models import Profile, Team
from tests.accounts.utils import ADMIN_URL, PASSWORD, error_of, invite, register, set_self_registration
from tests.factories import CourseIndexPageFactory, CoursePageFactory
from tests.governance.utils import assert_refused, make_user
from tests.portal.utils import soup, text_of, ui

User = get_user_model()


@pytest.fixture
def people(regions):
    setup_governance()
    kielce, bialystok = regions.kielce.region, regions.bialystok.region
    return SimpleNamespace(
        coordinator=make_user("koordynatorka", COORDINATORS),
        moderator_a=make_user("moderator_a", moderators_group_name(kielce), kielce),
        moderator_b=make_user("moderator_b", moderators_group_name(bialystok), bialystok),
        editor_a=make_user("editor_a", editors_group_name(kielce), kielce),
        kielce=kielce,
        bialystok=bialystok,
        chmielnik=Team.objects.create(name="G-PZK w Chmielniku", municipality="Chmielnik", region=kielce),
        augustow=Team.objects.create(name="G-PZK w Augustowie", municipality="Augustów", region=bialystok),
    )


@pytest.fixture
def courses(home):
    index = CourseIndexPageFactory(parent=home)
    return SimpleNamespace(
        basics=CoursePageFactory(parent=index, title="Kooperacja w praktyce", slug="kooperacja-w-praktyce"),
        smart=CoursePageFactory(parent=index, title="Cele SMART", slug="cele-smart"),
    )


def invitation_link(message):
    return re.search(r"https?://testserver(/konto/zaproszenie/\S+/)", message.body).group(1)


# Invitations


def test_coordinator_invites_and_the_link_sets_the_password_enrols_and_signs_in(client, people, courses):
    client.force_login(people.coordinator)
    assert client.get(ADMIN_URL).status_code == 200

    response = invite(client, people.bialystok, people.augustow, courses=[courses.basics, courses.smart])

    assert response.status_code == 302 and response.url == ADMIN_URL
    person = User.objects.get(email="marta.wisniewska@example.org")
    assert person.username == "marta.wisniewska@example.org"
    assert person.is_active and not person.has_usable_password()
    assert (person.profile.region, person.profile.team) == (people.bialystok, people.augustow)
    assert len(mail.outbox) == 1 and mail.outbox[0].to == [person.email]
    assert "Kooperacja w praktyce" in mail.outbox[0].body

    visitor = Client()
    form_page = visitor.get(invitation_link(mail.outbox[0]), follow=True)
    assert form_page.status_code == 200
    assert soup(form_page).find("input", attrs={"name": "new_password1"}) is not None
    accepted = visitor.post(form_page.redirect_chain[-1][0], {"new_password1": PASSWORD, "new_password2": PASSWORD})

    assert accepted.status_code == 302 and accepted.url == "/konto/szkolenia/"
    person.refresh_from_db()
    assert person.check_password(PASSWORD)
    assert Invitation.objects.get(user=person).accepted_at is not None
    enrolments = Enrolment.objects.filter(user=person)
    assert {enrolment.course_id for enrolment in enrolments} == {courses.basics.pk, courses.smart.pk}
    assert {enrolment.enrolled_by for enrolment in enrolments} == {people.coordinator}
    my_courses = visitor.get("/konto/szkolenia/")
    assert my_courses.wsgi_request.user == person
    assert "Kooperacja w praktyce" in my_courses.content.decode()

    # The link works once.
    again = Client().get(invitation_link(mail.outbox[0]), follow=True)
    assert ui("The invitation link does not work") in text_of(soup(again).find("h1"))


def test_moderator_invites_into_their_own_region(client, people):
    client.force_login(people.moderator_a)
    page = soup(client.get(ADMIN_URL))
    offered = [option["value"] for option in page.select("select[name=region] option") if option["value"]]
    assert offered == [str(people.kielce.pk)]

    response = invite(client, people.kielce, people.chmielnik)

    assert response.status_code == 302
    assert Profile.objects.get(user__email="marta.wisniewska@example.org").region == people.kielce
    assert len(mail.outbox) == 1


def test_moderator_cannot_invite_into_another_region(client, people):
    client.force_login(people.moderator_a)

    response = invite(client, people.bialystok, people.augustow)

    assert response.status_code == 200
    assert people.kielce.voivodeship in error_of(response, "region")
    assert not User.objects.filter(email="marta.wisniewska@example.org").exists()
    assert mail.outbox == []


def test_invitation_refuses_a_team_of_another_region(client, people):
    client.force_login(people.coordinator)

    response = invite(client, people.kielce, people.augustow)

    assert response.status_code == 200
    assert "G-PZK w Augustowie" in error_of(response, "team")
    assert not User.objects.filter(email="marta.wisniewska@example.org").exists()


def test_an_existing_address_is_a_clear_error(client, people):
    client.force_login(people.coordinator)

    response = invite(client, people.kielce, email="Moderator_A@example.org")

    assert response.status_code == 200
    assert error_of(response, "email")
    assert mail.outbox == []


def test_people_without_the_permission_are_refused(client, people):
    client.force_login(people.editor_a)

    assert_refused(client.get(ADMIN_URL))
    assert_refused(invite(client, people.kielce))
    assert not User.objects.filter(email="marta.wisniewska@example.org").exists()
    assert "/admin/zaproszenia/" not in client.get("/admin/").content.decode()


def test_menu_item_shows_for_moderators(client, people):
    client.force_login(people.moderator_a)

    assert "/admin/zaproszenia/" in client.get("/admin/").content.decode()


def test_invitation_list_is_scoped_and_send_again_works_in_scope_only(client, people):
    client.force_login(people.coordinator)
    invite(client, people.kielce, email="kielce@example.org")
    invite(client, people.bialystok, email="bialystok@example.org")
    kielce_invitation = Invitation.objects.get(user__email="kielce@example.org")
    mail.outbox.clear()

    client.force_login(people.moderator_b)
    listing = text_of(soup(client.get(ADMIN_URL)).find(id="sent-title").find_parent("section"))
    assert "bialystok@example.org" in listing and "kielce@example.org" not in listing
    assert client.post(f"/admin/zaproszenia/{kielce_invitation.pk}/wyslij-ponownie/").status_code == 404
    assert mail.outbox == []

    client.force_login(people.moderator_a)
    response = client.post(f"/admin/zaproszenia/{kielce_invitation.pk}/wyslij-ponownie/")
    assert response.status_code == 302
    assert len(mail.outbox) == 1 and mail.outbox[0].to == ["kielce@example.org"]
    assert client.get(f"/admin/zaproszenia/{kielce_invitation.pk}/wyslij-ponownie/").status_code == 405


@pytest.mark.parametrize(
    "url",
    [
        "/konto/zaproszenie/abc/def/",
        "/konto/zaproszenie/MQ/ustaw-haslo/",
        "/konto/zaproszenie/%C5%BC%C3%B3%C5%82w/x-y/",
        "/konto/zaproszenie/OTk5OTk5OTk5OTk5OTk5OTk5OTk5OTk/abc-def/?next=//evil.example",
    ],
)
def test_bad_invitation_links_show_a_polish_page(client, people, url):
    response = client.get(url)

    assert response.status_code == 200
    assert ui("The invitation link does not work") in text_of(soup(response).find("h1"))


def test_a_reset_token_of_an_account_without_invitation_does_not_open_the_invitation(client, people):
    user = people.editor_a
    uid = urlsafe_base64_encode(force_bytes(user.pk))
    response = client.get(f"/konto/zaproszenie/{uid}/{default_token_generator.make_token(user)}/", follow=True)

    assert ui("The invitation link does not work") in text_of(soup(response).find("h1"))


def test_moderator_cannot_change_their_own_region_in_the_profile(client, people):
    client.force_login(people.moderator_a)

    client.post(
        "/konto/",
        {"first_name": "Anna", "last_name": "Kowal", "email": "moderator_a@example.org", "region": people.bialystok.pk},
    )

    assert Profile.objects.get(user=people.moderator_a).region == people.kielce


def test_admin_page_queries_do_not_grow_with_the_invitations(client, people):
    set_self_registration(True)
    client.force_login(people.coordinator)

    def queries_with(count):
        for number in range(Invitation.objects.count(), count):
            invite(client, people.kielce, people.chmielnik, email=f"osoba{number}@example.org")
            register(Client(), people.kielce, email=f"zgloszenie{number}@example.org")
        with CaptureQueriesContext(connection) as context:
            assert client.get(ADMIN_URL).status_code == 200
        return len(context.captured_queries)

    assert queries_with(2) == queries_with(8)


# Self-registration


def test_registration_is_closed_by_default(client, people):
    response = client.get("/konto/rejestracja/")

    assert response.status_code == 404
    assert ui("Registration is closed") in text_of(soup(response).find("h1"))
    assert register(client, people.kielce).status_code == 404
    assert not User.objects.filter(email="piotr.zielinski@example.org").exists()


def test_registration_makes_an_inactive_account_waiting_for_approval(client, people):
    set_self_registration(True)

    response = register(client, people.kielce, people.chmielnik)

    assert response.status_code == 302 and response.url == "/konto/rejestracja/wyslano/"
    person = User.objects.get(email="piotr.zielinski@example.org")
    assert not person.is_active
    assert person.profile.awaiting_approval
    assert (person.profile.region, person.profile.team) == (people.kielce, people.chmielnik)

    refused = client.post("/konto/logowanie/", {"username": person.email, "password": PASSWORD})
    assert refused.status_code == 200
    assert not refused.wsgi_request.user.is_authenticated
    waiting = "Your account is waiting for the approval of your region's coordinator. You will receive an e-mail when it is active."
    assert ui(waiting) in text_of(soup(refused).select_one(".form-errors"))


def test_registering_an_address_that_has_an_account_looks_the_same_and_tells_its_owner(client, people):
    set_self_registration(True)
    owner = User.objects.create_user("piotr.zielinski@example.org", "piotr.zielinski@example.org", "Stare-Haslo-2023")

    taken = register(client, people.kielce, people.chmielnik, email="Piotr.Zielinski@example.org")
    new = register(client, people.kielce, people.chmielnik, email="nowa.osoba@example.org")

    # The same answer for a new address and a taken one: the page tells nobody who has an account.
    assert (taken.status_code, taken.url) == (new.status_code, new.url) == (302, "/konto/rejestracja/wyslano/")
    assert User.objects.filter(email__iexact="piotr.zielinski@example.org").count() == 1
    owner.refresh_from_db()
    assert owner.check_password("Stare-Haslo-2023") and owner.is_active
    notice = next(message for message in mail.outbox if message.to == ["Piotr.Zielinski@example.org"])
    assert "http://testserver/konto/haslo/reset/" in notice.body
    assert "http://testserver/konto/logowanie/" in notice.body


def test_registration_refuses_a_team_of_another_region_and_a_weak_password(client, people):
    set_self_registration(True)

    response = register(client, people.kielce, people.augustow)
    assert response.status_code == 200
    assert soup(response).select_one("#id_team_error") is not None

    weak = client.post(
        "/konto/rejestracja/",
        {
            "first_name": "Piotr",
            "last_name": "Zieliński",
            "email": "piotr.zielinski@example.org",
            "region": people.kielce.pk,
            "password1": "12345678",
            "password2": "12345678",
        },
    )
    assert weak.status_code == 200
    assert soup(weak).select_one("#id_password1_error") is not None
    assert not User.objects.filter(email="piotr.zielinski@example.org").exists()


def test_moderator_of_the_region_approves_and_the_person_is_told(client, people):
    set_self_registration(True)
    register(Client(), people.kielce)
    person = User.objects.get(email="piotr.zielinski@example.org")

    client.force_login(people.moderator_b)
    assert "piotr.zielinski@example.org" not in client.get(ADMIN_URL).content.decode()
    assert client.post(f"/admin/zaproszenia/zatwierdz/{person.pk}/").status_code == 404
    person.refresh_from_db()
    assert not person.is_active

    client.force_login(people.moderator_a)
    assert "piotr.zielinski@example.org" in client.get(ADMIN_URL).content.decode()
    response = client.post(f"/admin/zaproszenia/zatwierdz/{person.pk}/")

    assert response.status_code == 302
    person.refresh_from_db()
    assert person.is_active and not person.profile.awaiting_approval
    assert len(mail.outbox) == 1 and mail.outbox[0].to == [person.email]
    visitor = Client()
    assert visitor.post("/konto/logowanie/", {"username": person.email, "password": PASSWORD}).status_code == 302


def test_rejecting_removes_the_account_in_scope_only(client, people):
    set_self_registration(True)
    register(Client(), people.bialystok)
    person = User.objects.get(email="piotr.zielinski@example.org")

    client.force_login(people.moderator_a)
    assert client.post(f"/admin/zaproszenia/odrzuc/{person.pk}/").status_code == 404
    assert User.objects.filter(pk=person.pk).exists()

    client.force_login(people.coordinator)
    assert client.post(f"/admin/zaproszenia/odrzuc/{person.pk}/").status_code == 302
    assert not User.objects.filter(pk=person.pk).exists()


def test_approval_never_touches_active_accounts(client, people):
    client.force_login(people.coordinator)

    assert client.post(f"/admin/zaproszenia/odrzuc/{people.editor_a.pk}/").status_code == 404
    assert client.post("/admin/zaproszenia/zatwierdz/999999/").status_code == 404
    assert User.objects.filter(pk=people.editor_a.pk).exists()
