"""Settings shared by every environment. Environment variables are read in env.py."""

import os
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF

from portal.settings import env

BASE_DIR = Path(__file__).resolve().parent.parent.parent
VAR_DIR = Path(env.text("PORTAL_VAR_DIR", str(BASE_DIR / "var")))

INSTALLED_APPS = [
    "portal",
    "home",
    "news",
    "courses",
    "accounts",
    "search",  # before "wagtail.search": its update_index command shadows Wagtail's
    # Tooling on top of every app (manage.py load_demo, import_plone); no runtime code imports them.
    "demo",
    "plone_import",
    "wagtail_localize",
    "wagtail_localize.locales",  # replaces wagtail.locales
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.table_block",
    "wagtail.contrib.typed_table_block",
    "wagtail.embeds",
    "wagtail.sites",
    "portal.apps.PortalUsersConfig",  # wagtail.users with the region
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.sitemaps",
    "django.contrib.staticfiles",
    "axes",
    "csp",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
]

MIDDLEWARE = [
    # First: load balancers probe /health/ over plain HTTP with the server's address as the host.
    "portal.health.HealthCheckMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "portal.security.PortalCSPMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Before the session, CSRF and messages middleware, to see every cookie they set.
    "portal.page_cache.AnonymousPageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    # Holds a signed-in user who still owes the second sign-in step to it (accounts/two_factor.py).
    "accounts.two_factor.TwoFactorMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # A POST whose form data cannot even be read (a StreamField's count missing) is a 400, not a 500.
    "portal.malformed_forms.MalformedFormMiddleware",
    # Before Wagtail's redirects, so that it sees their 404s: old Plone addresses with a view ending.
    "portal.old_addresses.OldAddressMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, as django-axes asks: it turns a locked-out sign-in into the lockout response.
    "axes.middleware.AxesMiddleware",
]

# django-axes counts failed sign-ins (portal and admin) per username and address and locks them out.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = env.integer("AXES_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = 0.25  # hours: a locked-out sign-in may try again after 15 minutes
# Per account, from whatever addresses: guessing one account's password from many addresses is
# stopped as surely as from one. The owner keeps a way in: the password-reset link clears the account's
# failures and signs them in (accounts/views.py), and the lock-out page says so.
# One address trying passwords on many accounts is stopped too, at a higher limit
# (PORTAL_ADDRESS_FAILURE_LIMIT across accounts in the same 15 minutes), so a few typos in an office
# behind one address do not lock its colleagues out (portal.security.AccountAndAddressLockout).
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_HANDLER = "portal.security.AccountAndAddressLockout"
PORTAL_ADDRESS_FAILURE_LIMIT = env.integer("PORTAL_ADDRESS_FAILURE_LIMIT", 30)
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "accounts/locked_out.html"
AXES_CLIENT_IP_CALLABLE = "portal.security.client_address"
AXES_USERNAME_CALLABLE = "portal.security.typed_username"
AXES_USERNAME_FORM_FIELD = "username"
# The visitor's address (portal.security.client_address): X-Forwarded-For is believed only from the
# PORTAL_TRUSTED_PROXIES (addresses or networks), read from the right past them, at most
# PORTAL_PROXY_COUNT entries. production.py reads both from the environment (nginx on the same
# machine); here none: the development server and tests face the client directly.
PORTAL_TRUSTED_PROXIES = []
PORTAL_PROXY_COUNT = 0
# Two-step sign-in (django-otp, TOTP apps and recovery codes) for everyone with access to the admin.
PORTAL_ADMIN_2FA_REQUIRED = env.flag("PORTAL_ADMIN_2FA_REQUIRED", True)
OTP_TOTP_ISSUER = env.text("OTP_TOTP_ISSUER", "Portal Kooperacji")
LOGIN_URL = "accounts:login"
LOGIN_REDIRECT_URL = "courses:my_courses"
LOGOUT_REDIRECT_URL = "/"
WAGTAIL_FRONTEND_LOGIN_URL = "/konto/logowanie/"
PASSWORD_RESET_TIMEOUT = 3 * 24 * 3600  # invitation and reset links work for three days

ROOT_URLCONF = "portal.urls"
WSGI_APPLICATION = "portal.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# SQLite under var/ is the embedded default; DATABASE_URL points elsewhere (PostgreSQL).
DATABASES = {
    "default": dj_database_url.parse(
        env.text("DATABASE_URL", f"sqlite:///{VAR_DIR / 'portal.sqlite3'}"),
        conn_max_age=env.integer("DATABASE_CONN_MAX_AGE", 0),
        # A kept connection is tested before each request, so that the portal recovers by itself when the
        # database comes back after an outage or a restart.
        conn_health_checks=True,
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Localisation: Polish first, Polish URLs unprefixed, /en/ and /uk/ prefixed.
LANGUAGE_CODE = "pl"
TIME_ZONE = "Europe/Warsaw"
USE_I18N = True
USE_TZ = True
LANGUAGES = [
    ("pl", "Polski"),
    ("en", "English"),
    ("uk", "Українська"),
]
# locale/overrides: Polish for Wagtail's own messages its catalogues lack or phrase badly for the
# portal. Listed first, so it wins over every other catalogue; makemessages writes to locale/ only.
LOCALE_PATHS = [BASE_DIR / "locale" / "overrides", BASE_DIR / "locale"]
WAGTAIL_I18N_ENABLED = True
# A new translation is a draft until the translator publishes it, not a live page in Polish.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILADMIN_PERMITTED_LANGUAGES = [("pl", "Polski"), ("en", "English")]

STATIC_URL = "/static/"
STATIC_ROOT = Path(env.text("STATIC_ROOT", str(VAR_DIR / "static")))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env.text("MEDIA_ROOT", str(VAR_DIR / "media")))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    # Compressed files with hashed names, served by whitenoise.
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# The local-memory cache (one per process) by default; REDIS_URL shares one among processes and servers.
# The Redis cache ignores its errors (a read is a miss, a write is lost): if Redis goes away the portal
# keeps serving from the database, only slower. Sessions then live in the database, cached in Redis.
REDIS_URL = env.text("REDIS_URL")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": env.text("CACHE_KEY_PREFIX", "portal"),
            "OPTIONS": {
                "IGNORE_EXCEPTIONS": True,
                "SOCKET_CONNECT_TIMEOUT": 0.5,  # seconds: a Redis that is down must not hold the page up
                "SOCKET_TIMEOUT": 0.5,
            },
        }
    }
    DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = True
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# Expensive renders (genogram PDF/PNG, SMART PDF, certificates, report exports; portal/render_limits.py):
# kept in the cache per content version; at most RENDER_SLOTS at once across the workers (fewer than the
# gunicorn workers, WEB_CONCURRENCY, so the others stay free for every other page), one per user at a
# time and RENDERS_PER_MINUTE per user.
_WORKERS = env.integer("WEB_CONCURRENCY", 2 * (os.cpu_count() or 1) + 1)  # gunicorn's default, as deploy/ sets it
RENDER_SLOTS = env.integer("RENDER_SLOTS", max(1, (_WORKERS - 1) // 2))
RENDERS_PER_MINUTE = env.integer("RENDERS_PER_MINUTE", 10)
RENDER_LOCK_SECONDS = env.integer("GUNICORN_TIMEOUT", 30) + 10  # a worker killed mid-render frees it soon
RENDER_CACHE_SECONDS = env.integer("RENDER_CACHE_SECONDS", 7 * 24 * 3600)

# Security headers on every response (production.py adds HSTS and the secure cookies).
# Content-Security-Policy (django-csp): no inline script on public pages; portal/security.py explains
# the policy and what the admin adds to it. MEDIA_ORIGIN: where images come from when media is on
# object storage or a CDN.
MEDIA_ORIGIN = env.text("MEDIA_ORIGIN")
_IMAGES = [SELF, "data:", *([MEDIA_ORIGIN] if MEDIA_ORIGIN else [])]
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF, "'unsafe-inline'"],
        "img-src": _IMAGES,
        "media-src": _IMAGES,
        "font-src": [SELF],
        "connect-src": [SELF],
        # The video providers of the embed block (portal.blocks).
        "frame-src": ["https://www.youtube.com", "https://www.youtube-nocookie.com", "https://player.vimeo.com"],
        "frame-ancestors": [NONE],
        "form-action": [SELF],
        "base-uri": [SELF],
        "object-src": [NONE],
    }
}
PERMISSIONS_POLICY = {
    feature: []
    for feature in (
        "accelerometer",
        "camera",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "payment",
        "usb",
    )
}
# Avatars in the admin from the user's upload only: Gravatar would learn every editor's e-mail address.
WAGTAIL_GRAVATAR_PROVIDER_URL = None

WAGTAIL_SITE_NAME = "Portal Kooperacji"
WAGTAILADMIN_BASE_URL = env.text("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILIMAGES_IMAGE_MODEL = "portal.PortalImage"
WAGTAILDOCS_DOCUMENT_MODEL = "portal.PortalDocument"
WAGTAILDOCS_DOCUMENT_FORM_BASE = "portal.forms.PortalDocumentForm"
# Uploads larger than this are refused with a clear message (bytes).
PORTAL_MAX_DOCUMENT_SIZE = env.integer("PORTAL_MAX_DOCUMENT_SIZE", 50 * 1024 * 1024)
WAGTAILIMAGES_MAX_UPLOAD_SIZE = env.integer("PORTAL_MAX_IMAGE_SIZE", 20 * 1024 * 1024)
# Raster pictures only, never SVG (it may carry scripts) nor AVIF/HEIC; the form re-encodes every
# upload (portal.images, portal.forms.PortalImageForm), so only pixels reach /media/original_images/.
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
WAGTAILIMAGES_IMAGE_FORM_BASE = "portal.forms.PortalImageForm"
# The formats the portal publishes; portal.documents.check_upload also checks their content.
WAGTAILDOCS_EXTENSIONS = [
    "pdf",
    "docx",
    "odt",
    "xlsx",
    "ods",
    "pptx",
    "odp",
    "zip",
    "jpg",
    "jpeg",
    "png",
    "gif",
    "webp",
]
# Wagtail's own document view (/dokumenty-pliki/) shows only PDFs in the browser; every other file is
# downloaded (Content-Disposition: attachment), so no uploaded file is ever rendered as a page.
WAGTAILDOCS_INLINE_CONTENT_TYPES = ["application/pdf"]
# Always through that view, with those headers, also when media are in a bucket (Wagtail would redirect
# to the bucket's address instead).
WAGTAILDOCS_SERVE_METHOD = "serve_view"
# The database backend: SQLite FTS5 (embedded) or PostgreSQL full text. PostgreSQL has no Polish
# configuration, and an English one would stem Polish words; "simple" keeps words as they are, and the
# portal adds Polish lemmas itself (the search app). SQLite ignores SEARCH_CONFIG.
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database", "SEARCH_CONFIG": "simple"}}
WAGTAILADMIN_RICH_TEXT_EDITORS = {
    "default": {
        "WIDGET": "wagtail.admin.rich_text.DraftailRichTextArea",
        "OPTIONS": {"features": ["h2", "h3", "h4", "bold", "italic", "ol", "ul", "link", "document-link"]},
    }
}
WAGTAIL_ALLOW_UNICODE_SLUGS = False
WAGTAILEMBEDS_RESPONSIVE_HTML = True

SECRET_KEY = env.text("SECRET_KEY", "")
DEBUG = False
ALLOWED_HOSTS = env.csv("ALLOWED_HOSTS", "127.0.0.1,localhost")
