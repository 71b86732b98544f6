"""The admin's "Zaproszenia": invite learners by e-mail and approve self-registrations.

Who sees whom: course coordinators (``courses.view_all_learners``) and superusers work with everyone;
a region's moderators (``accounts.invite_learners`` only) with the people of their own region.
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST
from django.views.generic import FormView
from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from accounts.emails import send_approval, send_invitation
from accounts.forms import InvitationForm
from accounts.models import AccountSettings, Invitation
from portal.models import Profile, region_of

PERMISSION = "accounts.invite_learners"
RECENT_INVITATIONS = 50


def sees_everyone(user):
    return user.is_superuser or user.has_perm("courses.view_all_learners")


def in_scope(queryset, user, region_field):
    """``queryset`` narrowed to the user's region unless they see everyone (no region: nobody)."""
    if sees_everyone(user):
        return queryset
    region = region_of(user)
    if region is None:
        return queryset.none()
    return queryset.filter(**{region_field: region})


def require_permission(request):
    if not request.user.has_perm(PERMISSION):
        raise PermissionDenied


def pending_registrations(user):
    users = get_user_model().objects.filter(is_active=False, profile__awaiting_approval=True)
    return in_scope(users, user, "profile__region").select_related("profile__region", "profile__team")


def link_expired(invitation, now):
    return (now - invitation.created_at).total_seconds() > settings.PASSWORD_RESET_TIMEOUT


class InvitationsView(WagtailAdminTemplateMixin, FormView):
    template_name = "accounts/admin/invitations.html"
    form_class = InvitationForm
    page_title = _("Invitations")
    header_icon = "mail"

    def dispatch(self, request, *args, **kwargs):
        require_permission(request)
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.page_title}]

    def get_form_kwargs(self):
        kwargs = super().get_form_kwargs()
        everywhere = sees_everyone(self.request.user)
        kwargs.update(everywhere=everywhere, allowed_region=None if everywhere else region_of(self.request.user))
        return kwargs

    def form_valid(self, form):
        data = form.cleaned_data
        with transaction.atomic():
            user = get_user_model().objects.create_user(
                username=data["email"].lower(),
                email=data["email"],
                password=None,  # unusable until the person sets one through the link
                first_name=data["first_name"],
                last_name=data["last_name"],
            )
            Profile.objects.create(user=user, region=data["region"], team=data["team"])
            invitation = Invitation.objects.create(user=user, invited_by=self.request.user)
            invitation.courses.set(data["courses"])
        send_invitation(self.request, invitation)
        messages.success(self.request, _("The invitation has been sent to %(email)s.") % {"email": user.email})
        return redirect("accounts_invitations")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        user = self.request.user
        invitations = in_scope(Invitation.objects.all(), user, "user__profile__region")
        invitations = invitations.select_related("user__profile__region", "invited_by").order_by("-created_at")
        now = timezone.now()
        rows = [
            {"invitation": invitation, "expired": not invitation.accepted_at and link_expired(invitation, now)}
            for invitation in invitations[:RECENT_INVITATIONS]
        ]
        context.update(
            invitations=rows,
            pending=list(pending_registrations(user).order_by("date_joined")),
            registration_open=AccountSettings.load(request_or_site=self.request).allow_self_registration,
            region=None if sees_everyone(user) else region_of(user),
        )
        return context


@require_POST
def resend_invitation(request, pk):
    """Send the link again (a new one, valid for the full period) while the invitation is pending."""
    require_permission(request)
    invitations = in_scope(Invitation.objects.filter(accepted_at__isnull=True), request.user, "user__profile__region")
    invitation = get_object_or_404(invitations.select_related("user", "invited_by"), pk=pk)
    Invitation.objects.filter(pk=invitation.pk).update(created_at=timezone.now())
    send_invitation(request, invitation)
    messages.success(request, _("The invitation has been sent again to %(email)s.") % {"email": invitation.user.email})
    return redirect("accounts_invitations")


@require_POST
def approve_registration(request, user_id):
    require_permission(request)
    user = get_object_or_404(pending_registrations(request.user), pk=user_id)
    with transaction.atomic():
        user.is_active = True
        user.save(update_fields=["is_active"])
        Profile.objects.filter(user=user).update(awaiting_approval=False)
    send_approval(request, user)
    messages.success(
        request, _("The account of %(name)s is active; they have been told by e-mail.") % {"name": display(user)}
    )
    return redirect("accounts_invitations")


@require_POST
def reject_registration(request, user_id):
    require_permission(request)
    user = get_object_or_404(pending_registrations(request.user), pk=user_id)
    name = display(user)
    user.delete()
    messages.success(request, _("The registration of %(name)s has been rejected and removed.") % {"name": name})
    return redirect("accounts_invitations")


def display(user):
    full_name = user.get_full_name()
    return f"{full_name} <{user.email}>" if full_name else user.email


class InvitationsMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(PERMISSION)


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [
        path("zaproszenia/", InvitationsView.as_view(), name="accounts_invitations"),
        path("zaproszenia/<int:pk>/wyslij-ponownie/", resend_invitation, name="accounts_invitation_resend"),
        path("zaproszenia/zatwierdz/<int:user_id>/", approve_registration, name="accounts_registration_approve"),
        path("zaproszenia/odrzuc/<int:user_id>/", reject_registration, name="accounts_registration_reject"),
    ]


@hooks.register("register_admin_menu_item")
def register_menu_item():
    return InvitationsMenuItem(
        _("Invitations"), reverse("accounts_invitations"), name="invitations", icon_name="mail", order=450
    )
