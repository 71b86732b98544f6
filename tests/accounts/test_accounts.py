"""The learner's account at /konto/: signing in and out, the lockout, password reset and the profile."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.test import Client

from portal.models import Profile, Team
from tests.portal.utils import soup, text_of, ui

User = get_user_model()
PASSWORD = "Genogram-Rodziny-2024"


@pytest.fixture
def learner(home):
    return User.objects.create_user(
        "ewa.nowak@example.org", "ewa.nowak@example.org", PASSWORD, first_name="Ewa", last_name="Nowak"
    )


@pytest.fixture
def teams(regions):
    return {
        "chmielnik": Team.objects.create(
            name="G-PZK w Chmielniku", municipality="Chmielnik", region=regions.kielce.region
        ),
        "augustow": Team.objects.create(
            name="G-PZK w Augustowie", municipality="Augustów", region=regions.bialystok.region
        ),
    }


def sign_in(client, username, password, **extra):
    return client.post("/konto/logowanie/", {"username": username, "password": password, **extra})


def signed_in_user(client):
    return client.get("/konto/szkolenia/").wsgi_request.user


def account_nav(response):
    return soup(response).select_one("nav.account-nav")


# Signing in and out


def test_login_page_has_labelled_fields_and_one_heading(client, home):
    html = soup(client.get("/konto/logowanie/"))

    assert len(html.find_all("h1")) == 1
    for name in ("username", "password"):
        field = html.find("input", attrs={"name": name})
        assert html.find("label", attrs={"for": field["id"]}) is not None
    assert html.find("a", href="/konto/haslo/reset/") is not None


def test_sign_in_with_the_e_mail_address_as_typed_and_follow_a_safe_next(client, learner):
    response = sign_in(client, "Ewa.Nowak@Example.org", PASSWORD, next="/konto/")

    assert response.status_code == 302
    assert response.url == "/konto/"
    assert signed_in_user(client) == learner


def test_sign_in_ignores_a_next_on_another_site(client, learner):
    response = sign_in(client, learner.username, PASSWORD, next="https://example.com/phishing/")

    assert response.status_code == 302
    assert response.url == "/konto/szkolenia/"


@pytest.mark.parametrize(
    "query", ["?next=javascript:alert(1)", "?next=%00", "?next=//evil.example/", "?next=" + "a" * 5000, "?x=%FF"]
)
def test_odd_query_strings_on_the_login_page_are_harmless(client, learner, query):
    page = client.get(f"/konto/logowanie/{query}")
    assert page.status_code == 200
    assert soup(page).find("input", attrs={"name": "next"})["value"] == ""

    response = client.post(f"/konto/logowanie/{query}", {"username": learner.username, "password": PASSWORD})
    assert response.status_code == 302
    assert response.url.startswith("/")
    assert not response.url.startswith("//")


def test_wrong_password_shows_a_polish_message_linked_to_the_form(client, learner):
    response = sign_in(client, learner.username, "nie-to-haslo")

    assert response.status_code == 200
    errors = text_of(soup(response).select_one(".form-errors"))
    message = (
        "The e-mail address (or username) and the password do not match. Check them and try again; "
        "after %(limit)s failed attempts signing in is blocked for a while."
    )
    assert ui(message) % {"limit": 5} in errors
    assert not signed_in_user(client).is_authenticated


def test_sign_in_and_lockout_say_the_same_for_an_account_that_does_not_exist(client, learner):
    """Nobody learns from the answers which user names have accounts."""

    def answers(username):
        responses = [sign_in(Client(), username, "zle-haslo") for _attempt in range(5)]
        return [(r.status_code, text_of(soup(r).find("main")).replace(username, "…")) for r in responses]

    assert answers(learner.username) == answers("nikt.taki@example.org")


def test_sign_out_is_a_post_button_in_the_header(client, learner):
    client.force_login(learner)
    nav = account_nav(client.get("/konto/"))
    form = nav.find("form")
    assert form["method"] == "post" and form["action"] == "/konto/wyloguj/"
    assert text_of(form.find("button")) == ui("Log out")

    assert client.get("/konto/wyloguj/").status_code == 405  # a link cannot sign anyone out
    assert signed_in_user(client).is_authenticated

    response = client.post("/konto/wyloguj/")
    assert response.status_code == 302
    assert not signed_in_user(client).is_authenticated


def test_header_offers_sign_in_to_visitors_and_the_account_to_learners(client, learner):
    nav = account_nav(client.get("/"))
    links = [text_of(link) for link in nav.find_all("a")]
    assert links == [ui("Log in")]
    assert nav.find("a")["href"] == "/konto/logowanie/?next=/"
    assert nav["aria-label"]

    client.force_login(learner)
    nav = account_nav(client.get("/"))
    links = {text_of(link): link["href"] for link in nav.find_all("a")}
    assert links == {ui("My courses"): "/konto/szkolenia/", ui("My account"): "/konto/"}


def test_lockout_after_five_wrong_passwords_refuses_even_the_right_one(client, learner):
    for _attempt in range(4):
        assert sign_in(client, learner.username, "zle-haslo").status_code == 200

    locked = sign_in(client, learner.username, "zle-haslo")
    assert locked.status_code == 429
    text = text_of(soup(locked).find("main"))
    assert ui("Signing in is temporarily blocked") in text
    assert "15" in text  # the cool-off time, in minutes

    still_locked = sign_in(client, learner.username, PASSWORD)
    assert still_locked.status_code == 429
    assert not signed_in_user(client).is_authenticated


# Password reset


def reset_link(message):
    return re.search(r"https?://testserver(/konto/haslo/reset/\S+/)", message.body).group(1)


def test_password_reset_mail_link_sets_a_new_password(client, learner):
    response = client.post("/konto/haslo/reset/", {"email": "EWA.NOWAK@example.org"})
    assert response.status_code == 302
    assert response.url == "/konto/haslo/reset/wyslano/"
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == [learner.email]

    form_page = client.get(reset_link(mail.outbox[0]), follow=True)
    assert form_page.status_code == 200
    assert soup(form_page).find("input", attrs={"name": "new_password1"}) is not None

    done = client.post(
        form_page.redirect_chain[-1][0],
        {"new_password1": "Nowe-Haslo-Kooperacji", "new_password2": "Nowe-Haslo-Kooperacji"},
    )
    assert done.status_code == 302 and done.url == "/konto/haslo/reset/gotowe/"
    assert sign_in(Client(), learner.username, "Nowe-Haslo-Kooperacji").status_code == 302


def test_password_reset_for_an_unknown_address_sends_nothing_and_says_the_same(client, home):
    response = client.post("/konto/haslo/reset/", {"email": "nikt@example.org"})

    assert response.status_code == 302 and response.url == "/konto/haslo/reset/wyslano/"
    assert mail.outbox == []


@pytest.mark.parametrize(
    "url",
    [
        "/konto/haslo/reset/abc/zly-token/",
        "/konto/haslo/reset/MQ/nowe-haslo/",
        "/konto/haslo/reset/%C4%85%C4%99/x/",
        "/konto/haslo/reset/OTk5OTk5OTk5OTk5OTk5OTk5OTk5OTk/abc-def/",
    ],
)
def test_bad_reset_links_show_a_polish_page(client, learner, url):
    response = client.get(url)

    assert response.status_code == 200
    assert ui("The link does not work") in text_of(soup(response).find("h1"))


# Profile


def test_profile_needs_signing_in(client, home):
    response = client.get("/konto/")

    assert response.status_code == 302
    assert response.url == "/konto/logowanie/?next=/konto/"


def test_profile_saves_name_region_and_team_and_creates_the_profile(client, learner, teams, regions):
    client.force_login(learner)
    page = soup(client.get("/konto/"))
    assert page.find("a", href="/konto/haslo/zmien/") is not None
    for name in ("first_name", "last_name", "email", "region", "team"):
        field = page.find(attrs={"name": name})
        assert page.find("label", attrs={"for": field["id"]}) is not None

    response = client.post(
        "/konto/",
        {
            "first_name": "Ewa",
            "last_name": "Nowak-Kowalska",
            "email": "ewa.nowak@example.org",
            "region": regions.kielce.region.pk,
            "team": teams["chmielnik"].pk,
        },
    )

    assert response.status_code == 302 and response.url == "/konto/"
    profile = Profile.objects.get(user=learner)
    assert (profile.region, profile.team) == (regions.kielce.region, teams["chmielnik"])
    learner.refresh_from_db()
    assert learner.last_name == "Nowak-Kowalska"


def test_profile_refuses_a_team_of_another_region(client, learner, teams, regions):
    client.force_login(learner)

    response = client.post(
        "/konto/",
        {
            "first_name": "Ewa",
            "last_name": "Nowak",
            "email": "ewa.nowak@example.org",
            "region": regions.kielce.region.pk,
            "team": teams["augustow"].pk,
        },
    )

    assert response.status_code == 200
    html = soup(response)
    error = html.select_one("#id_team_error")
    assert "G-PZK w Augustowie" in text_of(error)
    assert "id_team_error" in html.find("select", attrs={"name": "team"})["aria-describedby"]
    assert not Profile.objects.filter(user=learner).exists()


# Changing the e-mail address: tests/accounts/test_email_change.py


@pytest.mark.parametrize("value", ["abc", "999999", "-1", "1' OR '1'='1"])
def test_profile_bad_choices_are_form_errors(client, learner, teams, value):
    client.force_login(learner)

    response = client.post(
        "/konto/", {"first_name": "Ewa", "last_name": "Nowak", "email": learner.email, "region": value, "team": value}
    )

    assert response.status_code == 200
    assert soup(response).select_one(".form-errors") is not None


def test_password_change_page_works_for_a_learner(client, learner):
    client.force_login(learner)

    response = client.post(
        "/konto/haslo/zmien/",
        {"old_password": PASSWORD, "new_password1": "Inne-Haslo-Kooperacji", "new_password2": "Inne-Haslo-Kooperacji"},
    )

    assert response.status_code == 302 and response.url == "/konto/"
    learner.refresh_from_db()
    assert learner.check_password("Inne-Haslo-Kooperacji")


def test_account_pages_exist_in_the_other_languages(client, learner):
    assert client.get("/en/konto/logowanie/").status_code == 200
    assert client.get("/uk/konto/haslo/reset/").status_code == 200

    response = sign_in(client, learner.username, PASSWORD, next="/en/konto/")

    assert response.status_code == 302 and response.url == "/en/konto/"
