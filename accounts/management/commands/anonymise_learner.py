"""manage.py anonymise_learner <user name or e-mail> [--request-id N]: erase a learner's personal data."""

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from accounts.models import DeletionRequest
from accounts.personal_data import AnonymisationRefused, anonymise, find_user


class Command(BaseCommand):
    help = (
        "Anonymise a learner: erase their name, e-mail address, password and sign-in records, revoke their "
        "certificates; enrolments, progress and quiz results stay for the statistics. Safe to run again."
    )

    def add_arguments(self, parser):
        parser.add_argument("identifier", help="the learner's user name or e-mail address (or anonim-<id>)")
        parser.add_argument("--request-id", type=int, help="the learner's deletion request this answers")

    def handle(self, identifier, request_id=None, **options):
        try:
            user = find_user(identifier)
        except get_user_model().MultipleObjectsReturned:
            raise CommandError(
                _("Several accounts use the e-mail address “%(identifier)s”: give the user name instead.")
                % {"identifier": identifier}
            ) from None
        if user is None:
            raise CommandError(
                _(
                    "No account has the user name or e-mail address “%(identifier)s”. "
                    "An account that is already anonymised is called anonim-<number>."
                )
                % {"identifier": identifier}
            )
        if request_id is not None and not DeletionRequest.objects.filter(pk=request_id, user=user).exists():
            raise CommandError(
                _("Deletion request %(number)s does not exist or belongs to another account.") % {"number": request_id}
            )
        try:
            report = anonymise(user)
        except AnonymisationRefused as refusal:
            raise CommandError(str(refusal)) from None
        for line in report.lines():
            self.stdout.write(line)
