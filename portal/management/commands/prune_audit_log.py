import datetime

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone
from wagtail.models import ModelLogEntry, PageLogEntry

from portal import audit


class Command(BaseCommand):
    help = (
        "Delete the audit log's entries (sign-ins, failed sign-ins, sign-outs, permission changes, exports "
        "of learner data) older than --days days. Wagtail's history of pages and other content stays."
    )

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, required=True, help="keep the entries of the last N days")
        parser.add_argument(
            "--sign-ins-only",
            action="store_true",
            help="delete only sign-ins, failed sign-ins and sign-outs; keep permission changes and exports",
        )

    def handle(self, *args, days, sign_ins_only, **options):
        if days < 1:
            raise CommandError("--days must be at least 1.")
        cutoff = timezone.now() - datetime.timedelta(days=days)
        actions = audit.SIGN_IN_ACTIONS if sign_ins_only else audit.ACTIONS
        deleted = 0
        for model in (ModelLogEntry, PageLogEntry):
            deleted += model.objects.filter(action__in=actions, timestamp__lt=cutoff).delete()[0]
        self.stdout.write(f"prune_audit_log: {deleted} entries older than {days} days deleted")
