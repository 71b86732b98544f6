"""``manage.py restore ARCHIVE``: puts back the database and media files of a backup (portal/backup.py)."""

from django.core.management.base import BaseCommand, CommandError

from portal import backup


class Command(BaseCommand):
    help = "Replaces the database and the uploaded files with those of a backup archive. Stop the site first."

    def add_arguments(self, parser):
        parser.add_argument("archive", help="an archive written by manage.py backup")
        parser.add_argument(
            "--noinput", "--no-input", action="store_false", dest="interactive", help="do not ask for confirmation"
        )

    def handle(self, *args, archive, interactive, **options):
        try:
            manifest = backup.read_manifest(archive)
        except backup.BackupError as error:
            raise CommandError(str(error)) from error
        counts = ", ".join(f"{name} {count}" for name, count in manifest["counts"].items())
        self.stdout.write(f"{archive}: made {manifest['created']}, {counts}.")
        if interactive:
            answer = input("Everything in the current database and media will be replaced. Type 'yes' to go on: ")
            if answer.strip().lower() != "yes":
                raise CommandError("Restore cancelled.")
        try:
            backup.restore(archive)
        except backup.BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(self.style.SUCCESS(f"Restored {archive}. Run manage.py migrate if the code is newer."))
