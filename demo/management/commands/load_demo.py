import os

from django.core.management.base import BaseCommand

from demo.builder import DemoBuilder
from home.models import HomePage


class Command(BaseCommand):
    help = "Builds the demo portal: projects, regions, pages, translations, settings and an administrator."

    def add_arguments(self, parser):
        parser.add_argument(
            "--if-empty", action="store_true", help="Do nothing when the portal already has a home page."
        )

    def handle(self, *args, if_empty=False, **options):
        if if_empty and HomePage.objects.exists():
            self.stdout.write("The portal already has content; demo not loaded.")
            return
        builder = DemoBuilder(stdout=self.stdout, admin_password=os.environ.get("DEMO_ADMIN_PASSWORD") or None)
        password = builder.build()
        if not builder.created:
            self.stdout.write("Demo content is already in place; nothing changed.")
        if password:
            shown = "(from DEMO_ADMIN_PASSWORD)" if os.environ.get("DEMO_ADMIN_PASSWORD") else password
            self.stdout.write(
                self.style.SUCCESS(
                    "\nAdministrator created. Log in at http://127.0.0.1:8000/admin/\n"
                    f"  user: admin\n  password: {shown}\n"
                    "Demo editors and moderators (the same password): redaktor.swietokrzyskie, "
                    "moderator.swietokrzyskie, redaktor.podlaskie, moderator.podlaskie; course coordinator: koordynator; "
                    "learners: uczestnik.swietokrzyskie, uczestnik.podlaskie (sign in at /konto/logowanie/).\n"
                    "This password is shown only once: write it down or change it in the admin."
                )
            )
