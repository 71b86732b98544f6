"""The portal's Content-Security-Policy: strict on public pages (CONTENT_SECURITY_POLICY in
portal/settings/base.py), what Wagtail needs in the admin.

The public site runs no inline script at all (its only scripts are files under /static/), so a
script injected into a page would not run even if it escaped the templates' escaping. Styles may be
inline: the error pages carry their own (they must render with no static files) and Wagtail's
responsive embeds size themselves with a style attribute; injected CSS cannot run code.

Wagtail's admin has inline scripts in its panels and widgets (inline_panel.html, date_input.html…),
so under /admin/ scripts may be inline; the admin is reached only by signed-in staff with two factors.
"""

from csp.constants import SELF
from csp.middleware import CSPMiddleware
from django.conf import settings

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


def client_address(request):
    """The visitor's address, for sign-in lock-outs (django-axes) and the audit log.

    Each of our PORTAL_PROXY_COUNT reverse proxies appends the address it received the request from
    to X-Forwarded-For, so the visitor's is that many entries from the right; anything further left
    was sent by the visitor and cannot be trusted. Without proxies, or without the header, it is the
    connection's address.
    """
    proxies = settings.PORTAL_PROXY_COUNT
    forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if part.strip()]
    if proxies and len(forwarded) >= proxies:
        return forwarded[-proxies]
    return request.META.get("REMOTE_ADDR")


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
