"""The admin's "Wnioski o usunięcie danych": learners' deletion requests and the "Zanonimizuj" action.

Only people with ``accounts.change_deletionrequest`` (the portal administrators) see the menu item
and may open the views; the action runs the same ``anonymise()`` as ``manage.py anonymise_learner``.
"""

from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.auth import permission_required
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from accounts.models import DeletionRequest
from accounts.personal_data import AnonymisationRefused, anonymise

PERMISSION = "accounts.change_deletionrequest"
HANDLED_PER_PAGE = 50


class DeletionRequestsView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "accounts/privacy/admin/deletion_requests.html"
    page_title = gettext_lazy("Data deletion requests")
    header_icon = "user"

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        requests = DeletionRequest.objects.select_related("user__profile__region", "handled_by")
        context["open_requests"] = list(requests.filter(handled_at__isnull=True).order_by("requested_at"))
        handled = requests.filter(handled_at__isnull=False).order_by("-handled_at", "-pk")
        context["handled_requests"] = Paginator(handled, HANDLED_PER_PAGE).get_page(self.request.GET.get("p"))
        return context


class AnonymiseView(WagtailAdminTemplateMixin, TemplateView):
    """GET: what will happen, with the "Zanonimizuj" button; POST: anonymise and close the request."""

    template_name = "accounts/privacy/admin/confirm_anonymise.html"
    page_title = gettext_lazy("Anonymise a learner")
    header_icon = "user"

    def dispatch(self, request, *args, **kwargs):
        self.deletion_request = get_object_or_404(
            DeletionRequest.objects.select_related("user__profile__region"), pk=kwargs["pk"]
        )
        if self.deletion_request.handled_at:
            messages.info(request, _("This request has already been handled."))
            return redirect("accounts_deletion_requests")
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse("accounts_deletion_requests"), "label": _("Data deletion requests")},
            {"url": "", "label": self.page_title},
        ]

    def get_context_data(self, **kwargs):
        return super().get_context_data(deletion_request=self.deletion_request, **kwargs)

    def post(self, request, *args, **kwargs):
        learner = self.deletion_request.user
        if learner is None:
            # The account was deleted outright: nothing is left to anonymise.
            DeletionRequest.objects.filter(pk=self.deletion_request.pk).update(
                handled_at=timezone.now(), handled_by=request.user
            )
            messages.success(request, _("The request is marked as handled: its account no longer exists."))
            return redirect("accounts_deletion_requests")
        try:
            report = anonymise(learner, by=request.user)
        except AnonymisationRefused as refusal:
            messages.error(request, str(refusal))
            return redirect("accounts_deletion_requests")
        messages.success(request, " ".join(report.lines()))
        return redirect("accounts_deletion_requests")


class DeletionRequestsMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(PERMISSION)


@hooks.register("register_admin_urls")
def register_urls():
    return [
        path(
            "wnioski-o-usuniecie/",
            permission_required(PERMISSION)(DeletionRequestsView.as_view()),
            name="accounts_deletion_requests",
        ),
        path(
            "wnioski-o-usuniecie/<int:pk>/zanonimizuj/",
            permission_required(PERMISSION)(AnonymiseView.as_view()),
            name="accounts_anonymise",
        ),
    ]


@hooks.register("register_admin_menu_item")
def register_menu_item():
    return DeletionRequestsMenuItem(
        gettext_lazy("Data deletion requests"),
        reverse("accounts_deletion_requests"),
        name="deletion-requests",
        icon_name="user",
        order=820,
    )
