from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _
from wagtail.users.apps import WagtailUsersAppConfig


class PortalConfig(AppConfig):
    # Two configs live in this module: Django picks this one for "portal" only when told.
    default = True
    name = "portal"
    verbose_name = _("Portal")

    def ready(self):
        # Signal receivers and admin form changes: they need the models, loaded only now.
        from portal import admin_forms, audit, signals  # noqa: F401, PLC0415

        audit.connect()
        admin_forms.install()


class PortalUsersConfig(WagtailUsersAppConfig):
    """Wagtail's users app with the user's region in the list, the filters and the forms, and group
    forms whose permission changes go to the audit log (portal.audit)."""

    user_viewset = "portal.admin_users.PortalUserViewSet"
    group_viewset = "portal.admin_users.PortalGroupViewSet"
