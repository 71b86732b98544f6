"""A learner's personal data: the JSON export ("Moje dane") and anonymisation on request.

The export is the sections registered in portal.personal_data by every app that holds a person's data
(this module: the account, profile, invitation, sign-ins and deletion requests; courses/personal_data.py:
courses and exercises).
"""

from dataclasses import dataclass

from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django.contrib.auth import SESSION_KEY, get_user_model
from django.contrib.sessions.models import Session
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from wagtail.users.models import UserProfile

from accounts.models import DeletionRequest, Invitation
from courses.learning.certificates import revoke_and_erase_names
from courses.learning.submissions import delete_exercise_work
from portal import audit
from portal.models import Profile
from portal.personal_data import section, sections, when

# Stored data, not interface text: certificates keep these words whatever language the admin uses.
ERASED_NAME = "Dane usunięte"
REVOCATION_REASON = "Dane usunięte na wniosek uczestnika"


def export(user, request=None):
    """Everything the portal holds about ``user`` and nothing about anyone else, as JSON-ready values."""
    data = {"portal": "Portal Kooperacji", "exported_at": when(timezone.now())}
    for name, function in sections():
        data[name] = function(user, request)
    return data


@section("account", order=10)
def account_section(user, request):
    return {
        "username": user.get_username(),
        "first_name": user.first_name,
        "last_name": user.last_name,
        "email": user.email,
        "date_joined": when(user.date_joined),
        "last_login": when(user.last_login),
        "is_active": user.is_active,
    }


@section("profile", order=20)
def profile_section(user, request):
    profile = Profile.objects.filter(user=user).select_related("region", "team").first()
    if profile is None:
        return None
    team = profile.team
    return {
        "region": profile.region.name if profile.region else None,
        "team": {"name": team.name, "municipality": team.municipality} if team else None,
        "awaiting_approval": profile.awaiting_approval,
    }


@section("invitation", order=30)
def invitation_section(user, request):
    # Who invited the learner is the coordinator's data, so only the dates are given.
    invitation = Invitation.objects.filter(user=user).first()
    if invitation is None:
        return None
    return {"sent_at": when(invitation.created_at), "accepted_at": when(invitation.accepted_at)}


@section("sign_ins", order=50)
def sign_ins_section(user, request):
    """Sign-ins django-axes recorded under the learner's user name or e-mail address. A failed one may
    have been someone else's typing, so only its time is given, not the address or browser it came from."""
    typed_as = typed_as_filter({user.get_username(), user.email})
    return {
        "successful": [
            {
                "signed_in_at": when(row.attempt_time),
                "signed_out_at": when(row.logout_time),
                "ip_address": row.ip_address,
                "browser": row.user_agent,
            }
            for row in AccessLog.objects.filter(typed_as).order_by("attempt_time")
        ],
        "failed_at": [
            when(moment)
            for moment in AccessFailureLog.objects.filter(typed_as)
            .order_by("attempt_time")
            .values_list("attempt_time", flat=True)
        ],
    }


def typed_as_filter(identifiers):
    """django-axes rows whose sign-in name is one of ``identifiers`` (as typed: any case)."""
    matches = Q(pk__in=[])
    for identifier in identifiers:
        if identifier:
            matches |= Q(username__iexact=identifier)
    return matches


@section("deletion_requests", order=60)
def deletion_requests_section(user, request):
    return [
        {"requested_at": when(row.requested_at), "reason": row.reason, "handled_at": when(row.handled_at)}
        for row in DeletionRequest.objects.filter(user=user).order_by("requested_at")
    ]


def open_deletion_request(user):
    return DeletionRequest.objects.filter(user=user, handled_at__isnull=True).order_by("requested_at").first()


# Anonymisation ---------------------------------------------------------------------------------------


class AnonymisationRefused(Exception):
    pass


@dataclass
class Anonymised:
    """What ``anonymise()`` changed, for the command's output and the admin's message."""

    username: str
    already_anonymous: bool
    sessions: int = 0
    sign_in_records: int = 0
    certificates: int = 0
    exercises: int = 0
    requests: int = 0

    def lines(self):
        if self.already_anonymous:
            first = _("The account %(username)s was already anonymised.")
        else:
            first = _("The account is now called %(username)s; its name and e-mail address are erased.")
        lines = [first % {"username": self.username}]
        counts = [
            (self.sessions, ngettext("%(count)s session ended.", "%(count)s sessions ended.", self.sessions)),
            (
                self.sign_in_records,
                ngettext(
                    "%(count)s sign-in record deleted.", "%(count)s sign-in records deleted.", self.sign_in_records
                ),
            ),
            (
                self.certificates,
                ngettext(
                    "%(count)s certificate revoked, the name on it erased.",
                    "%(count)s certificates revoked, the names on them erased.",
                    self.certificates,
                ),
            ),
            (
                self.exercises,
                ngettext(
                    "%(count)s piece of exercise work deleted, with the comments on it.",
                    "%(count)s pieces of exercise work deleted, with the comments on them.",
                    self.exercises,
                ),
            ),
            (
                self.requests,
                ngettext(
                    "%(count)s deletion request marked as handled.",
                    "%(count)s deletion requests marked as handled.",
                    self.requests,
                ),
            ),
        ]
        return lines + [message % {"count": count} for count, message in counts if count]


def anonymous_username(user):
    return f"anonim-{user.pk}"


def anonymise(user, *, by=None):
    """Erase a learner's personal data and keep what statistics need. Safe to run again.

    Erased: user name (now ``anonim-<id>``), first and last name, e-mail address, password (unusable),
    the account is closed (inactive, no groups or staff rights), the Wagtail avatar, the learner's
    sessions, django-axes sign-in records under the old user name or e-mail address, pending
    invitations, the name on certificates (which are revoked), the learner's exercise work with the
    comments on it (free text that may describe real families) and the reasons given in deletion
    requests; open requests are marked handled by ``by``. In the audit log (portal.audit) the learner's
    own sign-ins and exports go and the rest is renamed.

    Kept: the user row and its enrolments, lesson progress, quiz attempts and certificates (course,
    dates, scores), so enrolled and completed counts, scores and completion dates stay right; and the
    profile's region and team, which are the reports' aggregate dimensions, not identifying on their own.
    """
    if user.is_superuser:
        raise AnonymisationRefused(
            _("The account %(username)s is a superuser: take that status away in the admin first.")
            % {"username": user.get_username()}
        )
    now = timezone.now()
    identifiers = {value for value in (user.get_username(), user.email) if value}
    with transaction.atomic():
        already = is_anonymous(user)
        if not already:
            erase_account(user)
        report = Anonymised(username=user.get_username(), already_anonymous=already)
        Profile.objects.filter(user=user, awaiting_approval=True).update(awaiting_approval=False)
        Invitation.objects.filter(user=user, accepted_at__isnull=True).delete()
        report.sessions = end_sessions(user)
        report.sign_in_records = delete_sign_in_records(identifiers | {user.get_username()})
        audit.forget_learner(user, identifiers)
        report.certificates = revoke_and_erase_names(
            user, by=by, at=now, reason=REVOCATION_REASON, erased_name=ERASED_NAME
        )
        report.exercises = delete_exercise_work(user)
        report.requests = DeletionRequest.objects.filter(user=user, handled_at__isnull=True).update(
            handled_at=now, handled_by=by
        )
        DeletionRequest.objects.filter(user=user).exclude(reason="").update(reason="")
    return report


def is_anonymous(user):
    return (
        user.get_username() == anonymous_username(user)
        and not (user.first_name or user.last_name or user.email)
        and not user.is_active
        and not user.has_usable_password()
    )


def erase_account(user):
    user.username = anonymous_username(user)
    user.first_name = user.last_name = user.email = ""
    user.set_unusable_password()
    user.is_active = user.is_staff = False
    user.save()
    user.groups.clear()
    user.user_permissions.clear()
    wagtail_profile = UserProfile.objects.filter(user=user).first()
    if wagtail_profile and wagtail_profile.avatar:
        wagtail_profile.avatar.delete(save=True)


def end_sessions(user):
    """Delete the user's stored sessions. Sessions hold the user id only inside their encoded data,
    so each live one is decoded; the unusable password already invalidates them for other engines."""
    user_id = str(user.pk)
    doomed = [
        session.pk
        for session in Session.objects.filter(expire_date__gt=timezone.now()).iterator()
        if session.get_decoded().get(SESSION_KEY) == user_id
    ]
    return Session.objects.filter(pk__in=doomed).delete()[0] if doomed else 0


def delete_sign_in_records(identifiers):
    matches = typed_as_filter(identifiers)
    deleted = 0
    for model in (AccessAttempt, AccessLog, AccessFailureLog):
        deleted += model.objects.filter(matches).delete()[1].get(model._meta.label, 0)
    return deleted


def find_user(identifier):
    """The account with this user name, or else the only one with this e-mail address; None if none.

    Raises MultipleObjectsReturned when several accounts share the address."""
    identifier = identifier.strip()
    if not identifier:
        return None
    users = get_user_model().objects
    user = users.filter(username=identifier).first()
    if user is not None or "@" not in identifier:
        return user
    matches = list(users.filter(Q(username__iexact=identifier) | Q(email__iexact=identifier))[:2])
    if len(matches) > 1:
        raise get_user_model().MultipleObjectsReturned
    return matches[0] if matches else None
