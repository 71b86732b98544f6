"""The e-mails the accounts send: an invitation with its link, the news that an account was approved, a
note to the owner of an address someone tried to register again or to move another account to, and the
link that confirms a new e-mail address.

Both go out in Polish, the portal's language, whatever language the coordinator's admin uses.
"""

from django.conf import settings
from django.contrib.auth.tokens import default_token_generator
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode

from accounts import email_change


def invitation_path(user):
    uidb64 = urlsafe_base64_encode(force_bytes(user.pk))
    token = default_token_generator.make_token(user)
    return reverse("accounts:accept_invitation", kwargs={"uidb64": uidb64, "token": token})


def send_templated(template, context, recipient):
    """Render ``<template>_subject.txt`` and ``<template>.txt`` in Polish and send them to ``recipient``."""
    with translation.override(settings.LANGUAGE_CODE):
        subject = " ".join(render_to_string(f"{template}_subject.txt", context).split())
        body = render_to_string(f"{template}.txt", context)
    send_mail(subject, body, None, [recipient])


def send_invitation(request, invitation):
    user = invitation.user
    with translation.override(settings.LANGUAGE_CODE):
        link = request.build_absolute_uri(invitation_path(user))
    context = {
        "user": user,
        "link": link,
        "inviter": invitation.invited_by,
        "courses": [course.title for course in invitation.courses.live().order_by("title")],
        "days": settings.PASSWORD_RESET_TIMEOUT // (24 * 3600),
    }
    send_templated("accounts/emails/invitation", context, user.email)


def send_approval(request, user):
    with translation.override(settings.LANGUAGE_CODE):
        link = request.build_absolute_uri(reverse("accounts:login"))
    send_templated("accounts/emails/approved", {"user": user, "link": link}, user.email)


def send_already_registered(request, email):
    """Registration with an address that has an account: the page says what it says for a new one (no
    hint which addresses have accounts); the owner learns of it here, with the way back in."""
    with translation.override(settings.LANGUAGE_CODE):
        login = request.build_absolute_uri(reverse("accounts:login"))
        reset = request.build_absolute_uri(reverse("accounts:password_reset"))
    send_templated("accounts/emails/already_registered", {"login": login, "reset": reset}, email)


def send_email_confirmation(request, user, email):
    """The link that moves ``user`` to the new address ``email``, sent to that address."""
    path = reverse("accounts:confirm_email", kwargs={"token": email_change.make_token(user, email)})
    with translation.override(settings.LANGUAGE_CODE):
        link = request.build_absolute_uri(path)
    context = {"user": user, "link": link, "days": email_change.link_days()}
    send_templated("accounts/emails/confirm_email", context, email)


def send_email_in_use(request, email):
    """Someone asked to move their account to ``email``, which another account uses: the profile page
    says what it says for a free address; the owner of ``email`` learns of it here."""
    with translation.override(settings.LANGUAGE_CODE):
        login = request.build_absolute_uri(reverse("accounts:login"))
        reset = request.build_absolute_uri(reverse("accounts:password_reset"))
    send_templated("accounts/emails/email_in_use", {"login": login, "reset": reset}, email)
