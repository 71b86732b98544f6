"""manage.py import_plone PATH --region SLUG: import the old Plone portal's content (docs/migration.md)."""

import json
import pathlib
import sys

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from plone_import.export import ExportError, ItemError, load
from plone_import.importer import Importer
from plone_import.plan import KNOWN_TYPES, Plan
from portal.models import Region


class Command(BaseCommand):
    help = "Import a collective.exportimport content export of the old Plone portal into one region."

    def add_arguments(self, parser):
        parser.add_argument("path", help="content.json (a list of items) or a folder with one JSON file per item")
        parser.add_argument("--region", required=True, help="the slug of the region that receives the content")
        parser.add_argument("--dry-run", action="store_true", help="report what would happen and change nothing")
        parser.add_argument("--only", default="", help='Plone types to import, e.g. "News Item,Event"')
        parser.add_argument(
            "--old-domain",
            action="append",
            default=[],
            help="the old site's public domain (repeatable): absolute links to it become internal links",
        )
        parser.add_argument(
            "--blob-dir",
            default="",
            help="a copy of the old site's var/blobstorage, for exports made with blobs as blob paths",
        )
        parser.add_argument("--user", default="", help="the username recorded as the author of the revisions")
        parser.add_argument("--report", default="", help="where to write the JSON report")

    def handle(self, *args, **options):
        with translation.override("pl"):
            return self._handle(options)

    def _handle(self, options):
        region = Region.objects.filter(slug=options["region"]).first()
        if region is None:
            choices = ", ".join(Region.objects.order_by("slug").values_list("slug", flat=True)) or "—"
            raise CommandError(
                _("There is no region “%(slug)s”. Regions: %(choices)s.")
                % {"slug": options["region"], "choices": choices}
            )
        only = [part.strip() for part in options["only"].split(",") if part.strip()]
        unknown = [part for part in only if part not in KNOWN_TYPES]
        if unknown:
            raise CommandError(
                _("Unknown types in --only: %(types)s. Known: %(known)s.")
                % {"types": ", ".join(unknown), "known": ", ".join(sorted(KNOWN_TYPES))}
            )
        user = None
        if options["user"]:
            user = get_user_model().objects.filter(username=options["user"]).first()
            if user is None:
                raise CommandError(_("There is no user “%(user)s”.") % {"user": options["user"]})
        try:
            export = load(options["path"], blob_dir=options["blob_dir"] or None)
        except ExportError as error:
            raise CommandError(str(error)) from error
        plan = Plan(export, old_hosts=[domain.lower() for domain in options["old_domain"]])
        if "no-site-item" in plan.notes:
            self.stderr.write(
                _("The export has no “Plone Site” item: old addresses are taken from the items' @id as they are.")
            )
        try:
            importer = Importer(
                plan, region, dry_run=options["dry_run"], only_types=only, user=user, progress=self._progress
            )
        except ItemError as error:
            raise CommandError(str(error)) from error
        for bad in export.bad_items:
            importer.report.add_bad_item(bad)
        importer.report.errors.extend(export.side_errors)
        started = timezone.now()
        if options["dry_run"]:
            with transaction.atomic():
                report = importer.run()
                transaction.set_rollback(True)
            importer.discard_files()
        else:
            report = importer.run()
        self._end_progress()
        return self._finish(report, region, options, started)

    def _finish(self, report, region, options, started):
        for line in report.summary_lines():
            self.stdout.write(line)
        path = pathlib.Path(options["report"] or f"plone-import-{region.slug}-{started.strftime('%Y%m%d-%H%M%S')}.json")
        data = report.as_json(
            region=region.slug,
            source=str(options["path"]),
            dry_run=options["dry_run"],
            started=started.isoformat(),
            finished=timezone.now().isoformat(),
        )
        try:
            path.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
            self.stdout.write(_("Report written to %(path)s.") % {"path": path})
        except OSError as error:
            self.stderr.write(
                _("The report could not be written to %(path)s: %(reason)s") % {"path": path, "reason": error}
            )
        if options["dry_run"]:
            self.stdout.write(_("Dry run: nothing was changed."))
        if report.failed:
            failed = sum(1 for entry in report.entries if entry["outcome"] == "failed")
            if options["dry_run"]:
                message = ngettext(
                    "The dry run found errors (%(count)s item would fail).",
                    "The dry run found errors (%(count)s items would fail).",
                    failed,
                )
            else:
                message = ngettext(
                    "The import finished with errors (%(count)s item failed); the rest was imported.",
                    "The import finished with errors (%(count)s items failed); the rest was imported.",
                    failed,
                )
            raise CommandError(message % {"count": failed})

    # A progress bar on a terminal; nothing when the output is a file or a test.
    def _progress(self, number, total, node):
        stream = sys.stderr
        if not stream.isatty():
            return
        width = 30
        filled = int(width * number / max(total, 1))
        stream.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {number}/{total} {node.type[:12]:<12}")
        stream.flush()

    def _end_progress(self):
        if sys.stderr.isatty():
            sys.stderr.write("\n")
