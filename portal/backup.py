"""Backups of the whole portal in one dated archive, and their restoration (``manage.py backup`` and
``manage.py restore``, ``make backup`` and ``make restore``).

An archive (``portal-YYYY-MM-DD-HHMMSS.tar.gz``) holds:

- ``manifest.json``: when, from which database engine, what it holds (counts, for a quick check);
- ``database.dump``: PostgreSQL's ``pg_dump --format=custom``, restored with ``pg_restore``; or
  ``database.sqlite3``: a consistent copy made with SQLite's backup API while the site runs;
- ``media/``: every uploaded file, when the media are on local disk (a bucket has its own versioning).

The database is copied first: a file uploaded while the media are archived is then merely extra,
whereas the other order could leave rows pointing at files the archive lacks.
"""

import datetime
import json
import os
import shutil
import sqlite3
import subprocess
import tarfile
import tempfile
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.files.storage import FileSystemStorage, default_storage
from django.db import connection, connections
from wagtail import hooks
from wagtail.models import Page

from portal.content_version import new_content_version
from portal.models import PortalDocument, PortalImage

FORMAT = 1
COUNTS_HOOK = "register_backup_counts"


class BackupError(Exception):
    pass


def postgres_environment():
    """pg_dump's and pg_restore's connection through the environment, so no password is on a command line."""
    database = settings.DATABASES["default"]
    values = {
        "PGHOST": database.get("HOST") or "",
        "PGPORT": str(database.get("PORT") or ""),
        "PGUSER": database.get("USER") or "",
        "PGPASSWORD": database.get("PASSWORD") or "",
        "PGDATABASE": database["NAME"],
    }
    return {**os.environ, **{key: value for key, value in values.items() if value}}


def run(command):
    try:
        subprocess.run(command, env=postgres_environment(), check=True, capture_output=True, text=True)
    except FileNotFoundError as error:
        raise BackupError(f"{command[0]} is not installed (Debian: apt-get install postgresql-client)") from error
    except subprocess.CalledProcessError as error:
        raise BackupError(f"{command[0]} failed: {error.stderr.strip()[-2000:]}") from error


def media_on_disk():
    return isinstance(default_storage, FileSystemStorage)


def counts():
    """{name: number of rows} for the manifest: the core's pages, files and users, then what the apps
    add through the "register_backup_counts" hook (each returns {name: model}, e.g. the enrolments)."""
    models = {"pages": Page, "documents": PortalDocument, "images": PortalImage, "users": get_user_model()}
    for hook in hooks.get_hooks(COUNTS_HOOK):
        models.update(hook())
    return {name: model.objects.count() for name, model in models.items()}


def dump_database(work):
    if connection.vendor == "postgresql":
        path = work / "database.dump"
        run(["pg_dump", "--format=custom", "--no-owner", "--no-privileges", f"--file={path}"])
    elif connection.vendor == "sqlite":
        path = work / "database.sqlite3"
        connection.ensure_connection()
        with sqlite3.connect(path) as target:
            connection.connection.backup(target)
        target.close()
    else:
        raise BackupError(f"backups of {connection.vendor} databases are not supported")
    return path.name


def create(output_dir):
    """Write an archive into ``output_dir``; its path."""
    output_dir = Path(output_dir)
    output_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.datetime.now().strftime("%Y-%m-%d-%H%M%S")
    archive = output_dir / f"portal-{stamp}.tar.gz"
    with tempfile.TemporaryDirectory(dir=output_dir) as temporary:
        work = Path(temporary)
        manifest = {
            "format": FORMAT,
            "created": datetime.datetime.now(datetime.UTC).isoformat(),
            "engine": connection.vendor,
            "database": dump_database(work),
            "media": media_on_disk(),
            "counts": counts(),
        }
        (work / "manifest.json").write_text(json.dumps(manifest, indent=2))
        partial = archive.with_suffix(".partial")
        with tarfile.open(partial, "w:gz") as tar:
            tar.add(work / "manifest.json", arcname="manifest.json")
            tar.add(work / manifest["database"], arcname=manifest["database"])
            if manifest["media"] and Path(settings.MEDIA_ROOT).is_dir():
                tar.add(settings.MEDIA_ROOT, arcname="media")
        partial.rename(archive)  # never a half-written archive under the final name
    return archive, manifest


def read_manifest(archive):
    try:
        with tarfile.open(archive, "r:gz") as tar:
            manifest = json.load(tar.extractfile("manifest.json"))
    except (OSError, tarfile.TarError, KeyError, ValueError) as error:
        raise BackupError(f"{archive} is not a portal backup: {error}") from error
    if manifest.get("format") != FORMAT:
        raise BackupError(f"{archive} has backup format {manifest.get('format')!r}, this portal reads {FORMAT}")
    if manifest.get("engine") != connection.vendor:
        raise BackupError(
            f"{archive} holds a {manifest.get('engine')} database; this portal runs on {connection.vendor}"
        )
    return manifest


def restore(archive):
    """Replace the database and the media files with those of ``archive``; its manifest."""
    manifest = read_manifest(archive)
    media_root = Path(settings.MEDIA_ROOT)
    with tempfile.TemporaryDirectory(dir=media_root.parent) as temporary:
        work = Path(temporary)
        with tarfile.open(archive, "r:gz") as tar:
            tar.extractall(work, filter="data")  # no absolute paths, links out or devices
        restore_database(work / manifest["database"])
        if manifest["media"] and (work / "media").is_dir():
            replace_directory(media_root, work / "media")
    new_content_version()  # every cached page and listing is rendered afresh
    return manifest


def restore_database(path):
    connections.close_all()
    if connection.vendor == "postgresql":
        run(["pg_restore", "--clean", "--if-exists", "--no-owner", "--no-privileges", "--single-transaction",
             f"--dbname={settings.DATABASES['default']['NAME']}", str(path)])  # fmt: skip
    else:
        connection.ensure_connection()
        with sqlite3.connect(path) as source:
            source.backup(connection.connection)
        source.close()
    connections.close_all()


def replace_directory(target, replacement):
    """Put ``replacement`` where ``target`` is, keeping the old one until the new one is in place."""
    old = target.with_name(target.name + ".before-restore")
    if old.exists():
        shutil.rmtree(old)
    if target.exists():
        target.rename(old)
    shutil.move(str(replacement), str(target))
    shutil.rmtree(old, ignore_errors=True)
