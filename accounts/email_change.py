"""A signed-in person changes their e-mail address: the change waits for a link sent to the new address.

The profile form answers the same whether or not another account uses the address asked for, so that
it tells nobody which addresses have accounts (issue 19, item 7). A free address gets a confirmation
link; a taken one gets a note that someone tried to use it (accounts.emails). The link is signed
(Django's TimestampSigner with its own salt), expires with the password-reset links
(PASSWORD_RESET_TIMEOUT), names the account and the address it changes from, so it works only for
the signed-in owner and only once: after the change the address it names is no longer current.
"""

from django.conf import settings
from django.core.signing import BadSignature, SignatureExpired, TimestampSigner
from django.utils.translation import gettext as _

SALT = "accounts.email_change"


class InvalidLink(Exception):
    """The link cannot change the address; ``message`` says why, in the person's language."""

    def __init__(self, message):
        super().__init__(message)
        self.message = message


def make_token(user, email):
    return TimestampSigner(salt=SALT).sign_object({"user": user.pk, "from": user.email or "", "to": email})


def link_days():
    return max(1, settings.PASSWORD_RESET_TIMEOUT // (24 * 3600))


def read_token(token, user):
    """The new address that ``token`` confirms for ``user``, or InvalidLink."""
    signer = TimestampSigner(salt=SALT)
    try:
        data = signer.unsign_object(token, max_age=settings.PASSWORD_RESET_TIMEOUT)
    except SignatureExpired:
        raise InvalidLink(
            _("This link has expired. Enter the new address in your profile again to get a new link.")
        ) from None
    except (BadSignature, ValueError):
        raise InvalidLink(
            _("This link is not valid. Copy the whole link from the e-mail, or ask for a new one in your profile.")
        ) from None
    if not isinstance(data, dict) or data.get("user") != user.pk or not isinstance(data.get("to"), str):
        raise InvalidLink(
            _("This link was sent for another account. Sign in to the account whose address you are changing.")
        )
    if data.get("from") != (user.email or ""):
        raise InvalidLink(_("This link has already been used, or your address has changed since it was sent."))
    return data["to"]


def change_email(user, email):
    """Set the address (not saved); learners sign in with it, so the user name follows when it was the
    old address."""
    old_email = user.email or ""
    user.email = email
    if old_email and user.username.lower() == old_email.lower():
        user.username = email.lower()
