"""The glossary (locale/glossary.toml) is well formed and the portal's texts follow it.

Each source is its own test, so each area's result shows on its own: the Polish and the Ukrainian
catalogues (msgstr and plural forms, with locale/overrides), the templates' visible text, the demo
content's string literals and the editors' guide. A failure names the file, the entry or line, the
variant and the preferred term. How to add a term or mark an exception: docs/glossary.md.
"""

import importlib.util
import re
import textwrap
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("glossary_tool", ROOT / "locale" / "tools" / "glossary.py")
glossary = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(glossary)


@pytest.fixture(scope="module")
def concepts():
    return glossary.load()


def variants(concepts, text, language="pl"):
    return [(concept.id, variant) for concept, variant in glossary.find(concepts, text, language)]


# The glossary itself -----------------------------------------------------------------------------------


def test_every_concept_has_an_id_a_note_and_a_term_in_each_language():
    data = tomllib.loads(glossary.GLOSSARY.read_text(encoding="utf-8"))
    ids = [item.get("id") for item in data["concept"]]
    assert len(ids) == len(set(ids)), f"Concept ids used twice: {sorted({i for i in ids if ids.count(i) > 1})}"
    for item in data["concept"]:
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", item.get("id", "")), item
        for language in ("pl", "uk", "en"):
            assert isinstance(item.get(language), str) and item[language].strip(), f"{item['id']}: no {language} term"
        assert item.get("note", "").strip(), f"{item['id']}: no note"
        for table in ("avoid", "allow"):
            assert set(item.get(table, {})) <= {"pl", "uk", "en"}, f"{item['id']}: [concept.{table}] has other keys"
            for language, patterns in item.get(table, {}).items():
                assert isinstance(patterns, list), f"{item['id']}: {table}.{language} is not a list"
                for pattern in patterns:
                    re.compile(pattern)


ISSUE_TERMS = {  # issue 20's list: concept id -> (Polish, Ukrainian) preferred terms
    "course": ("szkolenie", "курс"),
    "quiz": ("test", None),
    "certificate": ("zaświadczenie", "свідоцтво"),
    "attempt": ("podejście", None),
    "smart-worksheet": ("karta celu SMART", None),
    "dimension": ("wymiar", None),
    "accept-work": ("zaakceptować", None),
    "news-item": ("aktualność", None),
    "site": ("serwis", None),
    "sign-ups": ("zapisy", None),
    "listing-summary": ("streszczenie", None),
    "lead": ("lid", None),
    "g-pzk": ("Gminno-Powiatowy Zespół Kooperacji (G-PZK)", None),
    "cohabitation": ("związek nieformalny", None),
    "main-goal": ("cel główny", None),
    "site-map": ("mapa serwisu", None),
    "learner": ("uczestnik", "учасник"),
    "in-progress": ("w trakcie", "триває"),
    "anonymised": ("zanonimizowany", "анонімізований"),
}


@pytest.mark.parametrize(("concept_id", "terms"), ISSUE_TERMS.items())
def test_the_issues_terms_are_in_the_glossary(concepts, concept_id, terms):
    concept = {concept.id: concept for concept in concepts}[concept_id]
    polish, ukrainian = terms
    assert concept.terms["pl"] == polish
    if ukrainian:
        assert concept.terms["uk"] == ukrainian


def test_no_preferred_term_is_a_discouraged_variant(concepts):
    """A pattern that catches the term it should lead to would make the glossary contradict itself."""
    for concept in concepts:
        for language in ("pl", "uk"):
            for term in re.split(r"[;/]", concept.terms[language]):
                found = [
                    (other.id, variant)
                    for other, variant in glossary.find(concepts, term.strip(), language)
                    if other.id == concept.id
                ]
                assert found == [], f"{concept.id}: the {language} term “{term}” matches its own variants"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Odsetek punktów potrzebny do zaliczenia kursu.", [("course", "kursu")]),
        ("Postępy w kursach.", [("course", "kursach")]),
        ("Lekcja z quizem i dwa quizy.", [("quiz", "quizem"), ("quiz", "quizy")]),
        ("Pobierz certyfikat, sprawdź certyfikatu.", [("certificate", "certyfikat"), ("certificate", "certyfikatu")]),
        ("Wykorzystano wszystkie próby.", [("attempt", "próby")]),
        ("Pobierz kartę pracy i arkusz.", [("smart-worksheet", "kartę pracy"), ("smart-worksheet", "arkusz")]),
        ("Obszary do rozwoju.", [("dimension", "Obszary")]),
        ("Koordynator przyjmie genogram.", [("accept-work", "przyjmie")]),
        ("Lead widać na liście.", [("lead", "Lead")]),
        ("Zespół kooperacji (G-PZK)", [("g-pzk", "Zespół kooperacji")]),
        ("Gminno-powiatowy zespół kooperacji", [("g-pzk", "Gminno-powiatowy"), ("g-pzk", "zespół kooperacji")]),
        ("symbole McGoldrick i Gerson.", [("genogram-notation", "McGoldrick i Gerson")]),
    ],
)
def test_variants_are_found_in_every_form(concepts, text, expected):
    assert variants(concepts, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Spróbuj ponownie; próbował się zalogować.",
        "Przebieg próbny (bez zmian w danych) zakończony.",
        "Po 5 nieudanych próbach logowanie zostanie zablokowane.",
        "Każda kolejna próba logowania w tym czasie.",
        "Osoba zostanie zapisana, gdy przyjmie zaproszenie.",
        "Zaloguj się; kursor; zaświadczenie; szkolenie; test; podejście; karta celu SMART; wymiar.",
        "Gminno-Powiatowy Zespół Kooperacji (G-PZK) i Gminno-Powiatowe Zespoły Kooperacji.",
        "Deklaracja dostępności dotyczy strony internetowej Portalu Kooperacji.",
        "Adres własnej strony internetowej ośrodka.",
        "Zignoruj tę wiadomość e-mail.",
        "symbole McGoldrick i Gersona",
    ],
)
def test_allowed_phrases_and_other_words_are_not_reported(concepts, text):
    assert variants(concepts, text) == []


# The exception mechanism, on small files ---------------------------------------------------------------


def test_a_translator_comment_allows_a_variant_in_one_catalogue_entry(concepts, tmp_path):
    path = tmp_path / "django.po"
    path.write_text(
        textwrap.dedent(
            """\
            msgid ""
            msgstr ""
            "Content-Type: text/plain; charset=UTF-8\\n"

            # glossary: allow course
            msgid "A course"
            msgstr "Kurs"

            msgid "Courses"
            msgstr "Kursy"

            msgid "%(count)s course"
            msgid_plural "%(count)s courses"
            msgstr[0] "%(count)s kurs"
            msgstr[1] "%(count)s kursy"
            msgstr[2] "%(count)s kursów"

            msgid "Quiz: %(quiz)s"
            msgstr "Test: %(quiz)s"
            """
        ),
        encoding="utf-8",
    )
    found = [
        (finding.variant, finding.place.split(" ", 1)[1])
        for finding in glossary.check_catalogue(concepts, path, "pl", "x")
    ]
    assert found == [
        ("Kursy", "msgid “Courses”"),
        ("kurs", "msgid “%(count)s course”"),
        ("kursy", "msgid “%(count)s course”"),
        ("kursów", "msgid “%(count)s course”"),
    ]


def test_templates_are_checked_on_their_visible_text_with_a_marker_per_line(concepts, tmp_path):
    path = tmp_path / "page.html"
    path.write_text(
        textwrap.dedent(
            """\
            {% load i18n %}{% comment %}Kurs{% endcomment %}
            <p>{% translate "Quiz" %} {{ quiz.title }}</p>
            <img src="/kurs.png" alt="Zdjęcie z kursu">
            <p>Postępy w kursach są bezpieczne.</p>
            <p>Certyfikat ukończenia</p> {# glossary: allow certificate #}
            {% blocktranslate %}Quiz {{ name }}{% endblocktranslate %}
            """
        ),
        encoding="utf-8",
    )
    found = [(finding.place.rsplit(":", 1)[1], finding.variant) for finding in glossary.check_template(concepts, path)]
    assert found == [("3", "kursu"), ("4", "kursach")]


def test_demo_content_is_checked_in_its_polish_string_literals(concepts, tmp_path):
    path = tmp_path / "content.py"
    path.write_text(
        textwrap.dedent(
            '''\
            """A quiz and a course in the docstring are English."""
            PAGE = {"lead": "Krótki lead.", "type": "quiz", "title": "Kurs genogramu"}
            PAGE_EN = {"Kurs genogramu": "Genogram course", "Lider": "Lead"}
            OTHER = {"en": {"title": "News"}}
            TEXT = "To jest quiz."  # glossary: allow quiz
            '''
        ),
        encoding="utf-8",
    )
    found = [(finding.place.rsplit(":", 1)[1], finding.variant) for finding in glossary.check_python(concepts, path)]
    assert found == [("2", "lead"), ("2", "Kurs"), ("3", "Kurs")]


def test_the_guide_is_checked_line_by_line_with_a_marker(concepts, tmp_path):
    path = tmp_path / "redaktor.md"
    path.write_text(
        "### Kurs i lekcje\n\nSłowo „quiz” w cudzysłowie. <!-- glossary: allow quiz -->\n", encoding="utf-8"
    )
    found = [(finding.place.rsplit(":", 1)[1], finding.variant) for finding in glossary.check_markdown(concepts, path)]
    assert found == [("1", "Kurs")]


# The portal's texts ------------------------------------------------------------------------------------


@pytest.mark.parametrize("source", glossary.SOURCES)
def test_texts_use_no_discouraged_variant(concepts, source):
    findings = list(glossary.check(source, concepts))
    listing = "\n".join(f"  {finding}" for finding in findings)
    if findings:
        pytest.fail(
            f"{len(findings)} discouraged variant(s) in {source} (docs/glossary.md says how to fix them or mark "
            f"an exception):\n{listing}",
            pytrace=False,
        )


def test_docs_glossary_md_is_generated_from_the_toml():
    assert (ROOT / "docs" / "glossary.md").read_text(encoding="utf-8") == glossary.render(), (
        "docs/glossary.md is out of date: run python locale/tools/glossary.py doc"
    )
