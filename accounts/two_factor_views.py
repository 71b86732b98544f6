"""/konto/weryfikacja…: the second sign-in step, setting up the authenticator app, recovery codes."""

from base64 import b32encode
from urllib.parse import urlencode

import segno
from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice

from accounts import two_factor
from portal.accessible_forms import AccessibleFormMixin
from portal.audit import log_two_factor

# The freshly made recovery codes, kept in the session only until the page showing them is opened.
NEW_CODES_SESSION_KEY = "two_factor_new_codes"


class CodeForm(AccessibleFormMixin, forms.Form):
    """A code from the app or, when ``recovery`` is allowed, one of the recovery codes."""

    code = forms.CharField(
        label=_("Code"),
        max_length=20,
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "autocapitalize": "off", "spellcheck": "false"}),
    )

    def __init__(self, *args, devices, recovery=True, **kwargs):
        super().__init__(*args, **kwargs)
        self.devices = [device for device in devices if device is not None]
        self.device = None
        self.fields["code"].help_text = (
            _("The six digits shown by your authenticator app, or one of your recovery codes.")
            if recovery
            else _("The six digits shown by your authenticator app.")
        )

    def clean_code(self):
        code = "".join(self.cleaned_data["code"].split()).replace("-", "").lower()
        with transaction.atomic():
            for device in self.devices:
                device = type(device).objects.select_for_update().get(pk=device.pk)
                allowed, _details = device.verify_is_allowed()
                if not allowed:
                    raise forms.ValidationError(
                        _("Too many wrong codes. Wait a minute and try again."), code="throttled"
                    )
                if device.verify_token(code):
                    self.device = device
                    return code
        raise forms.ValidationError(_("This code is not correct or has already been used."), code="invalid")


def safe_next(request, default="/"):
    target = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
        return target
    return default


@never_cache
@login_required
def verify(request):
    """The second step of signing in: a code from the app or a recovery code."""
    user = request.user
    if user.is_verified() or request.session.get(two_factor.PENDING_SESSION_KEY) != two_factor.VERIFY:
        return redirect(safe_next(request))
    form = CodeForm(request.POST or None, devices=[two_factor.confirmed_app(user), two_factor.recovery_device(user)])
    if request.method == "POST":
        if form.is_valid():
            two_factor.second_step_done(request, form.device)
            if isinstance(form.device, StaticDevice):
                log_two_factor(request, user, "recovery_code")
                messages.warning(
                    request,
                    _(
                        "You signed in with a recovery code. Codes left: %(count)s. You can make new ones in your account."
                    )
                    % {"count": form.device.token_set.count()},
                )
            return redirect(safe_next(request))
        log_two_factor(request, user, "wrong_code")
    return render(request, "accounts/two_factor/verify.html", {"form": form, "next": safe_next(request, "")})


@never_cache
@login_required
def setup(request):
    """Pairing an authenticator app: a QR code and the key, then one code from the app to confirm it."""
    user = request.user
    pending = request.session.get(two_factor.PENDING_SESSION_KEY)
    if pending == two_factor.VERIFY or (two_factor.confirmed_app(user) and not user.is_verified()):
        return redirect("accounts:two_factor_verify")
    device = TOTPDevice.objects.filter(user=user, confirmed=False).first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name="authenticator app", confirmed=False)
    form = CodeForm(request.POST or None, devices=[device], recovery=False)
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            TOTPDevice.objects.filter(user=user).exclude(pk=device.pk).delete()
            device.confirmed = True
            device.save(update_fields=["confirmed"])
            request.session[NEW_CODES_SESSION_KEY] = two_factor.new_recovery_codes(user)
        two_factor.second_step_done(request, device)
        log_two_factor(request, user, "on")
        messages.success(request, _("Two-step sign-in is on."))
        return redirect(f"{reverse('accounts:two_factor_codes')}?{urlencode({'next': safe_next(request, '')})}")
    return render(
        request,
        "accounts/two_factor/setup.html",
        {
            "form": form,
            "qr_code": qr_data_uri(device.config_url),
            "key": spaced(b32encode(device.bin_key).decode()),
            "required": two_factor.required_for(user),
            "next": safe_next(request, ""),
        },
    )


@never_cache
@login_required
def overview(request):
    """/konto/weryfikacja-dwuetapowa/: whether it is on, the recovery codes left, turning it on or off."""
    return render(request, "accounts/two_factor/overview.html", overview_context(request.user))


@never_cache
@login_required
def recovery_codes(request):
    """GET shows codes made a moment ago (once); POST, with a current code, makes new ones."""
    user = request.user
    if request.method == "POST":
        form = CodeForm(request.POST, prefix="codes", devices=[two_factor.confirmed_app(user)], recovery=False)
        if form.is_valid():
            request.session[NEW_CODES_SESSION_KEY] = two_factor.new_recovery_codes(user)
            return redirect("accounts:two_factor_codes")
        return render(request, "accounts/two_factor/overview.html", overview_context(user, codes_form=form))
    codes = request.session.pop(NEW_CODES_SESSION_KEY, None)
    if not codes:
        return redirect("accounts:two_factor")
    return render(request, "accounts/two_factor/codes.html", {"codes": codes, "next": safe_next(request, "")})


@require_POST
@login_required
def turn_off(request):
    """Learners may turn it off again, confirming with a current code; admin users may not."""
    user = request.user
    if two_factor.required_for(user):
        messages.error(request, _("Two-step sign-in is required for accounts with access to the administration."))
        return redirect("accounts:two_factor")
    devices = [two_factor.confirmed_app(user), two_factor.recovery_device(user)]
    form = CodeForm(request.POST, prefix="off", devices=devices)
    if not form.is_valid():
        return render(request, "accounts/two_factor/overview.html", overview_context(user, off_form=form))
    two_factor.turn_off(user)
    log_two_factor(request, user, "off")
    messages.success(request, _("Two-step sign-in is off."))
    return redirect("accounts:two_factor")


def overview_context(user, codes_form=None, off_form=None):
    """The page's two forms each ask for a code: prefixes keep their fields' ids apart."""
    recovery = two_factor.recovery_device(user)
    return {
        "app": two_factor.confirmed_app(user),
        "codes_left": recovery.token_set.count() if recovery else 0,
        "required": two_factor.required_for(user),
        "codes_form": codes_form or CodeForm(prefix="codes", devices=[], recovery=False),
        "off_form": off_form or CodeForm(prefix="off", devices=[]),
    }


def spaced(key):
    """The key in groups of four, as authenticator apps show it, for typing it in by hand."""
    return " ".join(key[i : i + 4] for i in range(0, len(key), 4))


def qr_data_uri(url):
    return segno.make(url, error="m").svg_data_uri(scale=5, border=2)
