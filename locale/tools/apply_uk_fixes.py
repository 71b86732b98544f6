"""Applies reviewed Ukrainian translations: python locale/tools/apply_uk_fixes.py FILE.py

FILE.py defines a dict UK: msgid (or (msgctxt, msgid)) -> msgstr, or the list of plural forms.
Unlike fill_catalogue.py it overwrites existing translations (it is for a reviewer's corrections),
and reports keys the catalogue no longer has (their msgid changed meanwhile).
"""

import runpy
import sys
from pathlib import Path

import polib

fixes = runpy.run_path(sys.argv[1])["UK"]
path = Path(__file__).resolve().parents[1] / "uk" / "LC_MESSAGES" / "django.po"
catalogue = polib.pofile(str(path))
index = {}
for entry in catalogue:
    if not entry.obsolete:
        index[(entry.msgctxt, entry.msgid)] = entry
changed = 0
for key, value in fixes.items():
    context, msgid = key if isinstance(key, tuple) else (None, key)
    entry = index.get((context, msgid))
    if entry is None:
        print("  not in the catalogue:", msgid)
        continue
    if entry.msgid_plural:
        assert isinstance(value, list) and len(value) == 4, msgid
        entry.msgstr_plural = dict(enumerate(value))
    else:
        assert isinstance(value, str), msgid
        entry.msgstr = value
    if "fuzzy" in entry.flags:
        entry.flags.remove("fuzzy")
    entry.previous_msgid = entry.previous_msgid_plural = entry.previous_msgctxt = None
    changed += 1
catalogue.save()
print(f"{path}: {changed} entries set")
