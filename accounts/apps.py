from django.apps import AppConfig
from django.conf import settings
from django.core import checks
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    name = "accounts"
    verbose_name = _("Learner accounts")

    def ready(self):
        from accounts import two_factor  # noqa: F401, PLC0415  (connects the sign-in signal; needs the models)

        checks.register(check_two_factor_required, checks.Tags.security, deploy=True)


def check_two_factor_required(app_configs, **kwargs):
    if settings.PORTAL_ADMIN_2FA_REQUIRED:
        return []
    return [
        checks.Warning(
            "Two-step sign-in is not required for admin users.",
            hint="Unset PORTAL_ADMIN_2FA_REQUIRED (or set it to true) in production.",
            id="accounts.W001",
        )
    ]
