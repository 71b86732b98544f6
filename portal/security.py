"""The portal's Content-Security-Policy: strict on public pages (CONTENT_SECURITY_POLICY in
portal/settings/base.py), what Wagtail needs in the admin.

The public site runs no inline script at all (its only scripts are files under /static/), so a
script injected into a page would not run even if it escaped the templates' escaping. Styles may be
inline: the error pages carry their own (they must render with no static files) and Wagtail's
responsive embeds size themselves with a style attribute; injected CSS cannot run code.

Wagtail's admin has inline scripts in its panels and widgets (inline_panel.html, date_input.html…),
so under /admin/ scripts may be inline; the admin is reached only by signed-in staff with two factors.
"""

import functools
import ipaddress

from axes.handlers.database import AxesDatabaseHandler
from axes.helpers import get_failure_limit
from csp.constants import SELF
from csp.middleware import CSPMiddleware
from django.conf import settings
from django.db.models import Sum

# Under /admin/: inline scripts, and the page previews, which frame the site itself.
ADMIN_POLICY_UPDATE = {"script-src": ["'unsafe-inline'"], "frame-src": [SELF]}
ADMIN_POLICY_REPLACE = {"frame-ancestors": [SELF]}
ADMIN_PREFIX = "/admin/"


class PortalCSPMiddleware(CSPMiddleware):
    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only)
        if request.path.startswith(ADMIN_PREFIX) and parts.update is None and parts.replace is None:
            parts.update, parts.replace = ADMIN_POLICY_UPDATE, ADMIN_POLICY_REPLACE
        return parts


@functools.cache
def _networks(entries):
    return tuple(ipaddress.ip_network(entry, strict=False) for entry in entries)


def _address(text):
    """``text`` as an IP address (an IPv4-mapped IPv6 address as IPv4), or None if it is not one."""
    try:
        address = ipaddress.ip_address(text.strip())
    except ValueError:
        return None
    return getattr(address, "ipv4_mapped", None) or address


def is_trusted_proxy(address):
    """Whether ``address`` (an ip_address) is one of PORTAL_TRUSTED_PROXIES (addresses or networks)."""
    return any(address in network for network in _networks(tuple(settings.PORTAL_TRUSTED_PROXIES)))


def client_address(request):
    """The visitor's address: the one function every user of it calls (django-axes' lock-outs through
    ``AXES_CLIENT_IP_CALLABLE``, the audit log).

    ``X-Forwarded-For`` is believed only when the connection comes from one of PORTAL_TRUSTED_PROXIES;
    anyone else who sends it is the visitor, and the header is theirs to invent. Each trusted proxy
    appends the address it received the request from, so the chain is read from the right, past the
    trusted proxies, to the first address that is not one: the visitor's. Entries further left were
    sent by the visitor and are never read. PORTAL_PROXY_COUNT bounds how many entries are read (the
    number of proxies in front of the portal; 0 reads none). An entry that is not an IP address ends
    the reading at the trusted proxy that passed it on.
    """
    peer = request.META.get("REMOTE_ADDR")
    address = _address(peer) if isinstance(peer, str) else None
    if address is None:
        return peer
    hops = settings.PORTAL_PROXY_COUNT
    forwarded = [part for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if part.strip()]
    while hops > 0 and forwarded and is_trusted_proxy(address):
        sender = _address(forwarded.pop())
        if sender is None:
            break
        address, hops = sender, hops - 1
    return str(address)


# Django's longest user name: a longer typed name is no account's, and django-axes stores the name in a
# column of 255 characters, which PostgreSQL enforces (a 500-character name made sign-in answer 500).
TYPED_USERNAME_LENGTH = 150


def typed_username(request, credentials=None):
    """The user name typed at sign-in, as django-axes counts it (``AXES_USERNAME_CALLABLE``), cut to fit."""
    field = settings.AXES_USERNAME_FORM_FIELD
    if credentials:
        name = credentials.get(field)
    else:
        name = getattr(request, "data", request.POST).get(field)
    return name[:TYPED_USERNAME_LENGTH] if isinstance(name, str) else name


class AccountAndAddressLockout(AxesDatabaseHandler):
    """django-axes' database handler with two limits (``AXES_LOCKOUT_PARAMETERS = ["username",
    "ip_address"]``): an account is locked after ``AXES_FAILURE_LIMIT`` failures from any addresses,
    an address after ``PORTAL_ADDRESS_FAILURE_LIMIT`` failures on any accounts. axes compares one
    count with one limit, so the address's count is scaled to the account's limit."""

    def get_failures(self, request, credentials=None) -> int:
        by_account, by_address = (
            attempts.aggregate(total=Sum("failures_since_start"))["total"] or 0
            for attempts in self.get_user_attempts(request, credentials)
        )
        account_limit = get_failure_limit(request, credentials)
        return max(by_account, by_address * account_limit // settings.PORTAL_ADDRESS_FAILURE_LIMIT)
