"""The Polish catalogue is complete and current; English and Ukrainian catalogues exist."""

import shutil
import subprocess
import sys
from pathlib import Path

import polib
import pytest

ROOT = Path(__file__).resolve().parents[1]
CATALOGUE = "LC_MESSAGES/django.po"


def entries(path):
    return {(entry.msgctxt, entry.msgid) for entry in polib.pofile(str(path)) if not entry.obsolete}


def test_polish_catalogue_has_no_missing_or_fuzzy_entry():
    catalogue = polib.pofile(str(ROOT / "locale/pl" / CATALOGUE))
    assert not catalogue.metadata_is_fuzzy
    untranslated = [entry.msgid for entry in catalogue.untranslated_entries()]
    fuzzy = [entry.msgid for entry in catalogue.fuzzy_entries()]
    assert untranslated == [], f"Untranslated Polish entries: {untranslated}"
    assert fuzzy == [], f"Fuzzy Polish entries: {fuzzy}"
    assert "nplurals=3" in catalogue.metadata["Plural-Forms"] or "nplurals=4" in catalogue.metadata["Plural-Forms"]


@pytest.mark.parametrize("language", ["en", "uk"])
def test_other_catalogues_exist(language):
    assert (ROOT / "locale" / language / CATALOGUE).exists()


def test_makemessages_would_add_nothing(tmp_path):
    """Run makemessages on a copy of the code: it must find no msgid the Polish catalogue lacks."""
    if not shutil.which("xgettext"):
        pytest.skip("gettext tools (xgettext) are not installed")
    skipped = {".git", ".venv", "var", "tests", "docs", "bench", "node_modules", ".ci", "static"}
    for source in ROOT.iterdir():
        if source.name in skipped or source.name.startswith("."):
            continue
        target = tmp_path / source.name
        if source.is_dir():
            shutil.copytree(source, target, ignore=shutil.ignore_patterns("__pycache__", "*.mo"))
        else:
            shutil.copy(source, target)
    subprocess.run(
        [sys.executable, "manage.py", "makemessages", "-l", "pl", "--no-obsolete", "--ignore=tests", "-v0"],
        cwd=tmp_path,
        check=True,
        env={"DJANGO_SETTINGS_MODULE": "portal.settings.test", "PATH": "/usr/bin:/bin", "PYTHONPATH": str(tmp_path)},
    )
    regenerated = entries(tmp_path / "locale/pl" / CATALOGUE)
    committed = entries(ROOT / "locale/pl" / CATALOGUE)
    added = sorted(msgid for _context, msgid in regenerated - committed)
    assert added == [], f"Run `make makemessages` and translate: {added}"


@pytest.mark.parametrize(
    ("count", "expected"),
    [
        (1, "1 dokument"),
        (2, "2 dokumenty"),
        (4, "4 dokumenty"),
        (5, "5 dokumentów"),
        (12, "12 dokumentów"),
        (22, "22 dokumenty"),
        (25, "25 dokumentów"),
    ],
)
def test_polish_plural_forms_of_result_counts(count, expected):
    from django.utils import translation
    from django.utils.translation import ngettext

    with translation.override("pl"):
        text = ngettext("%(counter)s document", "%(counter)s documents", count) % {"counter": count}
    assert text == expected
