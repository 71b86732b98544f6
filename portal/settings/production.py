"""Production: everything that differs from the embedded defaults comes from the environment.

A missing secret stops start-up with a clear message (env.required).
"""

from portal.settings import env
from portal.settings.base import *  # noqa: F403

DEBUG = False
SECRET_KEY = env.required("SECRET_KEY")
ALLOWED_HOSTS = env.csv("ALLOWED_HOSTS") or [env.required("ALLOWED_HOSTS")]
CSRF_TRUSTED_ORIGINS = env.csv("CSRF_TRUSTED_ORIGINS")
WAGTAILADMIN_BASE_URL = env.required("WAGTAILADMIN_BASE_URL")

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env.flag("SECURE_SSL_REDIRECT", True)
SECURE_HSTS_SECONDS = env.integer("SECURE_HSTS_SECONDS", 31536000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = env.flag("SECURE_HSTS_PRELOAD", True)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
# Load balancers probe /health/ over plain HTTP (portal.health answers before this redirect anyway).
SECURE_REDIRECT_EXEMPT = [r"^health/$"]

# Media on S3-compatible object storage (django-storages) when MEDIA_BUCKET is set; the local disk
# otherwise. Files get unguessable names only from their uploads, so the bucket must keep
# documents/ private: the portal streams model documents itself, checking who may read them.
# portal.storage.MediaStorage stores each object with its Content-Type by extension and, unless it is
# a JPEG, PNG, GIF or WebP image, Content-Disposition: attachment.
MEDIA_BUCKET = env.text("MEDIA_BUCKET")
if MEDIA_BUCKET:
    STORAGES["default"] = {  # noqa: F405
        "BACKEND": "portal.storage.MediaStorage",
        "OPTIONS": {
            "bucket_name": MEDIA_BUCKET,
            "endpoint_url": env.text("MEDIA_ENDPOINT_URL") or None,
            "region_name": env.text("MEDIA_REGION") or None,
            "access_key": env.required("MEDIA_ACCESS_KEY_ID"),
            "secret_key": env.required("MEDIA_SECRET_ACCESS_KEY"),
            "custom_domain": env.text("MEDIA_CUSTOM_DOMAIN") or None,
            "default_acl": None,  # the bucket's policy decides
            "querystring_auth": False,  # image addresses must not expire: pages are cached
            "file_overwrite": False,
        },
    }

# A CDN in front of the site: Wagtail purges a page's addresses from it when the page is published,
# unpublished, moved or deleted (wagtail.contrib.frontend_cache). FRONTEND_CACHE_PURGE_URL is an HTTP
# cache that accepts PURGE (Varnish, nginx); CLOUDFLARE_ZONE_ID with CLOUDFLARE_API_TOKEN, Cloudflare.
WAGTAILFRONTENDCACHE = {}
if env.text("FRONTEND_CACHE_PURGE_URL"):
    WAGTAILFRONTENDCACHE["http"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": env.text("FRONTEND_CACHE_PURGE_URL"),
    }
if env.text("CLOUDFLARE_ZONE_ID"):
    WAGTAILFRONTENDCACHE["cloudflare"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
        "ZONEID": env.text("CLOUDFLARE_ZONE_ID"),
        "BEARER_TOKEN": env.required("CLOUDFLARE_API_TOKEN"),
    }
if WAGTAILFRONTENDCACHE:
    INSTALLED_APPS = [*INSTALLED_APPS, "wagtail.contrib.frontend_cache"]  # noqa: F405

EMAIL_BACKEND = env.text("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = env.text("EMAIL_HOST", "localhost")
EMAIL_PORT = env.integer("EMAIL_PORT", 25)
EMAIL_HOST_USER = env.text("EMAIL_HOST_USER")
EMAIL_HOST_PASSWORD = env.text("EMAIL_HOST_PASSWORD")
EMAIL_USE_TLS = env.flag("EMAIL_USE_TLS", False)
DEFAULT_FROM_EMAIL = env.text("DEFAULT_FROM_EMAIL", "portal@localhost")

# Behind the reverse proxy every request comes from the proxy's address: the client's is read from
# X-Forwarded-For, but only when the connection comes from one of PORTAL_TRUSTED_PROXIES (by default
# nginx on this machine); at most PORTAL_PROXY_COUNT entries from the right, past the trusted proxies
# (portal.security.client_address). Anyone else's X-Forwarded-For is ignored.
PORTAL_TRUSTED_PROXIES = env.networks("PORTAL_TRUSTED_PROXIES", "127.0.0.1,::1")
PORTAL_PROXY_COUNT = env.integer("PORTAL_PROXY_COUNT", 1)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env.text("LOG_LEVEL", "INFO")},
}
