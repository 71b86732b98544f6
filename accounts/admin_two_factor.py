"""The admin's "Weryfikacja dwuetapowa": who has set up two-step sign-in, and turning it off for someone
who lost both the phone and the recovery codes (as ``manage.py turn_off_two_factor`` does).

Administrators (superusers) only: turning it off lets the next sign-in pair any phone.
"""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.db.models import Exists, OuterRef, Q
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.auth import user_passes_test
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from accounts import two_factor
from portal.audit import log_two_factor


def is_administrator(user):
    return user.is_active and user.is_superuser


def people_to_list():
    """Everyone with access to the admin, and learners who turned it on themselves."""
    access_admin = Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    has_app = TOTPDevice.objects.filter(user=OuterRef("pk"), confirmed=True)
    return (
        get_user_model()
        .objects.filter(is_active=True)
        .annotate(has_app=Exists(has_app))
        .filter(Q(is_superuser=True) | Q(groups__permissions=access_admin) | Q(has_app=True))
        .distinct()
        .order_by("last_name", "first_name", "username")
    )


class TwoFactorListView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "accounts/two_factor/admin/list.html"
    page_title = gettext_lazy("Two-step sign-in")
    header_icon = "lock"

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        return super().get_context_data(people=people_to_list(), **kwargs)


class TurnOffView(WagtailAdminTemplateMixin, TemplateView):
    """GET: who and what happens, with the button; POST: remove their app and recovery codes."""

    template_name = "accounts/two_factor/admin/confirm_turn_off.html"
    page_title = gettext_lazy("Turn off two-step sign-in")
    header_icon = "lock"

    def dispatch(self, request, *args, **kwargs):
        self.person = get_object_or_404(get_user_model(), pk=kwargs["pk"])
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse("accounts_two_factor"), "label": _("Two-step sign-in")},
            {"url": "", "label": self.page_title},
        ]

    def get_context_data(self, **kwargs):
        return super().get_context_data(person=self.person, **kwargs)

    def post(self, request, *args, **kwargs):
        two_factor.turn_off(self.person)
        log_two_factor(request, self.person, "removed")
        messages.success(
            request,
            _("Two-step sign-in is off for the account: %(name)s. At the next sign-in its owner pairs a new app.")
            % {"name": self.person.get_full_name() or self.person.get_username()},
        )
        return redirect("accounts_two_factor")


class AdministratorsMenuItem(MenuItem):
    def is_shown(self, request):
        return is_administrator(request.user)


@hooks.register("register_admin_urls")
def register_urls():
    only_administrators = user_passes_test(is_administrator)
    return [
        path("weryfikacja-dwuetapowa/", only_administrators(TwoFactorListView.as_view()), name="accounts_two_factor"),
        path(
            "weryfikacja-dwuetapowa/<int:pk>/wylacz/",
            only_administrators(TurnOffView.as_view()),
            name="accounts_two_factor_off",
        ),
    ]


@hooks.register("register_settings_menu_item")
def register_menu_item():
    return AdministratorsMenuItem(
        gettext_lazy("Two-step sign-in"),
        reverse("accounts_two_factor"),
        name="two-step-sign-in",
        icon_name="lock",
        order=610,
    )
