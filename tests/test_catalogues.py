"""The catalogues are complete and current, and the review's Polish findings stay fixed."""

import datetime
import json
import shutil
import subprocess
import sys
from pathlib import Path

import polib
import pytest
from django.utils import timezone, translation
from django.utils.translation import gettext, ngettext

from courses import learning
from courses.admin.certificates import CertificateFilterSet
from courses.admin.exercises import STATUS_FILTERS
from courses.admin.reports import STATUS_CHOICES
from courses.blocks import EmpowermentExerciseBlock, empowerment_definition
from courses.models import LessonPage
from courses.quizzes import QuestionResult, QuizResult
from tests.factories import (
    CourseIndexPageFactory,
    CoursePageFactory,
    EventIndexPageFactory,
    EventPageFactory,
    LessonPageFactory,
    UserFactory,
)
from tests.portal.utils import soup, text_of

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

    with translation.override("pl"):
        text = ngettext("%(counter)s document", "%(counter)s documents", count) % {"counter": count}
    assert text == expected


# Every catalogue a visitor or an editor reads is complete (issue 20: "the Polish and Ukrainian
# catalogues have no untranslated or fuzzy entry", the override catalogues included) -------------------

COMPLETE_CATALOGUES = sorted(
    str(path.relative_to(ROOT))
    for pattern in ("locale/pl/LC_MESSAGES/*.po", "locale/uk/LC_MESSAGES/*.po", "locale/overrides/*/LC_MESSAGES/*.po")
    for path in ROOT.glob(pattern)
)


def test_the_complete_catalogues_include_ukrainian_and_the_overrides():
    assert "locale/uk/LC_MESSAGES/django.po" in COMPLETE_CATALOGUES
    assert "locale/overrides/pl/LC_MESSAGES/django.po" in COMPLETE_CATALOGUES


@pytest.mark.parametrize("path", COMPLETE_CATALOGUES)
def test_catalogue_has_no_untranslated_or_fuzzy_entry(path):
    catalogue = polib.pofile(str(ROOT / path))
    assert not catalogue.metadata_is_fuzzy, f"{path}: the header is fuzzy"
    untranslated = [entry.msgid for entry in catalogue.untranslated_entries()]
    fuzzy = [entry.msgid for entry in catalogue.fuzzy_entries()]
    assert untranslated == [], f"{path}: untranslated entries: {untranslated}"
    assert fuzzy == [], f"{path}: fuzzy entries: {fuzzy}"
    if "/uk/" in path:
        assert "nplurals=" in catalogue.metadata["Plural-Forms"]


# The review's Polish findings (issue 20), as a Polish visitor or editor reads them ----------------------


def polish(message, plural=None, number=None, **values):

    with translation.override("pl"):
        text = ngettext(message, plural, number) if plural else gettext(message)
    return text % values if values else text


def test_a_revoked_certificate_is_neuter_in_the_course_report():
    # zaświadczenie is neuter: "unieważnione", not "unieważniony"
    assert polish("revoked on %(date)s", date="05.05.2026") == "unieważnione 05.05.2026"
    assert polish("revoked by") == "unieważnione przez"
    assert polish("Revoked") == "Unieważnione"


def test_participles_agree_with_the_quiz_attempt_and_name_dates_as_dates():
    assert polish("passed") == "zaliczone"  # podejście do testu: neuter
    assert polish("completed") == "data ukończenia"  # the date a course or lesson was completed
    assert polish("enrolled") == "data zapisu"
    assert polish("issued") == "wydano"


def test_what_remains_after_deletion_is_in_the_genitive():
    text = polish(
        "A portal administrator will erase your name, e-mail address, user name and exercise work and close your "
        "account. Your certificates will no longer be confirmed. What remains cannot be linked to you: how many "
        "people took and completed each course and their scores, with your region and team, stay in the statistics."
    )
    assert "Tego, co zostanie, nie da się z Tobą powiązać" in text
    assert "To, co zostanie" not in text


def test_the_search_tip_says_the_search_finds_every_form():
    text = polish("Polish words are found in every form: “kooperacji” finds “kooperacja” and “kooperacją”.")
    assert text.startswith("Wyszukiwarka znajduje słowa w każdej formie:")
    assert "Słowa znajdują się" not in text
    hint = polish(
        "Any form of a word finds the others (“spotkanie w Sandomierzu” finds “spotkania w Sandomierzu”). "
        "Put words in quotation marks to find them exactly as written."
    )
    assert hint.startswith("Wyszukiwarka znajduje każdą formę słowa")


def test_a_dry_run_is_a_trial_run_that_changes_no_data():
    assert polish("Dry run: nothing was changed.") == "Przebieg próbny (bez zmian w danych) zakończony."
    text = polish(
        "The dry run found errors (%(count)s item would fail).",
        "The dry run found errors (%(count)s items would fail).",
        3,
        count=3,
    )
    assert text.startswith("Przebieg próbny wykrył błędy") and "Próba na sucho" not in text


def test_a_step_without_an_owner_is_explained_without_a_calque():
    text = polish(
        "Steps without an owner: %(numbers)s. Say who does each: a step without an owner is easily left undone.",
        numbers="2, 3",
    )
    assert text == (
        "Kroki bez osoby odpowiedzialnej: 2, 3. Napisz, kto wykona każdy z nich – gdy za krok nikt nie odpowiada, "
        "łatwo o nim zapomnieć."
    )
    assert "niezrobiony" not in text


def test_the_self_assessment_names_dimensions_not_areas():
    assert polish("Areas to develop:") == "Wymiary do rozwoju:"
    assert polish("Dimension") == "Wymiar"
    assert polish("This time") == "Tym razem"


@pytest.mark.django_db
def test_the_search_page_shows_the_corrected_tip(client, home):

    page = soup(client.get("/szukaj/"))
    tips = text_of(page.find("section", class_="search-help"))
    assert "Wyszukiwarka znajduje słowa w każdej formie: „kooperacji” znajdzie „kooperacja” i „kooperacją”." in tips
    assert "Słowa znajdują się w każdej formie" not in tips


@pytest.fixture
def my_data_text(client, home):
    """The main text of /konto/dane/ as a signed-in learner sees it."""
    user = UserFactory(username="ewa", password="hasło-do-testów-123")
    client.force_login(user)
    return text_of(soup(client.get("/konto/dane/")).find("main"))


@pytest.mark.django_db
def test_the_my_data_page_shows_the_genitive(my_data_text):
    text = my_data_text
    assert "Tego, co zostanie, nie da się z Tobą powiązać" in text
    assert "To, co zostanie" not in text


@pytest.mark.django_db
def test_a_same_day_time_range_has_no_space_around_the_dash_however_the_text_is_read(client, regions):
    """ "10:00–14:30", never "10:00 –14:30": the range is one run of text, so a reader that separates
    elements (a screen reader, a text extractor) reads it as printed; longer phrases keep their spaces."""

    EventIndexPageFactory(parent=regions.kielce.get_parent())
    day = timezone.localdate() + datetime.timedelta(days=10)
    EventPageFactory(
        parent=regions.kielce,
        slug="spotkanie",
        start_date=day,
        start_time=datetime.time(10),
        end_time=datetime.time(14, 30),
    )
    EventPageFactory(
        parent=regions.kielce,
        slug="forum",
        start_date=day,
        start_time=datetime.time(10),
        end_date=day + datetime.timedelta(days=1),
        end_time=datetime.time(14, 30),
    )
    when = soup(client.get("/swietokrzyskie/spotkanie/")).select_one("article dl.facts dd")
    assert " ".join(when.get_text(" ").split()).endswith("10:00–14:30")
    assert " ".join(when.get_text().split()).endswith("10:00–14:30")
    assert when.find("time")["datetime"].endswith("T10:00")
    forum = soup(client.get("/swietokrzyskie/forum/")).select_one("article dl.facts dd")
    assert ", 10:00 – " in " ".join(forum.get_text().split())


# The reviewer's second round (issue 20): what a screen reader announces, actions on buttons, one name per
# thing, no calques ----------------------------------------------------------------------------------------


@pytest.mark.django_db
def test_the_genogram_editor_names_the_couple_of_the_children_and_its_buttons_are_actions(client, home):
    """The list of children is announced as the couple's ("Dzieci pary: Jan i Anna"), not as if the
    parents were the children; the buttons say what they do."""

    family = {
        "version": 1,
        "people": [
            {"id": "jan", "name": "Jan", "sex": "male", "birth_year": 1980},
            {"id": "anna", "name": "Anna", "sex": "female", "birth_year": 1982},
            {"id": "ola", "name": "Ola", "sex": "female", "birth_year": 2008, "index": True},
            {"id": "piotr", "name": "Piotr", "sex": "male", "birth_year": 2011},
        ],
        "couples": [
            {
                "id": "c1",
                "partners": ["jan", "anna"],
                "kind": "married",
                "children": [{"person": "ola", "kind": "biological"}, {"person": "piotr", "kind": "biological"}],
            }
        ],
        "household": ["jan", "anna", "ola", "piotr"],
        "relations": [],
    }
    block = {"title": "Genogram", "instructions": "<p>Narysuj.</p>", "case": "", "requires_acceptance": False}
    block["starting_genogram"] = json.dumps(family)
    course = CoursePageFactory(parent=CourseIndexPageFactory(parent=home), title="Genogram", slug="genogram")
    lesson = LessonPageFactory(
        parent=course, slug="cwiczenie", completion="exercise", body=json.dumps([{"type": "genogram", "value": block}])
    )

    user = UserFactory(username="ewa")
    learning.enrol(user, course)
    client.force_login(user)
    block_id = LessonPage.objects.get(pk=lesson.pk).body[0].id
    page = soup(client.get(f"/szkola-kooperacji/genogram/cwiczenie/genogram/{block_id}/"))

    children = page.select_one("ol.genogram-children")
    assert children["aria-label"] == "Dzieci pary: Jan i Anna (od najstarszego)"
    buttons = [" ".join(button.get_text().split()) for button in children.find_all("button")]
    assert buttons == [
        "Przesuń niżej: Ola",
        "Usuń z dzieci tej pary: Ola",
        "Przesuń wyżej: Piotr",
        "Usuń z dzieci tej pary: Piotr",
    ]
    assert "To nie ich dziecko" not in text_of(page.find("main"))


@pytest.mark.django_db
def test_setting_a_new_password_has_one_name(client, home):

    form = soup(client.get("/konto/haslo/reset/"))
    assert text_of(form.find("h1")) == "Ustaw nowe hasło"
    assert polish("Reset your password") == polish("Set a new password") == "Ustaw nowe hasło"
    assert "Zresetuj" not in text_of(form)


def test_the_search_tells_to_choose_a_kind_as_the_filter_is_labelled():
    assert polish("Type") == "Rodzaj"
    for count in (201, 202, 205):
        text = polish(
            "More than %(counter)s result for “%(text)s”: here is the one that matches best. Add a word or choose a "
            "type, region or year to narrow the search.",
            "More than %(counter)s results for “%(text)s”: here are the %(counter)s that match best. Add a word or "
            "choose a type, region or year to narrow the search.",
            count,
            counter=count,
            text="gmina",
        )
        assert "wybierz rodzaj, region lub rok" in text and "typ" not in text


@pytest.mark.django_db
def test_my_data_says_who_does_what_when_the_portal_takes_you_back(my_data_text):
    text = my_data_text
    assert "aby pokazać Twoje postępy i pozwolić Ci wrócić do lekcji, na której przerwano naukę." in text
    assert "i wrócić do miejsca" not in text
    assert "aby można było się logować, ustawić nowe hasło" in text


def test_account_e_mails_and_messages_have_no_calques():
    confirm = polish(
        "you asked to use this e-mail address for your account in the Portal Kooperacji. To confirm it, open this "
        "link while signed in to the portal:"
    )
    assert confirm.startswith("poproszono o zmianę adresu e-mail Twojego konta w Portalu Kooperacji na ten adres.")
    in_use = polish(
        "someone tried to use this e-mail address for another account in the Portal Kooperacji. Your account "
        "already uses this address, so nothing was changed."
    )
    assert in_use.startswith("ktoś chciał przypisać ten adres e-mail do innego konta")
    reset = polish(
        "someone (we hope it was you) asked to set a new password for your account in the Portal Kooperacji."
    )
    assert (
        reset == "ktoś – prawdopodobnie Ty – poprosił o ustawienie nowego hasła do Twojego konta w Portalu Kooperacji."
    )
    link = polish("This link was sent for another account. Sign in to the account whose address you are changing.")
    assert link.startswith("Ten link dotyczy innego konta.")
    for text in (confirm, in_use, reset, link):
        assert "mamy nadzieję" not in text and " dla Twojego konta" not in text and "dla innego konta" not in text


def test_the_audit_log_names_the_admin_access_not_staff():
    assert polish("staff: %(value)s", value=polish("yes")) == "dostęp do panelu administracyjnego: tak"
    assert polish("active: %(value)s", value=polish("no")) == "konto aktywne: nie"


def test_every_option_of_a_filter_list_starts_with_a_capital():

    with translation.override("pl"):
        exercises = [str(label) for _value, label in STATUS_FILTERS]
        reports = [str(label) for _value, label in STATUS_CHOICES]
        certificates = CertificateFilterSet.base_filters["status"]
        certificate_options = [str(certificates.extra["empty_label"])]
        certificate_options += [str(label) for _value, label in certificates.extra["choices"]]
    assert exercises == ["Wszystkie", "Szkic", "Oddane", "Zaakceptowane", "Zwrócone do poprawy"]
    assert reports == ["Wszystkie", "Nierozpoczęte", "W trakcie", "Ukończone"]
    assert certificate_options == ["Wszystkie", "Ważne", "Unieważnione"]
    # The statuses stay lower-case where a sentence or a table cell uses them.
    assert polish("draft") != "Szkic"


@pytest.mark.django_db
def test_the_document_library_filters_start_with_a_capital(client, library):

    page = soup(client.get("/dokumenty/"))
    for name in ("category", "language"):
        options = [text_of(option) for option in page.select(f"select[name={name}] option")]
        assert options[0] == "Wszystkie", name
        assert all(option[:1].isupper() for option in options), options
    assert [text_of(option) for option in page.select("select[name=language] option")][1:] == [
        "Polski",
        "Angielski",
        "Ukraiński",
        "Inny",
    ]


def test_the_empowerment_self_assessment_has_one_translatable_name():

    block = EmpowermentExerciseBlock()
    with translation.override("pl"):
        assert str(block.meta.label) == "Samoocena empowermentu"
        assert str(block.child_blocks["title"].get_default()) == "Samoocena empowermentu"
        value = block.to_python({"title": "Samoocena wzmocnienia (empowerment)", "dimensions": []})
        assert empowerment_definition(value)["title"] == "Samoocena empowermentu"  # content saved before
        own = block.to_python({"title": "Jak wpływam na swoje życie?", "dimensions": []})
        assert empowerment_definition(own)["title"] == "Jak wpływam na swoje życie?"
    with translation.override("uk"):
        assert str(block.child_blocks["title"].get_default()) == "Самооцінка емпауерменту"


def test_the_pass_threshold_is_a_share_of_questions_as_the_quiz_scores_it():
    """courses.quizzes scores a question as right or wrong (all its correct answers and no other), so the
    threshold is the share of questions answered correctly, not of points."""

    result = QuizResult([QuestionResult("1", {0}, {0}), QuestionResult("2", {1}, {0, 1})], 50)
    assert result.percent == 50 and result.passed
    quiz = polish("The share of points needed to pass. Leave empty to use the course's pass threshold.")
    course = polish("The share of quiz points a learner needs, unless a quiz sets its own.")
    for text in (quiz, course):
        assert text.startswith("Odsetek pytań z poprawną odpowiedzią potrzebny do zaliczenia testu")
        assert "punktów" not in text


def test_the_editors_guide_words_the_pass_threshold_as_the_catalogue_does():
    guide = " ".join((ROOT / "docs" / "redaktor.md").read_text(encoding="utf-8").split())
    assert "„Próg zaliczenia (%)” – odsetek pytań z poprawną odpowiedzią potrzebny do zaliczenia testu" in guide
    assert "Wynik to odsetek pytań z poprawną odpowiedzią" in guide
    assert "dobrych pytań" not in guide and "dobrze rozwiązanych pytań" not in guide
