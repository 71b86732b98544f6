from django.core.management.base import BaseCommand

from portal.governance import setup_governance


class Command(BaseCommand):
    help = (
        "Ensure every region's page, editors' and moderators' groups, collection, permissions and "
        "moderation workflow, and the central groups. Idempotent: adds only what is missing."
    )

    def handle(self, *args, **options):
        report = setup_governance()
        for message in report.added:
            self.stdout.write(f"  + {message}")
        for note in report.notes:
            self.stdout.write(self.style.WARNING(f"  ! {note}"))
        self.stdout.write(
            f"setup_regions: {len(report.added)} added" if report.added else "setup_regions: nothing to add"
        )
