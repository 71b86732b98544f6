"""The glossary (locale/glossary.toml): load it, find discouraged variants, and write docs/glossary.md.

    python locale/tools/glossary.py check [SOURCE ...]   list the variants found (exit 1 if any)
    python locale/tools/glossary.py doc                  rewrite docs/glossary.md from the TOML
    python locale/tools/glossary.py doc --check          exit 1 if docs/glossary.md is out of date

SOURCE is one of catalogue-pl, catalogue-uk, templates, demo, guide (default: all). tests/test_glossary.py
runs the same checks. A deliberate exception is marked "glossary: allow <concept id>": in a .po file as a
translator comment ("# glossary: allow site"), elsewhere on the same line (in a {# #}, <!-- --> or #
comment); the TOML's [concept.allow] phrases are exceptions everywhere.
"""

import ast
import re
import sys
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

import polib

ROOT = Path(__file__).resolve().parents[2]
GLOSSARY = ROOT / "locale" / "glossary.toml"
DOC = ROOT / "docs" / "glossary.md"
LANGUAGES = ("pl", "uk", "en")
SOURCES = ("catalogue-pl", "catalogue-uk", "templates", "demo", "guide")
MARKER = re.compile(r"glossary:\s*allow\s+([\w-]+(?:\s*,\s*[\w-]+)*)")
CYRILLIC = re.compile(r"[\u0400-\u04ff]")
POLISH = re.compile(r"[ąćęłńóśźżĄĆĘŁŃÓŚŹŻ]|\b(i|w|z|na|do|się|jest|oraz|nie|dla|od|po|przez|że|lub|albo|jak|czy)\b")
ENGLISH = re.compile(r"\b(the|and|of|is|are|to|for|with|from|this|that|an|in|on|by|it)\b", re.IGNORECASE)
IDENTIFIER = re.compile(r"[a-z0-9_.\-/:#%(){}\[\]]*|[\w\-]*[._/:][\w.\-/:]*")
PLACEHOLDER = re.compile(r"%\(\w+\)[sdif]|%[sdif]|\{\w*\}")


@dataclass
class Concept:
    id: str
    terms: dict
    note: str
    avoid: dict = field(default_factory=dict)
    allow: dict = field(default_factory=dict)


@dataclass
class Finding:
    source: str
    place: str  # "file:line" or "file: msgid …"
    concept: Concept
    language: str
    variant: str
    text: str

    def __str__(self):
        return (
            f"{self.place}: “{self.variant}” – use “{self.concept.terms[self.language]}” "
            f"({self.concept.id}) in: {shorten(self.text)}"
        )


def shorten(text, width=140):
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def load(path=GLOSSARY):
    """The concepts of the glossary, their regular expressions compiled (case-insensitive)."""
    data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    concepts = []
    for item in data["concept"]:
        concepts.append(
            Concept(
                id=item["id"],
                terms={language: item[language] for language in LANGUAGES},
                note=item.get("note", ""),
                avoid={lang: [re.compile(p, re.IGNORECASE) for p in item["avoid"].get(lang, [])] for lang in LANGUAGES},
                allow={lang: [re.compile(p, re.IGNORECASE) for p in item["allow"].get(lang, [])] for lang in LANGUAGES},
            )
        )
    return concepts


def find(concepts, text, language, allowed=()):
    """(concept, variant) for every discouraged variant in text that no allowed context covers, in the
    order they appear."""
    found = []
    for concept in concepts:
        if concept.id in allowed:
            continue
        contexts = [match.span() for pattern in concept.allow[language] for match in pattern.finditer(text)]
        for pattern in concept.avoid[language]:
            for match in pattern.finditer(text):
                if not any(start <= match.start() and match.end() <= end for start, end in contexts):
                    found.append((match.start(), concept, match.group()))
    for _start, concept, variant in sorted(found, key=lambda item: item[0]):
        yield concept, variant


def markers(text):
    return {name.strip() for found in MARKER.findall(text) for name in found.split(",")}


def relative(path):
    try:
        return str(Path(path).relative_to(ROOT))
    except ValueError:
        return str(path)


# Catalogues --------------------------------------------------------------------------------------------


def catalogue_files(language, root=ROOT):
    files = sorted((root / "locale" / language / "LC_MESSAGES").glob("*.po"))
    files += sorted((root / "locale" / "overrides" / language / "LC_MESSAGES").glob("*.po"))
    return files


def check_catalogue(concepts, path, language, source):
    for entry in polib.pofile(str(path)):
        if entry.obsolete:
            continue
        texts = [entry.msgstr] + [entry.msgstr_plural[key] for key in sorted(entry.msgstr_plural)]
        allowed = markers(entry.tcomment or "")
        for text in texts:
            text = PLACEHOLDER.sub(lambda match: " " * len(match.group()), text)
            for concept, variant in find(concepts, text, language, allowed):
                place = f"{relative(path)}:{entry.linenum} msgid “{shorten(entry.msgid, 60)}”"
                yield Finding(source, place, concept, language, variant, text)


# Templates ---------------------------------------------------------------------------------------------

_HIDDEN = re.compile(
    r"{%\s*comment\s*%}.*?{%\s*endcomment\s*%}|{%\s*blocktrans(?:late)?\b.*?{%\s*endblocktrans(?:late)?\s*%}"
    r"|{#.*?#}|<!--.*?-->|<script\b.*?</script>|<style\b.*?</style>"
    r"|{%.*?%}|{{.*?}}",
    re.DOTALL | re.IGNORECASE,
)
_TAG = re.compile(r"<[^>]*>", re.DOTALL)
_VISIBLE_ATTRIBUTE = re.compile(r"""\b(alt|title|aria-label|placeholder)\s*=\s*(["'])(.*?)\2""", re.DOTALL)


def _blank(text):
    return re.sub(r"[^\n]", " ", text)


def visible_text(template):
    """The template with everything a visitor does not read blanked out, lines kept in place."""
    text = _HIDDEN.sub(lambda match: _blank(match.group()), template)

    def tag(match):
        source, kept = match.group(), list(_blank(match.group()))
        for attribute in _VISIBLE_ATTRIBUTE.finditer(source):
            start, end = attribute.span(3)
            kept[start:end] = source[start:end]
        return "".join(kept)

    return _TAG.sub(tag, text)


def template_files(root=ROOT):
    files = set((root / "templates").rglob("*.html"))
    for path in root.glob("*/templates/**/*.html"):
        if not any(
            part.startswith(".") or part in {"node_modules", "var", "static"} for part in path.relative_to(root).parts
        ):
            files.add(path)
    return sorted(files)


def language_of(text):
    """pl, uk or en by the text's letters and little words; None for an identifier-like token."""
    if CYRILLIC.search(text):
        return "uk"
    if POLISH.search(text):
        return "pl"
    if ENGLISH.search(text):
        return "en"
    if IDENTIFIER.fullmatch(text.strip()):
        return None
    return "pl"


def check_lines(concepts, path, lines, source, default="pl"):
    """Each (number, raw line, text to check) with a marker on the raw line exempting it."""
    for number, raw, text in lines:
        if not text.strip():
            continue
        language = language_of(text) if default is None else default
        if language is None:
            continue
        for concept, variant in find(concepts, text, language, markers(raw)):
            yield Finding(source, f"{relative(path)}:{number}", concept, language, variant, text)


def check_template(concepts, path, source="templates"):
    raw = path.read_text(encoding="utf-8")
    shown = visible_text(raw)
    lines = [
        (number, raw_line, shown_line)
        for number, (raw_line, shown_line) in enumerate(zip(raw.splitlines(), shown.splitlines(), strict=True), 1)
    ]
    yield from check_lines(concepts, path, lines, source, default=None)


# Demo content (string literals) ------------------------------------------------------------------------


def _is_english_name(name):
    return name == "en" or name.lower().endswith("_en")


def string_literals(code):
    """(first line, last line, text, English?) of every string literal that is not a docstring or an
    identifier-like dict key. English: a value under a key "en"/"…_en" or of a dict named "…_EN"."""
    tree = ast.parse(code)
    skipped, english = set(), set()

    def mark_english(node):
        english.update(id(child) for child in ast.walk(node))

    for node in ast.walk(tree):
        if isinstance(node, (ast.Assign, ast.AnnAssign)) and isinstance(node.value, ast.Dict):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            if any(isinstance(target, ast.Name) and _is_english_name(target.id) for target in targets):
                for value in node.value.values:
                    mark_english(value)
        if isinstance(node, ast.Dict):
            for key, value in zip(node.keys, node.values, strict=True):
                if isinstance(key, ast.Constant) and isinstance(key.value, str) and _is_english_name(key.value):
                    mark_english(value)
        body = getattr(node, "body", None)
        if (
            isinstance(body, list)
            and body
            and isinstance(body[0], ast.Expr)
            and isinstance(body[0].value, ast.Constant)
        ):
            skipped.add(id(body[0].value))
        if isinstance(node, ast.Dict):
            skipped.update(
                id(key) for key in node.keys if isinstance(key, ast.Constant) and IDENTIFIER.fullmatch(str(key.value))
            )
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in skipped:
            yield node.lineno, node.end_lineno or node.lineno, node.value, id(node) in english


def demo_files(root=ROOT):
    return sorted((root / "demo").rglob("*.py"))


def check_python(concepts, path, source="demo"):
    code = path.read_text(encoding="utf-8")
    code_lines = code.splitlines()
    for first, last, text, in_english in string_literals(code):
        language = "en" if in_english else language_of(text)
        if language is None:
            continue
        allowed = markers("\n".join(code_lines[first - 1 : last]))
        for concept, variant in find(concepts, text, language, allowed):
            yield Finding(source, f"{relative(path)}:{first}", concept, language, variant, text)


# The editors' guide ------------------------------------------------------------------------------------


def check_markdown(concepts, path, source="guide"):
    raw = path.read_text(encoding="utf-8").splitlines()
    yield from check_lines(concepts, path, [(n, line, line) for n, line in enumerate(raw, 1)], source, default="pl")


# All sources -------------------------------------------------------------------------------------------


def check(source, concepts=None, root=ROOT):
    concepts = concepts if concepts is not None else load()
    if source in ("catalogue-pl", "catalogue-uk"):
        language = source.split("-")[1]
        for path in catalogue_files(language, root):
            yield from check_catalogue(concepts, path, language, source)
    elif source == "templates":
        for path in template_files(root):
            yield from check_template(concepts, path)
    elif source == "demo":
        for path in demo_files(root):
            yield from check_python(concepts, path)
    elif source == "guide":
        path = root / "docs" / "redaktor.md"
        if path.exists():
            yield from check_markdown(concepts, path)
    else:
        raise ValueError(f"unknown source {source!r}; choose from {', '.join(SOURCES)}")


# docs/glossary.md --------------------------------------------------------------------------------------

DOC_HEAD = """\
# Glossary

<!-- Generated from locale/glossary.toml by `python locale/tools/glossary.py doc`: edit the TOML, not
this file. tests/test_glossary.py fails when the two differ. -->

One name for each thing, in every language of the portal. The Polish and Ukrainian catalogues
(`locale/*/LC_MESSAGES/*.po`, `locale/overrides/`), the templates, the demo content (`demo/`)
and the editors' guide (`docs/redaktor.md`) follow it; `tests/test_glossary.py` reads them all and
fails on a discouraged variant, naming the file, the entry or line and the preferred term. The same
check runs from the command line: `python locale/tools/glossary.py check [catalogue-pl catalogue-uk
templates demo guide]`.

## Adding a term

1. Add a `[[concept]]` to `locale/glossary.toml`: an `id` (short English, lower case, hyphens), the
   preferred term in `en`, `pl` and `uk`, a one-line `note`, and under `[concept.avoid]` per language
   the regular expressions of the variants not to use. Polish and Ukrainian decline, so write a
   pattern that catches every form, e.g. `\\bkurs(u|y|ów|ie|em|om|ami|ach)?\\b` or `\\bcertyfikat\\w*`,
   and make sure it does not catch other words (`\\bprób(a|y|ę|ą|ie|o)?\\b` spares "spróbuj" and
   "próbował"). Patterns are Python regular expressions, case-insensitive; `(?-i:…)` makes a part
   case-sensitive.
2. Run `python locale/tools/glossary.py check`, fix what it finds (msgstr only in the catalogues:
   never the English msgid) and `python locale/tools/glossary.py doc` to regenerate this page.

## Marking a deliberate exception

- A phrase in which the variant is right everywhere (a failed sign-in is a "próba logowania", not a
  quiz attempt; the Act's "strona internetowa" in the accessibility statement): add a regular
  expression of the phrase to `[concept.allow]`. A variant inside a match of it is not reported.
- One catalogue entry: a translator comment `# glossary: allow <id>` above the entry, with a reason
  (`msgmerge` and `makemessages` keep translator comments):

  ```
  # glossary: allow site (a regional centre's own website, not this site)
  msgid "website"
  msgstr "strona internetowa"
  ```
- One line of a template, of Python or of Markdown: `glossary: allow <id>` in a comment on the same
  line (`{# glossary: allow quiz #}`, `# glossary: allow quiz`, `<!-- glossary: allow quiz -->`).
  Several ids are separated by commas.

## Terms

"""


def _cell(text):
    return text.replace("|", "\\|").replace("\n", " ")


def _patterns(patterns):
    return "<br>".join(f"`{_cell(pattern.pattern)}`" for pattern in patterns) or "–"


def render(concepts=None):
    concepts = concepts if concepts is not None else load()
    lines = [DOC_HEAD.rstrip("\n"), "", "| Concept | English | Polish | Ukrainian |", "|---|---|---|---|"]
    for concept in concepts:
        terms = [_cell(concept.terms[language]) for language in LANGUAGES]
        lines.append(f"| `{concept.id}` | {terms[2]} | {terms[0]} | {terms[1]} |")
    lines += ["", "## Notes and discouraged variants", ""]
    for concept in concepts:
        lines += [f"### {concept.id}: {concept.terms['en']}", "", " ".join(concept.note.split()), ""]
        lines += ["| Language | Preferred | Not to use | Right in these phrases |", "|---|---|---|---|"]
        for language, name in (("pl", "Polish"), ("uk", "Ukrainian"), ("en", "English")):
            avoid, allow = concept.avoid[language], concept.allow[language]
            if language == "en" and not avoid and not allow:
                continue
            lines.append(f"| {name} | {_cell(concept.terms[language])} | {_patterns(avoid)} | {_patterns(allow)} |")
        lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"


def main(argv):
    command, *rest = argv or ["check"]
    if command == "doc":
        text = render()
        if "--check" in rest:
            current = DOC.read_text(encoding="utf-8") if DOC.exists() else ""
            if current != text:
                print("docs/glossary.md is out of date: run python locale/tools/glossary.py doc")
                return 1
            return 0
        DOC.write_text(text, encoding="utf-8")
        print(f"wrote {relative(DOC)}")
        return 0
    if command == "check":
        concepts = load()
        total = 0
        for source in rest or SOURCES:
            found = list(check(source, concepts))
            total += len(found)
            print(f"{source}: {len(found)} discouraged variant(s)")
            for finding in found:
                print("  " + str(finding))
        return 1 if total else 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
