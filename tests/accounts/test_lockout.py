"""The sign-in lock-out (issue 19, item 3): per account from any address, a forwarded address believed
only from a trusted proxy, and the owner's way back in through the password-reset link."""

import re

import pytest
from axes.models import AccessAttempt
from django.contrib.auth import get_user_model
from django.core import mail
from django.test import Client, RequestFactory
from wagtail.models import ModelLogEntry

from portal import audit
from portal.security import client_address
from tests.portal.utils import soup, text_of

User = get_user_model()
PASSWORD = "Moderacja-Podlasie-2024"
NEW_PASSWORD = "Nowe-Haslo-Podlasie-2025"
LOGIN = "/konto/logowanie/"


@pytest.fixture
def moderator(home):
    return User.objects.create_user("moderator.podlaskie", "moderator@rops.bialystok.example.org", PASSWORD)


@pytest.fixture
def behind_nginx(settings):
    """The client-address settings of production.py (nginx on the same machine)."""
    settings.PORTAL_TRUSTED_PROXIES = ["127.0.0.1", "::1"]
    settings.PORTAL_PROXY_COUNT = 1
    return settings


def sign_in(username, password, address, forwarded=None, client=None):
    extra = {"REMOTE_ADDR": address}
    if forwarded is not None:
        extra["HTTP_X_FORWARDED_FOR"] = forwarded
    return (client or Client()).post(LOGIN, {"username": username, "password": password}, **extra)


def recorded_addresses():
    """The addresses the lock-out counted failures from, and those the audit log wrote down."""
    counted = set(AccessAttempt.objects.values_list("ip_address", flat=True))
    logged = {entry.data["ip"] for entry in ModelLogEntry.objects.filter(action=audit.LOGIN_FAILED)}
    return counted, logged


def test_a_forwarded_address_from_a_peer_that_is_no_proxy_is_ignored(moderator, behind_nginx):
    # gunicorn reached directly from 10.0.0.1: every request names another "forwarded" address.
    answers = [sign_in(moderator.username, "zle-haslo", "10.0.0.1", f"10.0.0.{n}").status_code for n in range(2, 7)]
    assert answers == [200, 200, 200, 200, 429]
    assert recorded_addresses() == ({"10.0.0.1"}, {"10.0.0.1"})

    right_password = sign_in(moderator.username, PASSWORD, "10.0.0.1", "10.0.0.2")
    assert right_password.status_code == 429
    assert not right_password.wsgi_request.user.is_authenticated


def test_a_forwarded_address_from_the_trusted_proxy_is_believed(moderator, behind_nginx):
    # nginx (127.0.0.1) appended the visitor's address to what the visitor sent.
    response = sign_in(moderator.username, "zle-haslo", "127.0.0.1", "6.6.6.6, 198.51.100.7")
    assert response.status_code == 200
    assert recorded_addresses() == ({"198.51.100.7"}, {"198.51.100.7"})


@pytest.mark.parametrize(
    ("trusted", "count", "peer", "forwarded", "expected"),
    [
        ([], 1, "10.0.0.1", "10.0.0.2", "10.0.0.1"),  # no proxy configured: the header is the visitor's
        (["127.0.0.1"], 1, "10.0.0.1", "10.0.0.2", "10.0.0.1"),  # the peer is not the proxy
        (["127.0.0.1"], 1, "127.0.0.1", "6.6.6.6, 198.51.100.7", "198.51.100.7"),
        (["127.0.0.1"], 1, "127.0.0.1", "", "127.0.0.1"),  # no header: the proxy's own request
        (["127.0.0.1"], 0, "127.0.0.1", "198.51.100.7", "127.0.0.1"),  # PORTAL_PROXY_COUNT 0 reads none
        (["127.0.0.0/8"], 1, "127.0.0.2", "198.51.100.7", "198.51.100.7"),  # a network
        (["::1"], 1, "::1", "2001:db8::7", "2001:db8::7"),
        (["127.0.0.1"], 1, "::ffff:127.0.0.1", "198.51.100.7", "198.51.100.7"),  # IPv4-mapped peer
        # A CDN (203.0.113.0/24) in front of nginx: past both, to the right-most untrusted address.
        (["127.0.0.1", "203.0.113.0/24"], 2, "127.0.0.1", "6.6.6.6, 198.51.100.7, 203.0.113.5", "198.51.100.7"),
        # The same settings, the CDN bypassed: nginx's entry is the visitor, whatever they sent before it.
        (["127.0.0.1", "203.0.113.0/24"], 2, "127.0.0.1", "203.0.113.5, 198.51.100.7", "198.51.100.7"),
        # Never more entries than PORTAL_PROXY_COUNT, even when they look like proxies.
        (["127.0.0.1", "203.0.113.0/24"], 1, "127.0.0.1", "6.6.6.6, 203.0.113.5", "203.0.113.5"),
        # Not an address: the reading stops at the trusted proxy that passed it on.
        (["127.0.0.1", "203.0.113.0/24"], 2, "127.0.0.1", "6.6.6.6, bzdura, 203.0.113.5", "203.0.113.5"),
        (["127.0.0.1"], 1, "127.0.0.1", "１２７.０.０.１", "127.0.0.1"),  # full-width digits
    ],
)
def test_the_client_address_is_the_right_most_untrusted_one(settings, trusted, count, peer, forwarded, expected):
    settings.PORTAL_TRUSTED_PROXIES, settings.PORTAL_PROXY_COUNT = trusted, count
    request = RequestFactory().get("/", REMOTE_ADDR=peer, HTTP_X_FORWARDED_FOR=forwarded)
    assert client_address(request) == expected


def test_five_failures_from_five_addresses_lock_the_account_everywhere(moderator):
    answers = [sign_in(moderator.username, "zle-haslo", f"198.51.100.{n}").status_code for n in range(1, 6)]
    assert answers == [200, 200, 200, 200, 429]

    from_elsewhere = sign_in(moderator.username, PASSWORD, "192.0.2.77")
    assert from_elsewhere.status_code == 429
    assert not from_elsewhere.wsgi_request.user.is_authenticated


def lock(user):
    for n in range(1, 6):
        sign_in(user.username, "zle-haslo", f"198.51.100.{n}")
    assert sign_in(user.username, PASSWORD, "192.0.2.77").status_code == 429


def test_the_lock_out_page_tells_the_owner_in_polish_how_to_get_in(moderator):
    lock(moderator)
    page = sign_in(moderator.username, "zle-haslo", "192.0.2.77")

    assert page.status_code == 429
    text = text_of(soup(page).find("main"))
    assert "Logowanie jest czasowo zablokowane" in text
    assert "na wszystkich urządzeniach" in text
    assert "ustaw nowe hasło za pomocą linku" in text and "Blokada zostanie wtedy zdjęta" in text
    assert soup(page).find("a", href="/konto/haslo/reset/") is not None


def test_the_password_reset_link_lifts_the_lock_and_signs_the_owner_in(moderator):
    lock(moderator)
    owner = Client(REMOTE_ADDR="192.0.2.77")

    assert owner.post("/konto/haslo/reset/", {"email": moderator.email}).status_code == 302
    link = re.search(r"https?://testserver(/konto/haslo/reset/\S+/)", mail.outbox[0].body).group(1)
    form = owner.get(link, follow=True)
    assert form.status_code == 200
    done = owner.post(
        form.redirect_chain[-1][0], {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD}, follow=True
    )

    assert done.status_code == 200
    assert done.wsgi_request.user == moderator  # signed in at once: no lock can keep the owner out
    assert "Zalogowano Cię do portalu z nowym hasłem" in text_of(soup(done).find("main"))
    assert not AccessAttempt.objects.filter(username=moderator.username).exists()
    # And the lock is gone for a later sign-in too.
    assert sign_in(moderator.username, NEW_PASSWORD, "192.0.2.78").status_code == 302


def test_one_address_trying_many_accounts_is_locked_out_but_an_office_typo_is_not(moderator, settings):
    settings.PORTAL_ADDRESS_FAILURE_LIMIT = 30
    # A colleague's typos from the office's address do not lock the moderator out.
    for n in range(4):
        sign_in(f"pracownik{n}.podlaskie", "zle-haslo", "198.51.100.9")
    assert sign_in(moderator.username, PASSWORD, "198.51.100.9").status_code == 302

    # 30 wrong passwords from one address on 30 different accounts: the address is locked for every account.
    answers = [sign_in(f"konto{n}", "zle-haslo", "203.0.113.66").status_code for n in range(30)]
    assert answers[:29] == [200] * 29 and answers[29] == 429
    locked = sign_in(moderator.username, PASSWORD, "203.0.113.66")
    assert locked.status_code == 429
    assert not locked.wsgi_request.user.is_authenticated
    # The account itself is not locked: its owner signs in from elsewhere.
    assert sign_in(moderator.username, PASSWORD, "192.0.2.80").status_code == 302
