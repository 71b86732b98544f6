"""``make backup`` and ``make restore`` on the deployed site's database and media (see conftest.py):
back up, wipe, restore, and every row of every table and every file is as it was."""

import hashlib
import shutil
import subprocess
from pathlib import Path

from tests.production.helpers import PROJECT_DIR


def make(site, *arguments):
    return subprocess.run(
        ["make", "-s", *arguments], cwd=PROJECT_DIR, env=site.environment(), capture_output=True, text=True, timeout=600
    )


def tables(site):
    if site.postgres:
        rows = site.sql("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename")
    else:
        rows = site.sql(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
        )
    return [name for (name,) in rows]


def snapshot(site):
    """Every row of every table, and every media file's digest."""
    database = {}
    for table in tables(site):
        rows = site.sql(f'SELECT * FROM "{table}"')
        database[table] = sorted(map(repr, rows))
    media_root = site.var_dir / "media"
    files = {
        str(path.relative_to(media_root)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in media_root.rglob("*")
        if path.is_file()
    }
    return database, files


def wipe(site):
    if site.postgres:
        site.execute("DROP SCHEMA public CASCADE")
        site.execute("CREATE SCHEMA public")
    else:
        Path(site.database_url.removeprefix("sqlite:///")).unlink()
    shutil.rmtree(site.var_dir / "media")


def test_backup_wipe_and_restore_give_back_every_page_document_and_learner_record(site, tmp_path):
    database, files = snapshot(site)
    assert len(database["wagtailcore_page"]) > 50  # the demo portal
    assert database["courses_enrolment"] and database["courses_lessonprogress"] and database["auth_user"]
    assert any(name.startswith("documents/") for name in files) and any(
        name.startswith("original_images/") for name in files
    )

    made = make(site, "backup", f"BACKUP_DIR={tmp_path}")
    assert made.returncode == 0, made.stderr
    archives = list(tmp_path.glob("portal-*.tar.gz"))
    assert len(archives) == 1 and str(archives[0]) in made.stdout

    wipe(site)
    assert tables(site) == []

    restored = make(site, "restore", f"ARCHIVE={archives[0]}", "RESTORE_ARGS=--noinput")
    assert restored.returncode == 0, restored.stderr
    assert snapshot(site) == (database, files)


def test_restore_refuses_what_is_not_a_backup_and_changes_nothing(site, tmp_path):
    before = snapshot(site)
    bogus = tmp_path / "portal-2026-01-01.tar.gz"
    bogus.write_bytes(b"not an archive")
    result = make(site, "restore", f"ARCHIVE={bogus}", "RESTORE_ARGS=--noinput")
    assert result.returncode != 0
    assert "is not a portal backup" in result.stderr
    assert make(site, "restore").returncode != 0  # no ARCHIVE: the usage, nothing else
    assert snapshot(site) == before
