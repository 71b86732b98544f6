"""/konto/: signing in and out, passwords, the learner's profile, invitations and self-registration."""

from axes.utils import reset as reset_failed_logins
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.contrib.auth.forms import PasswordResetForm
from django.db import IntegrityError, transaction
from django.shortcuts import redirect, render
from django.urls import reverse_lazy
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from accounts import email_change
from accounts.emails import send_already_registered, send_email_confirmation, send_email_in_use
from accounts.forms import LoginForm, ProfileForm, RegistrationForm, email_taken
from accounts.models import AccountSettings, Invitation
from courses.learning import enrol
from portal.accessible_forms import AccessibleFormMixin
from portal.models import Profile

# Several authentication backends are configured (django-axes first): say which one logs people in.
MODEL_BACKEND = "django.contrib.auth.backends.ModelBackend"


def registration_open(request):
    return AccountSettings.load(request_or_site=request).allow_self_registration


class LoginView(auth_views.LoginView):
    """Sign-in; ``next`` is followed only when it points to this site (Django's own check)."""

    template_name = "accounts/login.html"
    authentication_form = LoginForm

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["registration_open"] = registration_open(self.request)
        return context


class LogoutView(auth_views.LogoutView):
    """Sign-out by POST only (the header's button), then back to the home page."""

    def post(self, request, *args, **kwargs):
        response = super().post(request, *args, **kwargs)
        messages.success(request, _("You have signed out."))
        return response


class EmailPasswordResetForm(AccessibleFormMixin, PasswordResetForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["email"].label = _("E-mail address")
        self.fields["email"].help_text = _("The address you sign in with or that your coordinator invited.")


class PasswordResetView(auth_views.PasswordResetView):
    form_class = EmailPasswordResetForm
    template_name = "accounts/password_reset_form.html"
    email_template_name = "accounts/emails/password_reset.txt"
    subject_template_name = "accounts/emails/password_reset_subject.txt"
    success_url = reverse_lazy("accounts:password_reset_done")


class PasswordResetDoneView(auth_views.PasswordResetDoneView):
    template_name = "accounts/password_reset_done.html"


class PasswordResetConfirmView(auth_views.PasswordResetConfirmView):
    """The e-mailed link: a new password, and the owner's way in past a sign-in lock-out.

    Whoever opened the link owns the mailbox: the account's failed sign-ins (from any address) are
    cleared and the owner is signed in at once, so that someone who keeps guessing the password, and so
    keeps the account locked (settings AXES_LOCKOUT_PARAMETERS), cannot keep its owner out. The second
    sign-in step (accounts/two_factor.py) is still asked of those who have one.
    """

    template_name = "accounts/password_reset_confirm.html"
    reset_url_token = "nowe-haslo"
    success_url = reverse_lazy("accounts:password_reset_complete")
    post_reset_login = True
    post_reset_login_backend = MODEL_BACKEND

    def form_valid(self, form):
        reset_failed_logins(username=self.user.get_username())
        return super().form_valid(form)


class PasswordResetCompleteView(auth_views.PasswordResetCompleteView):
    template_name = "accounts/password_reset_complete.html"


class PasswordChangeView(auth_views.PasswordChangeView):
    template_name = "accounts/password_change.html"
    success_url = reverse_lazy("accounts:profile")

    def form_valid(self, form):
        response = super().form_valid(form)
        messages.success(self.request, _("Your password has been changed."))
        return response


@login_required
def profile(request):
    """/konto/: name, e-mail, region and team (G-PZK); the Profile is created on the first save."""
    user_profile = Profile.objects.filter(user=request.user).select_related("region", "team").first()
    if user_profile is None:
        user_profile = Profile(user=request.user)
    form = ProfileForm(request.POST or None, user=request.user, profile=user_profile)
    if request.method == "POST" and form.is_valid():
        form.save()
        new_email = form.requested_email
        if not new_email:
            messages.success(request, _("Your details have been saved."))
            return redirect("accounts:profile")
        # The same answer whether or not another account uses the address (issue 19, item 7).
        if email_taken(new_email, exclude_user=request.user):
            send_email_in_use(request, new_email)
        else:
            send_email_confirmation(request, request.user, new_email)
        messages.success(
            request,
            _(
                "Your details have been saved. To change your e-mail address, open the link we have sent to "
                "%(new)s. Until then you keep the address %(current)s."
            )
            % {"new": new_email, "current": request.user.email},
        )
        return redirect("accounts:profile")
    return render(request, "accounts/profile.html", {"form": form, "profile": user_profile})


@login_required
def confirm_email(request, token):
    """The link from the e-mail sent to a new address: the signed-in owner's address changes to it."""
    user = request.user
    try:
        new_email = email_change.read_token(token, user)
    except email_change.InvalidLink as error:
        messages.error(request, error.message)
        return redirect("accounts:profile")
    refused = _("Your address has not changed: another account now uses %(email)s.") % {"email": new_email}
    if email_taken(new_email, exclude_user=user):
        messages.error(request, refused)
        return redirect("accounts:profile")
    email_change.change_email(user, new_email)
    try:
        with transaction.atomic():
            user.save(update_fields=["email", "username"])
    except IntegrityError:  # the same address taken a moment ago
        user.refresh_from_db()
        messages.error(request, refused)
        return redirect("accounts:profile")
    messages.success(request, _("Your e-mail address is now %(email)s.") % {"email": new_email})
    return redirect("accounts:profile")


class AcceptInvitationView(auth_views.PasswordResetConfirmView):
    """The invitation link: the person chooses a password, is enrolled in the invitation's courses and
    signed in. Only a pending invitation of an active account opens the form."""

    template_name = "accounts/accept_invitation.html"
    reset_url_token = "ustaw-haslo"
    post_reset_login = True
    post_reset_login_backend = MODEL_BACKEND
    success_url = reverse_lazy("courses:my_courses")

    def get_user(self, uidb64):
        user = super().get_user(uidb64)
        if user is None or not user.is_active:
            return None
        self.invitation = Invitation.objects.filter(user=user, accepted_at__isnull=True).first()
        return user if self.invitation else None

    def form_valid(self, form):
        invitation = self.invitation
        with transaction.atomic():
            response = super().form_valid(form)
            Invitation.objects.filter(pk=invitation.pk, accepted_at__isnull=True).update(accepted_at=timezone.now())
            for course in invitation.courses.live():
                enrol(self.user, course, by=invitation.invited_by)
        messages.success(self.request, _("Welcome! Your password is set and you are signed in."))
        return response


def register(request):
    """/konto/rejestracja/: only when the site setting allows it; the account waits for approval."""
    if not registration_open(request):
        return render(request, "accounts/registration_closed.html", status=404)
    form = RegistrationForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        if email_taken(data["email"]):
            send_already_registered(request, data["email"])
            return redirect("accounts:registration_done")
        try:
            with transaction.atomic():
                user = get_user_model().objects.create_user(
                    username=data["email"].lower(),
                    email=data["email"],
                    password=data["password1"],
                    first_name=data["first_name"],
                    last_name=data["last_name"],
                    is_active=False,
                )
                Profile.objects.create(user=user, region=data["region"], team=data["team"], awaiting_approval=True)
        except IntegrityError:  # the same address registered a moment ago
            send_already_registered(request, data["email"])
        return redirect("accounts:registration_done")
    return render(request, "accounts/register.html", {"form": form})


def registration_done(request):
    return render(request, "accounts/registration_done.html")
