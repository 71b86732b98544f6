"""What the public may see in listings: live pages that are not below a view restriction.

Wagtail's ``.public()`` reads every restriction on each call (one query per listing); the portal
has a handful of restricted pages, so their paths are cached under the content version and the
cache is dropped whenever a restriction is added, changed or removed (portal/signals.py).
"""

from django.conf import settings
from django.db.models import Q
from django.urls import reverse
from wagtail.models import PageViewRestriction

from portal.content_version import cached_choices


def restricted_paths():
    return cached_choices("restricted-paths", lambda: PageViewRestriction.objects.values_list("page__path", flat=True))


def public(queryset):
    """``queryset`` limited to live pages outside every restricted subtree."""
    queryset = queryset.live()
    restricted = Q()
    for path in restricted_paths():
        restricted |= Q(path__startswith=path)
    return queryset.exclude(restricted) if restricted else queryset


def login_url():
    """Where a visitor is sent to sign in before a restricted page or file."""
    return getattr(settings, "WAGTAIL_FRONTEND_LOGIN_URL", None) or reverse("wagtailcore_login")
