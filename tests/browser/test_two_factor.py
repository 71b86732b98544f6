"""Two-step sign-in in a real browser, by keyboard: an editor's first sign-in, a learner turning it on."""

from base64 import b32decode

import pytest
from django_otp.oath import totp

from tests.browser.helpers import DEMO_ADMIN_PASSWORD, EDITOR, LEARNER, assert_no_violations, log_in

pytestmark = pytest.mark.browser


def password_sign_in(page, username, path):
    page.goto(path)
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", DEMO_ADMIN_PASSWORD)
    page.keyboard.press("Enter")


def type_app_code(page, step=0):
    """Read the key off the setup page, as an authenticator app would, and type its code."""
    key = page.inner_text(".otp-key").replace(" ", "")
    page.fill("input[name=code]", f"{totp(b32decode(key), drift=step):06d}")
    page.keyboard.press("Enter")
    return key


def test_an_editor_sets_up_the_app_at_the_first_sign_in(page, settings):
    settings.PORTAL_ADMIN_2FA_REQUIRED = True
    password_sign_in(page, EDITOR, "/admin/login/")
    page.wait_for_url("**/konto/weryfikacja-dwuetapowa/konfiguracja/?next=*")

    assert page.locator("h1").inner_text() == "Skonfiguruj weryfikację dwuetapową"
    assert page.locator("img.qr-code").get_attribute("alt")
    assert_no_violations(page, "two-step setup (required)")

    page.fill("input[name=code]", "000000")
    page.keyboard.press("Enter")
    assert "Ten kod jest nieprawidłowy" in page.inner_text(".form-errors")
    assert_no_violations(page, "two-step setup with an error")

    page.wait_for_timeout(1100)  # after a wrong code the next is refused for a second (django-otp throttling)
    type_app_code(page)
    page.wait_for_url("**/kody-zapasowe/?next=*")
    assert page.locator(".recovery-codes li").count() == 10
    assert_no_violations(page, "recovery codes")
    page.click("text=Mam zapisane kody")
    page.wait_for_url("**/admin/")


def test_a_learner_turns_it_on_and_signs_in_with_a_code(page):
    password_sign_in(page, LEARNER, "/konto/logowanie/")
    page.wait_for_url("**/konto/szkolenia/")
    page.goto("/konto/weryfikacja-dwuetapowa/")
    assert_no_violations(page, "two-step overview, off")

    page.click("main a.button")
    key = type_app_code(page)
    page.wait_for_url("**/kody-zapasowe/*")
    page.goto("/konto/weryfikacja-dwuetapowa/")
    assert "10 niewykorzystanych kodów zapasowych" in page.inner_text("main")
    assert_no_violations(page, "two-step overview, on")

    page.click("button.account-nav__logout")
    password_sign_in(page, LEARNER, "/konto/logowanie/")
    page.wait_for_url("**/konto/weryfikacja/?next=*")
    assert_no_violations(page, "second step")
    page.fill("input[name=code]", f"{totp(b32decode(key), drift=1):06d}")
    page.keyboard.press("Enter")
    page.wait_for_url("**/konto/szkolenia/")


def test_an_administrator_turns_it_off_for_someone_who_lost_the_phone(page):
    from django.contrib.auth import get_user_model
    from django_otp.plugins.otp_totp.models import TOTPDevice

    learner = get_user_model().objects.get(username=LEARNER)
    TOTPDevice.objects.create(user=learner, name="Telefon", confirmed=True)
    log_in(page, "admin")
    page.goto("/admin/weryfikacja-dwuetapowa/")

    assert "jeszcze nieskonfigurowana" in page.locator("tr", has_text=EDITOR).inner_text()
    assert_no_violations(page, "two-step sign-in, administrators' list")

    page.locator("tr", has_text=LEARNER).get_by_role("link", name="Wyłącz").click()
    page.wait_for_url("**/wylacz/")
    assert LEARNER in page.inner_text("main")
    assert_no_violations(page, "two-step sign-in, turning it off")

    page.get_by_role("button", name="Wyłącz weryfikację dwuetapową").press("Enter")
    page.wait_for_url("**/admin/weryfikacja-dwuetapowa/")
    assert "Wyłączono weryfikację dwuetapową dla konta: Tomasz Zieliński" in page.inner_text(".messages")
    assert not TOTPDevice.objects.filter(user=learner).exists()
