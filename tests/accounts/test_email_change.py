"""Changing the e-mail address in the profile (issue 19, item 7).

The profile form said "Ten adres e-mail jest już używany przez inne konto", telling anyone which
addresses have accounts. Now the answer is the same whether or not the address is taken; a free
address gets a signed, expiring link that changes the address when its signed-in owner opens it, a
taken one gets a note that someone tried to use it, and a taken address is never assigned.
"""

import re

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.test import Client

from accounts import email_change
from tests.portal.utils import soup, text_of

User = get_user_model()
PASSWORD = "Genogram-Rodziny-2024"
NEW = "ewa@ops-chmielnik.pl"


@pytest.fixture
def learner(home):
    return User.objects.create_user(
        "ewa.nowak@example.org", "ewa.nowak@example.org", PASSWORD, first_name="Ewa", last_name="Nowak"
    )


@pytest.fixture
def jan(home):
    return User.objects.create_user("jan@example.org", "jan@example.org", PASSWORD)


def ask_for(client, email, last_name="Nowak"):
    return client.post("/konto/", {"first_name": "Ewa", "last_name": last_name, "email": email}, follow=True)


def link_in(message):
    return re.search(r"https?://\S+/konto/adres-email/\S+/", message.body).group(0)


def path_of(link):
    return link.split("testserver", 1)[1]


def page_without_addresses(response, *addresses):
    """The page as shown, with the addresses the person typed put back to one placeholder."""
    html = response.content.decode()
    for address in addresses:
        html = html.replace(address, "ADDRESS")
    return re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "", html)


def test_the_answer_is_the_same_whether_or_not_the_address_is_taken(client, learner, jan):
    client.force_login(learner)

    free = ask_for(client, "ewa.free@example.org", last_name="Nowak-Kowalska")
    taken = ask_for(client, "JAN@example.org", last_name="Nowak-Kowalska")

    assert free.status_code == taken.status_code == 200
    assert free.redirect_chain == taken.redirect_chain == [("/konto/", 302)]
    assert page_without_addresses(free, "ewa.free@example.org") == page_without_addresses(taken, "JAN@example.org")
    assert "już używany" not in taken.content.decode()
    shown = text_of(soup(taken))
    assert (
        "Zapisano Twoje dane. Aby zmienić adres e-mail, otwórz link, który wysłaliśmy na adres JAN@example.org."
        in shown
    )
    learner.refresh_from_db()
    assert learner.last_name == "Nowak-Kowalska", "the rest of the form is saved"
    assert learner.email == "ewa.nowak@example.org", "the address waits for the link"
    jan.refresh_from_db()
    assert jan.email == "jan@example.org"


def test_a_free_address_gets_a_link_that_changes_the_address_and_the_sign_in_name(client, learner):
    client.force_login(learner)

    ask_for(client, NEW)

    assert [message.to for message in mail.outbox] == [[NEW]]
    assert "Potwierdź nowy adres e-mail" in mail.outbox[0].subject
    link = link_in(mail.outbox[0])
    response = client.get(path_of(link), follow=True)
    assert f"Twój adres e-mail to teraz {NEW}." in text_of(soup(response))
    learner.refresh_from_db()
    assert (learner.email, learner.username) == (NEW, NEW)
    assert Client().post("/konto/logowanie/", {"username": NEW, "password": PASSWORD}).status_code == 302

    again = client.get(path_of(link), follow=True)
    assert "Ten link został już użyty" in text_of(soup(again))


def test_a_taken_address_gets_a_note_and_is_never_assigned(client, learner, jan):
    client.force_login(learner)

    ask_for(client, "Jan@Example.org")

    assert [message.to for message in mail.outbox] == [["Jan@Example.org"]]
    note = mail.outbox[0]
    assert (
        "ktoś chciał przypisać ten adres e-mail do innego konta" in note.body.lower()
        and "/konto/adres-email/" not in note.body
    )
    forged = email_change.make_token(learner, "jan@example.org")  # even a link made for it is refused
    response = client.get(f"/konto/adres-email/{forged}/", follow=True)
    assert "inne konto używa teraz adresu jan@example.org" in text_of(soup(response))
    learner.refresh_from_db()
    assert learner.email == "ewa.nowak@example.org"


def test_an_address_taken_after_the_link_was_sent_is_not_assigned(client, learner):
    client.force_login(learner)
    ask_for(client, NEW)
    User.objects.create_user(NEW, NEW, PASSWORD)

    client.get(path_of(link_in(mail.outbox[0])))

    learner.refresh_from_db()
    assert learner.email == "ewa.nowak@example.org"


def test_an_expired_a_tampered_and_another_accounts_link_give_a_polish_message(client, learner, jan, settings):
    client.force_login(learner)
    ask_for(client, NEW)
    path = path_of(link_in(mail.outbox[0]))

    settings.PASSWORD_RESET_TIMEOUT = -1  # any age is past it: the link has expired
    expired = client.get(path, follow=True)
    assert "Ten link wygasł" in text_of(soup(expired))
    settings.PASSWORD_RESET_TIMEOUT = 3 * 24 * 3600

    token = path.rstrip("/").rsplit("/", 1)[1]
    tampered = token.replace("ewa", "eve") if "ewa" in token else token[:-2] + "xx"
    for broken in (token[:-2] + ("aa" if not token.endswith("aa") else "bb"), tampered, "abc", "²:١:x"):
        response = client.get(f"/konto/adres-email/{broken}/", follow=True)
        assert response.status_code == 200
        assert "Ten link jest nieprawidłowy" in text_of(soup(response)), broken

    client.force_login(jan)
    foreign = client.get(email_change_path(learner, NEW), follow=True)
    assert "Ten link dotyczy innego konta" in text_of(soup(foreign))
    learner.refresh_from_db()
    jan.refresh_from_db()
    assert (learner.email, jan.email) == ("ewa.nowak@example.org", "jan@example.org")


def email_change_path(user, email):
    return f"/konto/adres-email/{email_change.make_token(user, email)}/"


def test_the_link_needs_signing_in(client, learner):
    response = Client().get(email_change_path(learner, NEW))

    assert response.status_code == 302 and response.url.startswith("/konto/logowanie/?next=/konto/adres-email/")
    learner.refresh_from_db()
    assert learner.email == "ewa.nowak@example.org"


def test_a_change_of_letter_case_only_is_saved_at_once(client, learner):
    client.force_login(learner)

    ask_for(client, "Ewa.Nowak@Example.org")

    learner.refresh_from_db()
    assert learner.email == "Ewa.Nowak@Example.org" and mail.outbox == []
