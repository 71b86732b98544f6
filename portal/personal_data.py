"""The registry of a person's data: what "Moje dane" exports, gathered from every app that holds some.

Each app registers functions ``(user, request) -> JSON value`` with ``@section(name, order=…)`` in a
module its AppConfig imports at start-up (accounts/personal_data.py: the account, profile, invitation,
sign-ins, deletion requests; courses/personal_data.py: courses and exercises). The export
(accounts.personal_data.export) lists them by ``order``; each section reads its rows in a fixed number
of queries.
"""

from django.utils import timezone

SECTIONS = {}


def section(name, *, order):
    """Register ``function(user, request)`` as the export's section ``name``, placed by ``order``."""

    def register(function):
        SECTIONS[name] = (order, function)
        return function

    return register


def sections():
    """(name, function) of every registered section, in export order."""
    return [(name, function) for name, (_order, function) in sorted(SECTIONS.items(), key=lambda item: item[1][0])]


def when(value):
    """A date and time as ISO 8601 in the portal's time zone (None stays None)."""
    return timezone.localtime(value).isoformat() if value else None
