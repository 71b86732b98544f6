"""The admin's "Zaświadczenia": coordinators find a certificate by code or name and revoke or restore it.

A ModelViewSet with only the list and one page per certificate: certificates are issued by completing a
course, never added or edited by hand. Revoking and restoring are POSTs to their own addresses, allowed
to users with ``courses.change_certificate`` (the course coordinators), and each is logged in Wagtail's
history with who did it, since restoring clears the revocation fields.
"""

import django_filters
from django import forms
from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import DateColumn, StatusTagColumn
from wagtail.admin.views.generic import IndexView, InspectView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import HeaderButton
from wagtail.log_actions import log

from courses.learning.certificates import restore_certificate, revoke_certificate
from courses.models import Certificate

REVOKE_ACTION = "courses.certificate.revoke"
RESTORE_ACTION = "courses.certificate.restore"


class RevocationForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason for revocation"),
        max_length=300,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Kept in the admin only; the public verification page shows the date of revocation alone."),
    )


class CertificateFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(
        label=_("Status"),
        choices=[("valid", _("Valid")), ("revoked", _("Revoked"))],
        method="filter_status",
        empty_label=_("All"),
    )

    class Meta:
        model = Certificate
        fields = []

    def filter_status(self, queryset, name, value):
        return queryset.filter(revoked_at__isnull=value == "valid")


def status_label(certificate):
    return _("Revoked") if certificate.is_revoked else _("Valid")


class CertificateIndexView(IndexView):
    any_permission_required = ["change"]


class CertificateView(InspectView):
    """One certificate: what it says, and the form that revokes it or the button that restores it."""

    any_permission_required = ["change"]
    template_name = "courses/admin/certificate.html"
    page_title = _("Completion certificate")
    inspect_url_name = None
    revoke_url_name = None
    restore_url_name = None
    revocation_fields = {"revoked_at", "revoked_by", "revocation_reason"}

    def get_object(self, queryset=None):
        return get_object_or_404(Certificate.objects.select_related("revoked_by"), pk=self.pk)

    def get_fields_context(self):
        shown = [name for name in self.fields if self.object.is_revoked or name not in self.revocation_fields]
        return [self.get_context_for_field(name) for name in shown]

    # Wagtail's inspect template formats datetimes with |localize, which skips the time zone conversion.
    def get_issued_at_display_value(self):
        return date_format(timezone.localtime(self.object.issued_at), "DATETIME_FORMAT")

    def get_revoked_at_display_value(self):
        return date_format(timezone.localtime(self.object.revoked_at), "DATETIME_FORMAT")

    def get_revoked_by_display_value(self):
        user = self.object.revoked_by
        return (user.get_full_name() or user.get_username()) if user else "–"

    @cached_property
    def header_more_buttons(self):
        return []

    @cached_property
    def header_buttons(self):
        if self.object.is_revoked or not self.request.user.has_perm("courses.view_all_learners"):
            return []
        url = reverse("courses:certificate_pdf", args=[self.object.code])
        return [HeaderButton(_("Download the PDF"), url=url, icon_name="download")]

    def inspect_url(self):
        return reverse(self.inspect_url_name, args=[self.object.pk])

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.setdefault("revocation_form", RevocationForm())
        context["revoke_url"] = reverse(self.revoke_url_name, args=[self.object.pk])
        context["restore_url"] = reverse(self.restore_url_name, args=[self.object.pk])
        return context


class RevokeView(CertificateView):
    http_method_names = ["post"]

    def post(self, request, *args, **kwargs):
        certificate = self.object
        form = RevocationForm(request.POST)
        if not certificate.is_revoked and not form.is_valid():
            messages.error(request, _("The certificate was not revoked: give the reason."))
            return self.render_to_response(self.get_context_data(revocation_form=form))
        # Of two coordinators (or a double click) the first revocation stays.
        revoked = not certificate.is_revoked and revoke_certificate(
            certificate, by=request.user, reason=form.cleaned_data["reason"]
        )
        if not revoked:
            messages.warning(request, _("This certificate was already revoked."))
            return redirect(self.inspect_url())
        log(certificate, REVOKE_ACTION, user=request.user, data={"reason": form.cleaned_data["reason"]})
        messages.success(request, _("Certificate %(code)s has been revoked.") % {"code": certificate.code})
        return redirect(self.inspect_url())


class RestoreView(CertificateView):
    http_method_names = ["post"]

    def post(self, request, *args, **kwargs):
        certificate = self.object
        restored = restore_certificate(certificate)
        if restored:
            log(certificate, RESTORE_ACTION, user=request.user)
            messages.success(request, _("Certificate %(code)s is valid again.") % {"code": certificate.code})
        return redirect(self.inspect_url())


class CertificateViewSet(ModelViewSet):
    model = Certificate
    icon = "doc-full"
    menu_label = _("Certificates")
    menu_order = 310
    add_to_admin_menu = True
    index_view_class = CertificateIndexView
    inspect_view_class = CertificateView
    inspect_view_enabled = True
    copy_view_enabled = False
    inspect_view_fields = [
        "code",
        "learner_name",
        "course_title",
        "issued_at",
        "minutes",
        "revoked_at",
        "revoked_by",
        "revocation_reason",
    ]
    list_display = [
        "code",
        "learner_name",
        "course_title",
        DateColumn("issued_at", label=_("Date issued"), sort_key="issued_at"),
        StatusTagColumn("status", label=_("Status"), accessor=status_label, primary=lambda c: not c.is_revoked),
    ]
    filterset_class = CertificateFilterSet
    search_fields = ["code", "learner_name"]
    search_backend_name = None  # a plain database lookup: certificates are not in the search index
    ordering = "-issued_at"
    list_per_page = 50

    def get_common_view_kwargs(self, **kwargs):
        # No add, edit, delete, history or usage views: certificates are issued by completing a course.
        return super().get_common_view_kwargs(
            add_url_name=None,
            edit_url_name=None,
            delete_url_name=None,
            history_url_name=None,
            usage_url_name=None,
            **kwargs,
        )

    def get_inspect_view_kwargs(self, **kwargs):
        return super().get_inspect_view_kwargs(
            revoke_url_name=self.get_url_name("revoke"),
            restore_url_name=self.get_url_name("restore"),
            **kwargs,
        )

    @property
    def revoke_view(self):
        return self.construct_view(RevokeView, **self.get_inspect_view_kwargs())

    @property
    def restore_view(self):
        return self.construct_view(RestoreView, **self.get_inspect_view_kwargs())

    def get_urlpatterns(self):
        return [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
            path("<int:pk>/", self.inspect_view, name="inspect"),
            path("<int:pk>/revoke/", self.revoke_view, name="revoke"),
            path("<int:pk>/restore/", self.restore_view, name="restore"),
        ]


certificate_viewset = CertificateViewSet("certificates")


@hooks.register("register_admin_viewset")
def register_certificate_viewset():
    return certificate_viewset


@hooks.register("register_log_actions")
def register_certificate_log_actions(actions):
    actions.register_action(REVOKE_ACTION, _("Revoke certificate"), _("Certificate revoked"))
    actions.register_action(RESTORE_ACTION, _("Restore certificate"), _("Certificate restored"))
