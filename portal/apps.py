from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _
from wagtail.users.apps import WagtailUsersAppConfig


class PortalConfig(AppConfig):
    # Two configs live in this module: Django picks this one for "portal" only when told.
    default = True
    name = "portal"
    verbose_name = _("Portal")

    def ready(self):
        from portal import signals  # noqa: F401


class PortalUsersConfig(WagtailUsersAppConfig):
    """Wagtail's users app with the user's region in the list, the filters and the forms."""

    user_viewset = "portal.admin_users.PortalUserViewSet"
