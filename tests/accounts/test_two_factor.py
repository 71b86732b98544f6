"""Two-step sign-in: required for everyone with admin access, set up at the first sign-in, recovery
codes, throttling; learners may turn it on and off."""

import re
import time

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django_otp.oath import TOTP
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.models import ModelLogEntry

from accounts.apps import check_two_factor_required
from portal import audit
from tests.portal.utils import soup, text_of

User = get_user_model()
PASSWORD = "Kooperacja-3D-Lublin"
SETUP = "/konto/weryfikacja-dwuetapowa/konfiguracja/"
VERIFY = "/konto/weryfikacja/"
OVERVIEW = "/konto/weryfikacja-dwuetapowa/"


@pytest.fixture(autouse=True)
def two_factor_required(settings):
    settings.PORTAL_ADMIN_2FA_REQUIRED = True
    # Throttling doubles the wait after each wrong code; test_wrong_codes_are_throttled checks it.
    settings.OTP_TOTP_THROTTLE_FACTOR = 0
    settings.OTP_STATIC_THROTTLE_FACTOR = 0


@pytest.fixture
def editor(home):
    user = User.objects.create_user("redaktor.kielce", "redaktor@rops.example.pl", PASSWORD)
    group = Group.objects.create(name="Redakcja testowa")
    group.permissions.add(*Group._meta.apps.get_model("auth", "Permission").objects.filter(codename="access_admin"))
    user.groups.add(group)
    return user


@pytest.fixture
def learner(home):
    return User.objects.create_user("anna.lis@example.org", "anna.lis@example.org", PASSWORD)


def app_code(user):
    """The code the user's authenticator app shows now; a code already used is past, so as if the app
    had moved on to the next 30 seconds, the device's last used step goes back one."""
    device = TOTPDevice.objects.filter(user=user).order_by("-pk").first()
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    totp.time = time.time()
    if totp.t() <= device.last_t:
        TOTPDevice.objects.filter(pk=device.pk).update(last_t=totp.t() - 1)
    return f"{totp.token():06d}"


def set_up_app(client, user, next_url="/admin/"):
    """The first sign-in of someone who must use the second step: the setup page, then the codes."""
    client.get(f"{SETUP}?next={next_url}")
    response = client.post(SETUP, {"code": app_code(user), "next": next_url})
    assert response.status_code == 302
    codes_page = client.get(response.url)
    return [code.get_text() for code in soup(codes_page).select(".recovery-codes code")]


def sign_in(client, username, password=PASSWORD, url="/konto/logowanie/", next_url=None):
    data = {"username": username, "password": password}
    if next_url:
        data["next"] = next_url
    return client.post(url, data)


def errors(response):
    return text_of(soup(response).select_one(".form-errors"))


# Admin users


def test_admin_user_sets_up_the_app_at_the_first_sign_in_and_gets_recovery_codes(client, editor):
    sign_in(client, editor.username, url="/admin/login/")

    to_setup = client.get("/admin/")
    assert to_setup.status_code == 302
    assert to_setup.url == f"{SETUP}?next=%2Fadmin%2F"
    # Everything else waits too, not only the admin.
    assert client.get("/konto/szkolenia/").url.startswith(SETUP)

    page = soup(client.get(to_setup.url))
    qr = page.select_one("img.qr-code")
    assert qr["src"].startswith("data:image/svg+xml") and qr["alt"]
    key = page.select_one(".otp-key").get_text().replace(" ", "")
    assert re.fullmatch(r"[A-Z2-7]{32}", key)

    wrong = client.post(SETUP, {"code": "000000", "next": "/admin/"})
    assert "Ten kod jest nieprawidłowy" in errors(wrong)
    assert not TOTPDevice.objects.filter(user=editor, confirmed=True).exists()

    response = client.post(SETUP, {"code": app_code(editor), "next": "/admin/"})
    assert response.status_code == 302
    codes_page = client.get(response.url)
    codes = [code.get_text() for code in soup(codes_page).select(".recovery-codes code")]
    assert len(codes) == 10 and len(set(codes)) == 10
    assert soup(codes_page).select_one("a.button")["href"] == "/admin/"
    # The codes are shown once.
    assert client.get("/konto/weryfikacja-dwuetapowa/kody-zapasowe/").status_code == 302

    assert client.get("/admin/").status_code == 200


def test_the_next_sign_in_asks_for_a_code_and_a_recovery_code_works_once(client, editor):
    sign_in(client, editor.username, url="/admin/login/")
    codes = set_up_app(client, editor)
    client.post("/konto/wyloguj/")

    sign_in(client, editor.username, url="/admin/login/")
    to_verify = client.get("/admin/pages/")
    assert to_verify.url == f"{VERIFY}?next=%2Fadmin%2Fpages%2F"
    assert client.get(to_verify.url).status_code == 200

    wrong = client.post(VERIFY, {"code": "123456", "next": "/admin/pages/"})
    assert "Ten kod jest nieprawidłowy" in errors(wrong)
    assert client.get("/admin/").status_code == 302

    # Typed with a space and in capitals, as people copy it from paper.
    typed = f"{codes[0][:4]} {codes[0][4:]}".upper()
    response = client.post(VERIFY, {"code": typed, "next": "/admin/pages/"})
    assert response.status_code == 302 and response.url == "/admin/pages/"
    assert client.get("/admin/").status_code == 200
    assert StaticDevice.objects.get(user=editor).token_set.count() == 9

    events = [entry.data["event"] for entry in ModelLogEntry.objects.filter(action=audit.TWO_FACTOR).order_by("pk")]
    assert events == ["on", "wrong_code", "recovery_code"]

    client.post("/konto/wyloguj/")
    sign_in(client, editor.username, url="/admin/login/")
    used_again = client.post(VERIFY, {"code": codes[0], "next": "/admin/"})
    assert "Ten kod jest nieprawidłowy" in errors(used_again)
    response = client.post(VERIFY, {"code": app_code(editor), "next": "/admin/"})
    assert response.url == "/admin/"
    assert client.get("/admin/").status_code == 200


def test_the_portal_sign_in_page_leads_admin_users_to_the_second_step_too(client, editor):
    sign_in(client, editor.username, url="/admin/login/")
    set_up_app(client, editor)
    client.post("/konto/wyloguj/")

    response = sign_in(client, editor.username, next_url="/konto/")
    assert client.get(response.url).url == f"{VERIFY}?next=%2Fkonto%2F"
    assert client.post(VERIFY, {"code": app_code(editor), "next": "/konto/"}).url == "/konto/"


def test_admin_users_cannot_turn_it_off(client, editor):
    sign_in(client, editor.username, url="/admin/login/")
    set_up_app(client, editor)

    overview = soup(client.get(OVERVIEW))
    assert overview.find("form", action="/konto/weryfikacja-dwuetapowa/wylacz/") is None
    client.post("/konto/weryfikacja-dwuetapowa/wylacz/", {"off-code": app_code(editor)})
    assert TOTPDevice.objects.filter(user=editor, confirmed=True).exists()


def test_someone_given_admin_access_while_signed_in_sets_up_the_app_before_the_admin(client, learner, editor):
    sign_in(client, learner.username)
    assert client.get("/konto/szkolenia/").status_code == 200

    learner.groups.add(*editor.groups.all())
    response = client.get("/admin/")
    assert response.url == f"{SETUP}?next=%2Fadmin%2F"


def test_without_the_requirement_admin_users_sign_in_with_a_password(client, editor, settings):
    settings.PORTAL_ADMIN_2FA_REQUIRED = False
    sign_in(client, editor.username, url="/admin/login/")
    assert client.get("/admin/").status_code == 200


def test_check_deploy_warns_when_the_requirement_is_off(settings):
    assert check_two_factor_required(None) == []
    settings.PORTAL_ADMIN_2FA_REQUIRED = False
    assert [warning.id for warning in check_two_factor_required(None)] == ["accounts.W001"]


# Codes: bad input and guessing


@pytest.mark.parametrize("code", ["", "abc", "1" * 21, "12345\x00", "' OR 1=1 --", "{{ 7*7 }}"])
def test_bad_codes_get_a_polish_message(client, editor, code):
    sign_in(client, editor.username, url="/admin/login/")
    set_up_app(client, editor)
    client.post("/konto/wyloguj/")
    sign_in(client, editor.username, url="/admin/login/")

    response = client.post(VERIFY, {"code": code, "next": "/admin/"})
    assert response.status_code == 200
    assert errors(response)
    assert client.get("/admin/").status_code == 302


def test_wrong_codes_are_throttled(client, editor, settings):
    sign_in(client, editor.username, url="/admin/login/")
    set_up_app(client, editor)
    client.post("/konto/wyloguj/")
    sign_in(client, editor.username, url="/admin/login/")
    settings.OTP_TOTP_THROTTLE_FACTOR = 60
    settings.OTP_STATIC_THROTTLE_FACTOR = 60

    client.post(VERIFY, {"code": "111111", "next": "/admin/"})
    throttled = client.post(VERIFY, {"code": app_code(editor), "next": "/admin/"})
    assert "Za dużo błędnych kodów" in errors(throttled)
    assert client.get("/admin/").status_code == 302


def test_next_pointing_elsewhere_is_ignored(client, editor):
    sign_in(client, editor.username, url="/admin/login/")
    set_up_app(client, editor)
    client.post("/konto/wyloguj/")
    sign_in(client, editor.username, url="/admin/login/")

    response = client.post(VERIFY, {"code": app_code(editor), "next": "https://evil.example/"})
    assert response.url == "/"


def test_the_pages_ask_for_nothing_from_anonymous_visitors(client, home):
    for url in (VERIFY, SETUP, OVERVIEW):
        response = client.get(url)
        assert response.status_code == 302 and response.url.startswith("/konto/logowanie/")


def test_an_operator_removes_the_app_of_someone_who_lost_everything(client, editor):
    sign_in(client, editor.username, url="/admin/login/")
    set_up_app(client, editor)
    client.post("/konto/wyloguj/")

    call_command("turn_off_two_factor", editor.username)

    sign_in(client, editor.username, url="/admin/login/")
    assert client.get("/admin/").url.startswith(SETUP)


# Learners


def test_learners_sign_in_with_a_password_until_they_turn_it_on(client, learner):
    sign_in(client, learner.username)
    assert client.get("/konto/szkolenia/").status_code == 200
    assert "jest wyłączona" in text_of(soup(client.get(OVERVIEW)).find("main"))


def test_a_learner_turns_it_on_and_off(client, learner):
    sign_in(client, learner.username)
    codes = set_up_app(client, learner, next_url="/konto/")
    assert len(codes) == 10
    client.post("/konto/wyloguj/")

    sign_in(client, learner.username)
    assert client.get("/konto/szkolenia/").url == f"{VERIFY}?next=%2Fkonto%2Fszkolenia%2F"
    client.post(VERIFY, {"code": app_code(learner)})
    overview = soup(client.get(OVERVIEW))
    assert "10 niewykorzystanych kodów zapasowych" in text_of(overview.find("main"))

    wrong = client.post("/konto/weryfikacja-dwuetapowa/wylacz/", {"off-code": "999999"})
    assert "Ten kod jest nieprawidłowy" in errors(wrong)
    client.post("/konto/weryfikacja-dwuetapowa/wylacz/", {"off-code": app_code(learner)})
    assert not TOTPDevice.objects.filter(user=learner).exists()
    assert not StaticDevice.objects.filter(user=learner).exists()

    client.post("/konto/wyloguj/")
    sign_in(client, learner.username)
    assert client.get("/konto/szkolenia/").status_code == 200


def test_new_recovery_codes_cancel_the_old_ones(client, learner):
    sign_in(client, learner.username)
    old_codes = set_up_app(client, learner, next_url="/konto/")

    response = client.post("/konto/weryfikacja-dwuetapowa/kody-zapasowe/", {"codes-code": app_code(learner)})
    new_codes = [code.get_text() for code in soup(client.get(response.url)).select(".recovery-codes code")]
    assert len(new_codes) == 10 and not set(new_codes) & set(old_codes)
    assert StaticDevice.objects.get(user=learner).token_set.count() == 10


# The administrators' page


def test_an_administrator_sees_who_has_set_it_up_and_turns_it_off(client, editor, learner, settings):
    sign_in(client, editor.username, url="/admin/login/")
    set_up_app(client, editor)
    client.post("/konto/wyloguj/")
    settings.PORTAL_ADMIN_2FA_REQUIRED = False  # the administrator's own second step is tested above
    client.force_login(User.objects.create_superuser("admin.portalu", "admin@rops.example.pl", PASSWORD))

    page = soup(client.get("/admin/weryfikacja-dwuetapowa/"))
    rows = {row.th.get_text(strip=True): text_of(row) for row in page.select("tbody tr")}
    assert "skonfigurowana" in rows[editor.username] and "Wyłącz" in rows[editor.username]
    assert learner.username not in rows  # learners without it are not listed

    client.get(f"/admin/weryfikacja-dwuetapowa/{editor.pk}/wylacz/")
    response = client.post(f"/admin/weryfikacja-dwuetapowa/{editor.pk}/wylacz/")
    assert response.status_code == 302
    assert not TOTPDevice.objects.filter(user=editor).exists()
    removed = ModelLogEntry.objects.get(action=audit.TWO_FACTOR, data__event="removed")
    assert (removed.object_id, removed.user.username) == (str(editor.pk), "admin.portalu")


def test_only_administrators_open_that_page(client, editor):
    sign_in(client, editor.username, url="/admin/login/")
    set_up_app(client, editor)

    assert client.get("/admin/weryfikacja-dwuetapowa/").status_code == 302
    assert client.post(f"/admin/weryfikacja-dwuetapowa/{editor.pk}/wylacz/").status_code == 302
    assert TOTPDevice.objects.filter(user=editor, confirmed=True).exists()
