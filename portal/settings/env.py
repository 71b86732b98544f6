"""Every environment variable the portal reads, in one place, with typed defaults.

Production-only secrets have no default here: production.py asks for them with
``required()``, which stops start-up with a clear message when one is missing.
"""

import ipaddress
import os

from django.core.exceptions import ImproperlyConfigured


def text(name: str, default: str = "") -> str:
    return os.environ.get(name, default)


def flag(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def integer(name: str, default: int = 0) -> int:
    value = os.environ.get(name, "").strip()
    return int(value) if value else default


def csv(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def networks(name: str, default: str = "") -> list[str]:
    """Comma-separated IP addresses or networks (``10.0.0.0/8``, ``::1``); a wrong entry stops start-up."""
    entries = csv(name, default)
    for entry in entries:
        try:
            ipaddress.ip_network(entry, strict=False)
        except ValueError:
            raise ImproperlyConfigured(f"{name}: {entry!r} is not an IP address or network.") from None
    return entries


def required(name: str) -> str:
    value = os.environ.get(name, "").strip()
    if not value:
        raise ImproperlyConfigured(
            f"The environment variable {name} must be set for production settings "
            "(see the table of variables in README.md)."
        )
    return value
