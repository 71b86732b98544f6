"""Local development: the embedded defaults (SQLite, local media, local-memory cache)."""

from portal.settings import env
from portal.settings.base import *  # noqa: F403

DEBUG = env.flag("DEBUG", True)
# A development-only key; production.py requires SECRET_KEY from the environment.
SECRET_KEY = env.text("SECRET_KEY", "dev-only-insecure-key-never-used-in-production")
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
# The demo's editors sign in with a password alone unless asked (production requires the second step).
PORTAL_ADMIN_2FA_REQUIRED = env.flag("PORTAL_ADMIN_2FA_REQUIRED", False)
