"""Two-step sign-in (TOTP with django-otp): who must use it and the middleware that holds them to it.

Everyone who can open the Wagtail admin (editors, moderators, administrators) must confirm each sign-in
with a code from an authenticator app; learners may turn it on in /konto/. The password sign-in
(/konto/logowanie/ or /admin/login/) marks the session as waiting for the second step; until it is
done, every request leads to the code form (or, the first time, to setting up the app).
"""

from urllib.parse import urlencode

from django.conf import settings
from django.contrib.auth.signals import user_logged_in
from django.dispatch import receiver
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import get_language_from_path
from django_otp import login as otp_login
from django_otp import user_has_device
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

# The session key holding the step still owed after the password: VERIFY or SET_UP.
PENDING_SESSION_KEY = "two_factor_pending"
VERIFY = "verify"
SET_UP = "set-up"
RECOVERY_CODE_COUNT = 10
RECOVERY_DEVICE_NAME = "recovery codes"

ADMIN_PREFIX = "/admin/"
# Reachable while the second step is owed: the step itself, signing out, and what those pages load.
OPEN_PREFIXES = ("/konto/weryfikacja", "/konto/wyloguj/", "/admin/logout/", "/static/", "/health/")


def required_for(user):
    """Whether the user must use two-step sign-in: everyone with access to the Wagtail admin."""
    return settings.PORTAL_ADMIN_2FA_REQUIRED and user.has_perm("wagtailadmin.access_admin")


def step_owed(user):
    """What the user still owes after the password: VERIFY, SET_UP or None."""
    if user_has_device(user):
        return VERIFY
    if required_for(user):
        return SET_UP
    return None


@receiver(user_logged_in, dispatch_uid="two_factor_pending")
def mark_second_step_owed(sender, request, user, **kwargs):
    if request is None or not hasattr(request, "session"):
        return
    step = step_owed(user)
    if step:
        request.session[PENDING_SESSION_KEY] = step
    else:
        request.session.pop(PENDING_SESSION_KEY, None)


def second_step_done(request, device):
    """Record in the session that the user has passed the second step with the device."""
    otp_login(request, device)
    request.session.pop(PENDING_SESSION_KEY, None)


def confirmed_app(user):
    return TOTPDevice.objects.filter(user=user, confirmed=True).first()


def recovery_device(user):
    return StaticDevice.objects.filter(user=user, name=RECOVERY_DEVICE_NAME).first()


def new_recovery_codes(user):
    """Replace the user's recovery codes with fresh ones and return them (shown once)."""
    device, _ = StaticDevice.objects.get_or_create(user=user, name=RECOVERY_DEVICE_NAME, defaults={"confirmed": True})
    device.token_set.all().delete()
    codes = [StaticToken.random_token() for _ in range(RECOVERY_CODE_COUNT)]
    StaticToken.objects.bulk_create(StaticToken(device=device, token=code) for code in codes)
    return codes


def turn_off(user):
    TOTPDevice.objects.filter(user=user).delete()
    StaticDevice.objects.filter(user=user).delete()


def is_open_path(path):
    language = get_language_from_path(path)  # /en/konto/… and /uk/konto/… too
    if language:
        path = path[len(language) + 1 :]
    return path.startswith(OPEN_PREFIXES)


class TwoFactorMiddleware:
    """Sends a signed-in user who still owes the second step to it.

    The session flag set at sign-in costs no query. The admin is also guarded directly, for someone who
    was given admin access while already signed in.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        step = self.step_to_take(request)
        if step and not is_open_path(request.path):
            target = "accounts:two_factor_verify" if step == VERIFY else "accounts:two_factor_setup"
            return redirect(f"{reverse(target)}?{urlencode({'next': request.get_full_path()})}")
        return self.get_response(request)

    def step_to_take(self, request):
        if settings.SESSION_COOKIE_NAME not in request.COOKIES:
            return None  # an anonymous visitor: nothing owed, and the session is left untouched
        step = request.session.get(PENDING_SESSION_KEY)
        if step:
            return step
        user = request.user
        if request.path.startswith(ADMIN_PREFIX) and user.is_authenticated and not user.is_verified():
            step = step_owed(user) if required_for(user) else None
            if step:
                request.session[PENDING_SESSION_KEY] = step
        return step
