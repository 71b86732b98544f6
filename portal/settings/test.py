"""Test settings: fast hasher, local-memory cache, plain static storage."""

from portal.settings import env
from portal.settings.base import *  # noqa: F403
from portal.settings.base import VAR_DIR

DEBUG = False
SECRET_KEY = "test-only-key"
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
MEDIA_ROOT = VAR_DIR / "test-media"
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
WAGTAILADMIN_BASE_URL = "http://testserver"
# Whitenoise looks files up in the finders in tests, so no collectstatic is needed.
WHITENOISE_AUTOREFRESH = True
WHITENOISE_USE_FINDERS = True
if env.text("DATABASE_URL").startswith("postgres"):
    DATABASES["default"]["TEST"] = {"NAME": env.text("TEST_DATABASE_NAME", "test_portal")}  # noqa: F405
# Tests sign people in with force_login; tests/accounts/test_two_factor.py turns the requirement on.
PORTAL_ADMIN_2FA_REQUIRED = False
