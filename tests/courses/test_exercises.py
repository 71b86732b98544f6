"""Exercises in a lesson over HTTP: the SMART goal worksheet saved, checked, handed in, private to its author."""

import json

import pytest
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError

from courses import learning
from courses.models import ExerciseSubmission, LessonProgress
from tests.courses.smart_worksheet import (
    EMPOWERMENT_URL,
    URL,
    exercise_id,
    good_goal,
    post,
    rate,
)
from tests.portal.utils import soup, text_of


def test_the_worksheet_shows_the_case_the_privacy_notice_and_an_accessible_form(client, lesson, learner):
    client.force_login(learner)

    html = soup(client.get(URL))

    section = html.select_one(".exercise--smart")
    assert "Pani Anna samotnie wychowuje" in text_of(section)
    assert "fikcyjnych lub zanonimizowanych" in text_of(section)
    for field in section.select("form input:not([type=hidden]), form textarea"):
        assert section.select_one(f"label[for='{field['id']}']"), f"{field['name']} has no label"


def test_a_draft_is_saved_and_checked_without_handing_it_in(client, lesson, learner):
    client.force_login(learner)

    response = post(client, lesson, **good_goal(indicator="więcej spotkań"))

    assert response.status_code == 302 and response["Location"].endswith(f"#exercise-{exercise_id(lesson)}")
    submission = ExerciseSubmission.objects.get()
    assert submission.status == "draft" and submission.kind == "smart"
    assert submission.data["goal"].startswith("Pani Anna")
    html = soup(client.get(URL))
    checklist = text_of(html.select_one(".smart-checklist"))
    assert "M – Mierzalny: jeszcze nie." in checklist
    assert html.select_one("textarea[name=specific]").get_text().startswith("Pani Anna weźmie")
    assert not LessonProgress.objects.filter(completed_at__isnull=False).exists()


def test_handing_in_completes_the_lesson_and_locks_the_worksheet(client, lesson, learner):
    client.force_login(learner)

    post(client, lesson, action="submit", **good_goal())

    submission = ExerciseSubmission.objects.get()
    assert submission.status == "submitted" and submission.submitted_at is not None
    assert LessonProgress.objects.get(lesson=lesson).completed_at is not None
    html = soup(client.get(URL))
    assert html.select_one(".exercise__form") is None
    assert "Cel spełnia 5 z 5 kryteriów SMART." in text_of(html.select_one(".smart-checklist"))

    response = client.post(
        URL, {"exercise": exercise_id(lesson), "action": "save", **good_goal(goal="Zmiana po oddaniu.")}, follow=True
    )
    assert "można ją zmienić dopiero" in text_of(soup(response).select_one(".messages"))
    assert ExerciseSubmission.objects.get().data["goal"].startswith("Pani Anna")


def test_bad_input_is_shown_again_with_polish_errors_and_the_saved_draft_is_kept(client, lesson, learner):
    client.force_login(learner)
    post(client, lesson, **good_goal())

    response = post(client, lesson, **good_goal(deadline="2026-02-30", goal="Nowy cel, który się nie zapisze."))

    assert response.status_code == 400
    html = soup(response)
    deadline = html.select_one("input[name=deadline]")
    assert deadline["aria-invalid"] == "true" and deadline["value"] == "2026-02-30"
    assert "W kalendarzu nie ma dnia 2026-02-30" in text_of(
        html.select_one(f"#{deadline['aria-describedby'].split()[-1]}")
    )
    assert html.select_one("textarea[name=goal], input[name=goal]")
    assert ExerciseSubmission.objects.get().data["goal"].startswith("Pani Anna")


@pytest.mark.parametrize(
    "data",
    [{"goal": "x" * 5000}, {"steps-0-due": "jutro"}, {"steps-99-step": "poza zakresem"}, {"deadline": "<b>"}],
    ids=["long", "bad-step-date", "step-out-of-range", "markup"],
)
def test_malformed_worksheets_never_give_a_server_error(client, lesson, learner, data):
    client.force_login(learner)

    response = post(client, lesson, **good_goal(**data))

    assert response.status_code in (302, 400)


def test_another_learner_never_sees_the_work(client, lesson, learner):
    client.force_login(learner)
    post(client, lesson, **good_goal(goal="Prywatny cel pani Ewy dla rodziny."))
    other = get_user_model().objects.create_user("jan", "jan@example.org", "haslo-testowe-123")
    learning.enrol(other, lesson.get_parent().specific)

    client.force_login(other)
    html = client.get(URL).content.decode()

    assert "Prywatny cel pani Ewy" not in html


def test_unknown_exercise_and_learners_not_enrolled_are_refused_politely(client, lesson, learner):
    client.force_login(learner)
    response = client.post(URL, {"exercise": "nie-ma", "action": "save"}, follow=True)
    assert "To ćwiczenie już nie istnieje" in text_of(soup(response).select_one(".messages"))

    stranger = get_user_model().objects.create_user("ola", "ola@example.org", "haslo-testowe-123")
    client.force_login(stranger)
    response = client.post(URL, {"exercise": exercise_id(lesson), **good_goal()})
    assert response.status_code == 302 and response["Location"] == "/szkola-kooperacji/cele-smart/"
    assert not ExerciseSubmission.objects.exists()


def test_a_lesson_completed_by_exercises_needs_an_exercise(lesson):
    lesson.body = json.dumps([{"type": "paragraph", "value": "<p>Bez ćwiczenia.</p>"}])

    with pytest.raises(ValidationError) as error:
        lesson.full_clean()

    assert "completion" in error.value.message_dict


# The empowerment self-assessment ------------------------------------------------------------------


def test_an_incomplete_self_assessment_is_not_saved_and_says_what_is_missing(client, assessment, learner):
    client.force_login(learner)

    response = rate(client, assessment, first="4", second="9")

    assert response.status_code == 400
    html = soup(response)
    invalid = html.select("fieldset.rating--invalid legend")
    assert [text_of(legend) for legend in invalid] == [
        "O moich sprawach decydują inni.",
        "Mam do kogo zwrócić się o pomoc.",
    ]
    assert html.select_one("input[name='rating-d1-1'][value='4']").has_attr("checked")
    assert not ExerciseSubmission.objects.exists()


def test_a_self_assessment_shows_its_chart_and_numbers_and_compares_with_the_last_time(client, assessment, learner):
    client.force_login(learner)

    rate(client, assessment, first="2", second="4", third="3")  # d1: (2 + (6 - 4)) / 2 = 2; d2: 3
    html = soup(client.get(EMPOWERMENT_URL))
    table = text_of(html.select_one(".empowerment-result table"))
    assert "Poczucie wpływu" in table and "Relacje i wsparcie" in table
    assert html.select_one(".empowerment-result svg[role=img]")
    assert LessonProgress.objects.get(lesson=assessment).completed_at is not None

    rate(client, assessment, first="5", second="1", third="4")
    html = soup(client.get(EMPOWERMENT_URL))
    assert ExerciseSubmission.objects.filter(kind="empowerment").count() == 2
    assert len(html.select(".empowerment-result thead th")) > 3, "a column for the last time and the change"
    result = text_of(html.select_one(".empowerment-result"))
    assert "Samoocena wypełniona 2 razy." in result
    assert "Poczucie wpływu 5,00 100% 2,00 +3,00" in result  # now (5 + (6 - 1)) / 2, last time 2


def test_a_self_assessment_is_private_to_its_author(client, assessment, learner):
    client.force_login(learner)
    rate(client, assessment, first="2", second="4", third="3")
    other = get_user_model().objects.create_user("jan", "jan@example.org", "haslo-testowe-123")
    learning.enrol(other, assessment.get_parent().specific)

    client.force_login(other)
    html = soup(client.get(EMPOWERMENT_URL))

    assert html.select_one(".empowerment-result") is None


def test_the_learner_downloads_their_worksheet_as_pdf_and_no_one_elses(client, lesson, learner):
    client.force_login(learner)
    pdf_url = f"{URL}cwiczenie/{exercise_id(lesson)}/pobierz/pdf/"
    assert client.get(pdf_url).status_code == 404, "nothing saved yet"
    post(client, lesson, "save", **good_goal())
    link = soup(client.get(URL)).find("a", href=pdf_url)
    assert link is not None and "PDF" in text_of(link)
    response = client.get(pdf_url)
    assert response.status_code == 200 and response.content.startswith(b"%PDF")
    assert "attachment" in response["Content-Disposition"]

    other = get_user_model().objects.create_user("jan", "jan@example.org", "haslo-testowe-123")
    learning.enrol(other, lesson.get_parent().specific)
    client.force_login(other)
    assert client.get(pdf_url).status_code == 404, "a learner only ever downloads their own work"
    assert client.get(f"{URL}cwiczenie/{exercise_id(lesson)}/pobierz/svg/").status_code == 404


def test_the_old_exercise_placeholder_becomes_a_callout_with_the_same_text():
    from importlib import import_module

    migration = import_module("courses.migrations.0005_genogram_exercise")
    body = [
        {"type": "paragraph", "value": "<p>Wstęp</p>", "id": "a"},
        {"type": "exercise", "value": {"kind": "genogram", "instructions": "<p>Narysuj genogram.</p>"}, "id": "b"},
    ]
    converted = migration.PlaceholderToCallout().apply(body)
    assert converted[0] == body[0]
    assert converted[1] == {
        "type": "callout",
        "id": "b",
        "value": {"kind": "example", "title": "Ćwiczenie: Genogram", "text": "<p>Narysuj genogram.</p>"},
    }
