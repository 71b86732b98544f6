"""The learner's forms: sign-in, profile, self-registration, and the coordinators' invitation form."""

from django import forms
from django.conf import settings
from django.contrib.auth import get_user_model, password_validation
from django.contrib.auth.forms import AuthenticationForm
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from accounts.email_change import change_email
from courses.models import CoursePage
from portal.accessible_forms import AccessibleFormMixin
from portal.collation import polish_sort_key
from portal.models import Region, Team


def region_label(region):
    """E.g. "świętokrzyskie (ROPS Kielce)": it brings its own brackets and is an adjective in the nominative, so a
    sentence gives it a label and a colon ("Region: …"), never "w regionie …" or "(…)"."""
    return f"{region.voivodeship} ({region.short_name})"


def sorted_regions():
    return sorted(Region.objects.all(), key=lambda region: polish_sort_key(region.voivodeship))


class RegionChoiceField(forms.ModelChoiceField):
    """Regions by voivodeship in Polish alphabetical order; the queryset still validates the choice."""

    def __init__(self, **kwargs):
        super().__init__(queryset=Region.objects.all(), **kwargs)

    def offer(self, regions):
        self.choices = [("", _("– choose the region –"))] + [(region.pk, region_label(region)) for region in regions]


class TeamChoiceField(forms.ModelChoiceField):
    """Teams grouped by their region, so that the list works without JavaScript."""

    def __init__(self, **kwargs):
        super().__init__(queryset=Team.objects.select_related("region"), **kwargs)

    def offer(self, regions):
        teams = self.queryset.filter(region__in=[region.pk for region in regions])
        groups = {}
        for team in sorted(
            teams, key=lambda team: (polish_sort_key(team.region.voivodeship), polish_sort_key(team.name))
        ):
            groups.setdefault(region_label(team.region), []).append((team.pk, f"{team.name} – {team.municipality}"))
        self.choices = [("", _("– no team chosen –"))] + list(groups.items())


def check_team_in_region(form, region, team):
    """Only a team of the chosen region is valid: the coordinators of that region follow its members."""
    if team is None:
        return
    if region is None:
        form.add_error("region", _("Choose the region your team works in."))
    elif team.region_id != region.pk:
        form.add_error(
            "team",
            _(
                "The team “%(team)s” does not work in the region you chose. Chosen region: %(region)s. "
                "Choose a team of that region."
            )
            % {"team": team.name, "region": region_label(region)},
        )


def email_taken(email, exclude_user=None):
    """An account already uses this address (as its e-mail or its username, which is the e-mail)."""
    users = get_user_model().objects.filter(email__iexact=email) | get_user_model().objects.filter(
        username__iexact=email
    )
    if exclude_user is not None:
        users = users.exclude(pk=exclude_user.pk)
    return users.exists()


class LoginForm(AccessibleFormMixin, AuthenticationForm):
    error_messages = {
        "invalid_login": _(
            "The e-mail address (or username) and the password do not match. Check them and try again; "
            "after %(limit)s failed attempts signing in is blocked for a while."
        ),
        "inactive": _("This account is not active. Ask the coordinator of your region."),
        "awaiting_approval": _(
            "Your account is waiting for the approval of your region's coordinator. "
            "You will receive an e-mail when it is active."
        ),
    }

    def __init__(self, request=None, *args, **kwargs):
        super().__init__(request, *args, **kwargs)
        self.fields["username"].label = _("E-mail address or username")
        self.fields["username"].widget.attrs.pop("autofocus", None)
        self.fields["password"].label = _("Password")

    def clean_username(self):
        """Learners' usernames are their e-mail addresses in lower case; accept the address as typed."""
        username = self.cleaned_data["username"].strip()
        if "@" in username:
            users = get_user_model().objects.filter(username__iexact=username).values_list("username", flat=True)
            matches = list(users[:2])
            if len(matches) == 1:
                return matches[0]
        return username

    def get_invalid_login_error(self):
        user = get_user_model().objects.filter(username=self.cleaned_data.get("username")).first()
        if user is not None and not user.is_active and user.check_password(self.cleaned_data.get("password") or ""):
            awaiting = getattr(getattr(user, "profile", None), "awaiting_approval", False)
            code = "awaiting_approval" if awaiting else "inactive"
            return ValidationError(self.error_messages[code], code=code)
        return ValidationError(
            self.error_messages["invalid_login"],
            code="invalid_login",
            params={"limit": settings.AXES_FAILURE_LIMIT},
        )


class RegionTeamMixin:
    """The region and team fields of the learner's forms: teams limited to the chosen region."""

    def setup_region_and_team(self, regions):
        self.fields["region"].offer(regions)
        self.fields["team"].offer(regions)

    def clean(self):
        cleaned_data = super().clean()
        check_team_in_region(self, cleaned_data.get("region"), cleaned_data.get("team"))
        return cleaned_data


class ProfileForm(AccessibleFormMixin, RegionTeamMixin, forms.Form):
    first_name = forms.CharField(label=_("First name"), max_length=150)
    last_name = forms.CharField(label=_("Last name"), max_length=150)
    email = forms.EmailField(label=_("E-mail address"), max_length=150)
    region = RegionChoiceField(
        label=_("Region"), required=False, help_text=_("The voivodeship whose regional centre (ROPS) you work with.")
    )
    team = TeamChoiceField(
        label=_("Cooperation team (G-PZK)"),
        required=False,
        help_text=_("Only the teams of the chosen region can be chosen."),
    )

    def __init__(self, *args, user, profile, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        self.profile = profile
        self.region_locked = user.has_perm("wagtailadmin.access_admin")
        self.initial.update(
            first_name=user.first_name,
            last_name=user.last_name,
            email=user.email,
            region=profile.region_id,
            team=profile.team_id,
        )
        self.fields["first_name"].widget.attrs["autocomplete"] = "given-name"
        self.fields["last_name"].widget.attrs["autocomplete"] = "family-name"
        self.fields["email"].widget.attrs["autocomplete"] = "email"
        if self.region_locked:
            # The region of an editor or moderator decides what they may do in the admin: only an
            # administrator changes it, never the person themselves.
            self.fields["region"].disabled = True
            self.fields["region"].help_text = _("Your region is set by a portal administrator.")
            regions = [profile.region] if profile.region else []
        else:
            regions = sorted_regions()
        self.setup_region_and_team(regions)

    def clean_email(self):
        # Whether another account uses the address is never said here (it would tell anyone which
        # addresses have accounts): a new address is confirmed by a link sent to it (accounts.email_change).
        return self.cleaned_data["email"].strip()

    @property
    def requested_email(self):
        """The new address the person asked for, or "" when the address stays (letter case aside)."""
        email = self.cleaned_data["email"]
        return email if email.lower() != (self.user.email or "").lower() else ""

    def save(self):
        """Names, region and team; the e-mail only when it differs in letter case alone (the same
        address): a new address waits for its confirmation link."""
        user, data = self.user, self.cleaned_data
        user.first_name, user.last_name = data["first_name"], data["last_name"]
        if not self.requested_email and user.email != data["email"]:
            change_email(user, data["email"])
        user.save()
        profile = self.profile
        if not self.region_locked:
            profile.region = data["region"]
        profile.team = data["team"]
        profile.save()
        return user


class PasswordPairMixin:
    """Two password fields checked against each other and Django's password validators."""

    def clean_password2(self):
        password1 = self.cleaned_data.get("password1")
        password2 = self.cleaned_data.get("password2")
        if password1 and password2 and password1 != password2:
            raise ValidationError(_("The two passwords differ. Type the same password twice."))
        return password2

    def check_password_strength(self, user):
        password = self.cleaned_data.get("password2")
        if password:
            try:
                password_validation.validate_password(password, user)
            except ValidationError as error:
                self.add_error("password1", error)


class RegistrationForm(AccessibleFormMixin, RegionTeamMixin, PasswordPairMixin, forms.Form):
    first_name = forms.CharField(label=_("First name"), max_length=150)
    last_name = forms.CharField(label=_("Last name"), max_length=150)
    email = forms.EmailField(
        label=_("E-mail address"), max_length=150, help_text=_("You will sign in with this address.")
    )
    region = RegionChoiceField(label=_("Region"), help_text=_("The coordinator of this region approves your account."))
    team = TeamChoiceField(
        label=_("Cooperation team (G-PZK)"),
        required=False,
        help_text=_("Only the teams of the chosen region can be chosen."),
    )
    password1 = forms.CharField(
        label=_("Password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
        help_text=_("At least 8 characters; not only digits and not a common password."),
    )
    password2 = forms.CharField(
        label=_("Password again"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["first_name"].widget.attrs["autocomplete"] = "given-name"
        self.fields["last_name"].widget.attrs["autocomplete"] = "family-name"
        self.fields["email"].widget.attrs["autocomplete"] = "email"
        self.setup_region_and_team(sorted_regions())

    def clean_email(self):
        # An address already in use is not refused here: that would tell anyone which addresses have
        # accounts. The view answers as for a new registration and e-mails the owner instead.
        return self.cleaned_data["email"].strip()

    def clean(self):
        cleaned_data = super().clean()
        data = self.cleaned_data
        candidate = get_user_model()(
            username=(data.get("email") or "").lower(),
            email=data.get("email") or "",
            first_name=data.get("first_name") or "",
            last_name=data.get("last_name") or "",
        )
        self.check_password_strength(candidate)
        return cleaned_data


class CourseChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, course):
        if course.locale.language_code == "pl":
            return course.title
        return f"{course.title} ({course.locale.language_code.upper()})"


class InvitationForm(AccessibleFormMixin, RegionTeamMixin, forms.Form):
    """The coordinators' form in the admin; a region moderator invites into their own region only."""

    email = forms.EmailField(label=_("E-mail address"), max_length=150)
    first_name = forms.CharField(label=_("First name"), max_length=150)
    last_name = forms.CharField(label=_("Last name"), max_length=150)
    region = RegionChoiceField(label=_("Region"))
    team = TeamChoiceField(label=_("Cooperation team (G-PZK)"), required=False)
    courses = CourseChoiceField(
        label=_("Enrol in courses"),
        queryset=CoursePage.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("The person is enrolled in these courses when they accept the invitation."),
    )

    def __init__(self, *args, allowed_region=None, everywhere=False, **kwargs):
        super().__init__(*args, **kwargs)
        self.allowed_region = allowed_region
        self.everywhere = everywhere
        regions = sorted_regions() if everywhere else [allowed_region] if allowed_region else []
        self.setup_region_and_team(regions)
        if not everywhere and allowed_region:
            self.initial.setdefault("region", allowed_region.pk)
        self.fields["courses"].queryset = CoursePage.objects.live().select_related("locale").order_by("title")

    def clean_email(self):
        email = self.cleaned_data["email"].strip()
        if email_taken(email):
            raise ValidationError(
                _(
                    "An account with this e-mail address already exists. If the person has not accepted "
                    "an earlier invitation, send it again from the list below."
                )
            )
        return email

    def clean_region(self):
        region = self.cleaned_data["region"]
        if self.everywhere:
            return region
        if self.allowed_region is None:
            raise ValidationError(
                _("Your account has no region, so you cannot invite anyone. Ask a portal administrator.")
            )
        if region != self.allowed_region:
            raise ValidationError(
                _("You can invite people into your own region only. Your region: %(region)s.")
                % {"region": region_label(self.allowed_region)}
            )
        return region
