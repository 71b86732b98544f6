"""The genogram exercise over HTTP: the plain-form editor, its drawing, exports, import, hand-in and privacy."""

import io
import json

import pytest
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError

from courses.blocks import GenogramExerciseBlock
from courses.models import ExerciseSubmission, LessonPage, LessonProgress
from tests.courses.genogram_lesson import (
    LESSON_URL,
    block_value,
    change,
    editor_url,
    make_learner,
    make_lesson,
    revision,
    stored,
)
from tests.portal.utils import soup, text_of
from tests.unicode_input import as_year


@pytest.fixture
def lesson(home):
    return make_lesson(home)


@pytest.fixture
def learner(lesson):
    return make_learner(lesson)


def names(data):
    return {person["id"]: person["name"] for person in data["people"]}


def test_editor_is_for_enrolled_learners_only(client, lesson, learner):
    url = editor_url(lesson)
    assert client.get(url).status_code == 302 and "/konto/" in client.get(url)["Location"]
    stranger = get_user_model().objects.create_user("obcy", "obcy@example.org", "haslo-testowe-123")
    client.force_login(stranger)
    response = client.get(url)
    assert response.status_code == 302 and response["Location"] == "/szkola-kooperacji/genogram/"
    client.force_login(learner)
    assert client.get(f"{LESSON_URL}genogram/nie-ma-takiego/").status_code == 404
    assert client.get(url).status_code == 200


def test_the_learner_starts_from_the_case_with_a_notice_a_drawing_and_its_text(client, lesson, learner):
    client.force_login(learner)
    page = soup(client.get(editor_url(lesson)))
    main = text_of(page.find("main"))
    assert "danymi fikcyjnych lub zanonimizowanych osób" in main
    svg = page.select_one(".genogram-figure svg")
    assert svg is not None and svg["role"] == "img"
    assert "Kacper" in text_of(page.select_one(".genogram-text")) and "Anna" in svg.get_text()
    assert page.select_one("form#person-form button[value=add_person]")
    assert not ExerciseSubmission.objects.exists(), "looking does not create anything"

    lesson_page = soup(client.get(LESSON_URL))
    block = lesson_page.select_one(".exercise--genogram")
    assert block.select_one("svg") and block.find("a", href=editor_url(lesson))


def test_three_people_a_marriage_a_child_and_a_conflict(client, lesson, learner):
    client.force_login(learner)
    url = editor_url(lesson)
    for name, sex, year in (("Jan", "male", 1960), ("Maria", "female", 1962), ("Ola", "female", 1990)):
        response = change(
            client, url, "add_person", **{"person-name": name, "person-sex": sex, "person-birth_year": year}
        )
        assert response.status_code == 302
    ids = {name: pid for pid, name in names(stored(learner)).items()}
    assert (
        change(
            client,
            url,
            "add_couple",
            **{
                "couple-partner_a": ids["Jan"],
                "couple-partner_b": ids["Maria"],
                "couple-kind": "married",
                "couple-start_year": 1985,
            },
        ).status_code
        == 302
    )
    couple_id = stored(learner)["couples"][0]["id"]
    response = change(
        client,
        url,
        "add_child",
        **{
            "child-couple": couple_id,
            "child-person": ids["Ola"],
            "child-kind": "biological",
        },
    )
    assert response.status_code == 302
    response = change(
        client, url, "add_relation", **{"relation-a": ids["Jan"], "relation-b": ids["Ola"], "relation-kind": "conflict"}
    )
    assert response.status_code == 302

    data = stored(learner)
    assert [child["person"] for child in data["couples"][0]["children"]] == [ids["Ola"]]
    assert data["relations"] == [{"a": ids["Jan"], "b": ids["Ola"], "kind": "conflict"}]
    page = soup(client.get(url))
    assert "Relacja została dodana." in text_of(page.select_one(".messages"))
    svg = page.select_one(".genogram-figure svg")
    assert {"Jan", "Maria", "Ola", "Kacper"} <= set(svg.get_text(" ").split())
    words = text_of(page.select_one(".genogram-text"))
    assert "konflikt" in words and "małżeństwo" in words.lower()


def test_a_form_with_errors_is_shown_again_and_nothing_is_saved(client, lesson, learner):
    client.force_login(learner)
    url = editor_url(lesson)
    response = change(client, url, "add_person", **{"person-name": "", "person-birth_year": "dawno"})
    assert response.status_code == 400
    page = soup(response)
    assert "popraw pola" in text_of(page.select_one(".error-summary"))
    assert page.select_one("#id_person-name_error") and page.select_one("#id_person-birth_year_error")
    assert "id_person-name_error" in page.select_one("#id_person-name")["aria-describedby"]
    assert "1987" in text_of(page.select_one("#person-form"))
    assert not ExerciseSubmission.objects.exists()


def test_the_engine_refuses_a_child_born_before_its_parent_and_stores_nothing(client, lesson, learner):
    client.force_login(learner)
    url = editor_url(lesson)
    change(client, url, "add_person", **{"person-name": "Józef", "person-sex": "male", "person-birth_year": 2000})
    change(client, url, "add_person", **{"person-name": "Halina", "person-sex": "female", "person-birth_year": 2001})
    ids = {name: pid for pid, name in names(stored(learner)).items()}
    change(
        client,
        url,
        "add_couple",
        **{"couple-partner_a": ids["Józef"], "couple-partner_b": ids["Halina"], "couple-kind": "married"},
    )
    before = stored(learner)
    response = change(
        client,
        url,
        "add_child",
        **{"child-couple": before["couples"][0]["id"], "child-person": "anna", "child-kind": "biological"},
    )
    assert response.status_code == 400
    assert "Anna" in text_of(soup(response).select_one(".error-summary"))
    assert stored(learner) == before


def test_edit_and_remove_a_person_with_a_confirmation_listing_what_goes_too(client, lesson, learner):
    client.force_login(learner)
    url = editor_url(lesson)
    page = soup(client.get(url + "?edytuj=osoba:anna"))
    assert page.select_one("#id_person-name")["value"] == "Anna"
    assert page.select_one("#person-form button[value=edit_person]")
    change(
        client,
        url,
        "edit_person",
        target="anna",
        **{"person-name": "Anna W.", "person-sex": "female", "person-birth_year": 1992, "person-in_household": "on"},
    )
    assert names(stored(learner))["anna"] == "Anna W."
    change(client, url, "add_relation", **{"relation-a": "anna", "relation-b": "kacper", "relation-kind": "close"})

    confirm = soup(client.get(url + "?usun=osoba:anna"))
    section = text_of(confirm.select_one("#confirm"))
    assert "Anna W." in section and "relacja" in section
    change(client, url, "remove_person", target="anna")
    data = stored(learner)
    assert "anna" not in names(data) and data["relations"] == [] and data["household"] == ["kacper"]


@pytest.mark.parametrize(
    "action,target",
    [
        ("edit_person", "nie-ma"),
        ("remove_person", "nie-ma"),
        ("remove_couple", "c404"),
        ("move_child_up", "kacper"),
        ("remove_child", "<script>"),
        ("remove_relation", "anna:nie-ma"),
        ("edit_relation", ":"),
        ("format_c", ""),
    ],
)
def test_stale_or_forged_targets_get_a_message_not_an_error(client, lesson, learner, action, target):
    client.force_login(learner)
    url = editor_url(lesson)
    response = change(
        client, url, action, target=target, **{"person-name": "X", "person-sex": "male", "relation-kind": "close"}
    )
    assert response.status_code == 400
    assert text_of(soup(response).select_one(".error-summary"))


def test_a_change_from_a_stale_page_is_refused_so_reused_ids_cannot_hit_someone_else(client, lesson, learner):
    client.force_login(learner)
    url = editor_url(lesson)
    old = revision(client, url)
    change(client, url, "add_person", **{"person-name": "Marek", "person-sex": "male"})
    response = client.post(url, {"action": "remove_person", "target": "anna", "revision": old})
    assert response.status_code == 409
    assert "innym oknie" in text_of(soup(response).select_one(".error-summary"))
    assert "anna" in names(stored(learner))


def test_json_export_and_import_round_trip_and_bad_files_are_explained(client, lesson, learner):
    client.force_login(learner)
    url = editor_url(lesson)
    block_id = LessonPage.objects.get(pk=lesson.pk).body[0].id
    change(client, url, "add_person", **{"person-name": "Halina", "person-sex": "female", "person-birth_year": 1964})
    exported = client.get(f"{LESSON_URL}cwiczenie/{block_id}/pobierz/json/")
    assert exported.status_code == 200 and "attachment" in exported["Content-Disposition"]
    saved = json.loads(exported.content)
    assert "Halina" in names(saved).values()

    other = make_learner(lesson, "jan")
    client.force_login(other)
    upload = io.BytesIO(exported.content)
    upload.name = "genogram.json"
    response = change(client, url, "import", **{"import-file": upload})
    assert response.status_code == 400, "replacing a non-empty genogram needs a confirmation"
    upload.seek(0)
    response = change(client, url, "import", **{"import-file": upload, "import-replace": "on"})
    assert response.status_code == 302
    assert names(stored(other)) == names(saved)

    broken = io.BytesIO(b'{"version": 1, "people": [{"id": "a", "name": "A"}], "household": ["zz"]}')
    broken.name = "zepsuty.json"
    response = change(client, url, "import", **{"import-file": broken, "import-replace": "on"})
    assert response.status_code == 400
    assert "zz" in text_of(soup(response).select_one("#file"))
    assert names(stored(other)) == names(saved)


@pytest.mark.parametrize(
    "fmt,content_type,magic",
    [
        ("svg", "image/svg+xml", b"<svg"),
        ("png", "image/png", b"\x89PNG"),
        ("pdf", "application/pdf", b"%PDF"),
    ],
)
def test_downloads_are_the_learners_own_drawing(client, lesson, learner, fmt, content_type, magic):
    client.force_login(learner)
    block_id = LessonPage.objects.get(pk=lesson.pk).body[0].id
    change(client, editor_url(lesson), "add_person", **{"person-name": "Tajemnica", "person-sex": "female"})
    response = client.get(f"{LESSON_URL}cwiczenie/{block_id}/pobierz/{fmt}/")
    assert response.status_code == 200 and response["Content-Type"].startswith(content_type)
    assert magic in response.content[:200] and "attachment" in response["Content-Disposition"]

    other = make_learner(lesson, "jan")
    client.force_login(other)
    theirs = client.get(f"{LESSON_URL}cwiczenie/{block_id}/pobierz/svg/")
    assert b"Kacper" in theirs.content and b"Tajemnica" not in theirs.content
    assert client.get(f"{LESSON_URL}cwiczenie/{block_id}/pobierz/exe/").status_code == 404
    assert client.get(f"{LESSON_URL}cwiczenie/nie-ma/pobierz/svg/").status_code == 404


def test_hand_in_locks_the_work_and_completes_the_lesson(client, lesson, learner):
    client.force_login(learner)
    url = editor_url(lesson)
    response = change(client, url, "submit")
    assert response.status_code == 400, "nothing saved yet: hand in needs a genogram of one's own"
    change(client, url, "add_person", **{"person-name": "Marek", "person-sex": "male"})
    assert change(client, url, "submit").status_code == 302
    submission = ExerciseSubmission.objects.get()
    assert submission.status == "submitted" and submission.kind == "genogram"
    assert LessonProgress.objects.get(lesson=lesson).completed_at is not None

    page = soup(client.get(url))
    assert not page.select_one("#person-form") and "oddana" in text_of(page.find("main"))
    response = client.post(url, {"action": "add_person", "revision": "x", "person-name": "Ktoś", "person-sex": "male"})
    assert response.status_code == 302
    assert "Ktoś" not in names(stored(learner))


def test_start_again_restores_the_case(client, lesson, learner):
    client.force_login(learner)
    url = editor_url(lesson)
    change(client, url, "remove_person", target="kacper")
    assert "kacper" not in names(stored(learner))
    assert soup(client.get(url + "?od-nowa=1")).select_one("button[value=reset]")
    change(client, url, "reset")
    assert names(stored(learner)) == {"kacper": "Kacper", "anna": "Anna"}


def test_an_editor_without_enrolment_sees_the_case_and_saves_nothing(client, lesson, django_user_model):
    admin = django_user_model.objects.create_superuser("szef", "szef@example.org", "haslo-testowe-123")
    client.force_login(admin)
    url = editor_url(lesson)
    page = soup(client.get(url))
    assert "zmiany nie są zapisywane" in text_of(page.find("main"))
    client.post(url, {"action": "add_person", "person-name": "X", "person-sex": "male"})
    assert not ExerciseSubmission.objects.exists()


def test_the_authors_starting_genogram_is_validated_when_the_lesson_is_saved():
    block = GenogramExerciseBlock()
    broken = {"version": 1, "people": [{"id": "a", "name": "A"}], "relations": [{"a": "a", "b": "b", "kind": "close"}]}
    with pytest.raises(ValidationError):
        block.clean(block.to_python(block_value(starting_genogram=json.dumps(broken))))
    with pytest.raises(ValidationError):
        block.clean(block.to_python(block_value(starting_genogram="{nie json")))
    assert block.clean(block.to_python(block_value(starting_genogram="")))


def test_the_editor_costs_the_same_queries_for_a_small_and_a_large_genogram(client, lesson, learner):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.force_login(learner)
    url = editor_url(lesson)
    change(client, url, "add_person", **{"person-name": "Marek", "person-sex": "male"})
    with CaptureQueriesContext(connection) as small:
        client.get(url)
    submission = ExerciseSubmission.objects.get()
    people = [{"id": f"o{number}", "name": f"Osoba {number}", "sex": "unknown"} for number in range(150)]
    submission.data = {"genogram": {"version": 1, "people": people}}
    submission.save()
    with CaptureQueriesContext(connection) as large:
        response = client.get(url)
    assert response.status_code == 200 and "Osoba 149" in response.content.decode()
    assert len(large) == len(small) <= 25


@pytest.mark.parametrize(
    "value", ["²", "٣", "１２", "\u30001"], ids=["superscript", "arabic-indic", "full-width", "space"]
)
def test_a_year_in_unicode_digits_is_refused_in_polish_in_the_form_and_in_an_import(client, lesson, learner, value):
    """Issue 19, item 5: "１９８７" or "198²" is not a year (Django's own field took "١٩٨٧" as 1987, and
    the import's ``isdigit()`` let "²" through to ``int()``, a 500); the saved genogram is kept."""
    client.force_login(learner)
    url = editor_url(lesson)
    change(client, url, "add_person", **{"person-name": "Halina", "person-sex": "female", "person-birth_year": "1964"})
    saved = stored(learner)

    response = change(client, url, "add_person", **{"person-name": "Jan", "person-birth_year": as_year(value)})
    assert response.status_code == 400
    assert "Wpisz rok liczbą, np. 1987." in text_of(soup(response).select_one("#id_person-birth_year_error"))

    upload = io.BytesIO(
        json.dumps({"version": 1, "people": [{"id": "a", "name": "Adam", "birth_year": as_year(value)}]}).encode()
    )
    upload.name = "genogram.json"
    response = change(client, url, "import", **{"import-file": upload, "import-replace": "on"})
    assert response.status_code == 400
    assert "rok urodzenia musi być liczbą całkowitą" in text_of(soup(response).select_one("#file"))
    assert stored(learner) == saved
