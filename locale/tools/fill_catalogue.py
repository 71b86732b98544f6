"""Fills a gettext catalogue from a dict of translations.

    python locale/tools/fill_catalogue.py LANG FILE.py [--overwrite]

FILE.py defines a dict named after the language in upper case (e.g. PL): msgid, or (msgctxt, msgid), to
its translation; a plural entry's value is the list of its forms (Polish and Ukrainian: 1, 2–4, 5+,
fractions). Without --overwrite only empty or fuzzy entries are filled, so translators' later edits in the
.po file are never overwritten; with it (a reviewer's corrections) every listed entry is set, and keys the
catalogue no longer has (their msgid changed meanwhile) are reported.
"""

import runpy
import sys
from pathlib import Path

import polib

language, source = sys.argv[1], sys.argv[2]
overwrite = "--overwrite" in sys.argv[3:]
translations = runpy.run_path(source)[language.upper()]
path = Path(__file__).resolve().parents[1] / language / "LC_MESSAGES" / "django.po"
catalogue = polib.pofile(str(path))
catalogue.metadata.update(
    {
        "Language": language,
        "Language-Team": language,
        "Last-Translator": "Portal Kooperacji",
        "Project-Id-Version": "portal",
    }
)
catalogue.metadata_is_fuzzy = False
entries = {(entry.msgctxt, entry.msgid): entry for entry in catalogue if not entry.obsolete}
for key, value in translations.items():
    context, msgid = key if isinstance(key, tuple) else (None, key)
    entry = entries.get((context, msgid))
    if entry is None:
        if overwrite:
            print("  not in the catalogue:", msgid)
        continue
    empty = not (entry.msgstr or any(entry.msgstr_plural.values()))
    if not (overwrite or empty or "fuzzy" in entry.flags):
        continue
    if entry.msgid_plural:
        entry.msgstr_plural = dict(enumerate(value))
    else:
        entry.msgstr = value
    if "fuzzy" in entry.flags:
        entry.flags.remove("fuzzy")
    entry.previous_msgid = entry.previous_msgid_plural = entry.previous_msgctxt = None
catalogue.save()
missing = [entry.msgid for entry in catalogue if not (entry.msgstr or any(entry.msgstr_plural.values()))]
print(f"{path}: {len(catalogue) - len(missing)} translated, {len(missing)} missing")
for msgid in missing:
    print("  missing:", msgid)
