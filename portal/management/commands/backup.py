"""``manage.py backup``: the database and the media files in one dated archive (portal/backup.py)."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from portal import backup


class Command(BaseCommand):
    help = "Writes the database and the uploaded files to a dated archive (portal-YYYY-MM-DD-HHMMSS.tar.gz)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--output-dir",
            default=str(settings.VAR_DIR / "backups"),
            help="where the archive is written (default: var/backups under PORTAL_VAR_DIR)",
        )

    def handle(self, *args, output_dir, **options):
        try:
            archive, manifest = backup.create(output_dir)
        except backup.BackupError as error:
            raise CommandError(str(error)) from error
        counts = ", ".join(f"{name} {count}" for name, count in manifest["counts"].items())
        media = "and media files" if manifest["media"] else "(media are in the bucket: not archived)"
        self.stdout.write(f"Backed up the {manifest['engine']} database ({counts}) {media}:")
        self.stdout.write(str(archive))
