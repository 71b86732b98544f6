"""Issue 19, item 13: a SMART worksheet below the criteria is handed in only after a confirming second step
(or never, when the author requires every criterion); a saved self-assessment says so, and its result is
read out in words: strengths and areas to develop."""

import json

import pytest

from courses.models import ExerciseSubmission, LessonPage, LessonProgress
from tests.courses.smart_worksheet import (
    EMPOWERMENT_URL,
    URL,
    WORKSHEET,
    exercise_id,
    good_goal,
    post,
    rate,
)
from tests.portal.utils import soup, text_of

BELOW = {"indicator": "więcej spotkań"}  # no number: "M – Mierzalny" is not met


def test_handing_in_below_the_criteria_asks_to_confirm_and_keeps_a_draft(client, lesson, learner):
    client.force_login(learner)
    block_id = exercise_id(lesson)

    response = post(client, lesson, action="submit", **good_goal(**BELOW))

    assert response.status_code == 302
    assert response["Location"] == f"{URL}?oddaj={block_id}#exercise-{block_id}-confirm"
    assert ExerciseSubmission.objects.get().status == "draft", "not handed in without a word"
    html = soup(client.get(response["Location"]))
    confirm = html.select_one(f"#exercise-{block_id}-confirm")
    words = text_of(confirm)
    assert "Oddać cel, który nie spełnia wszystkich kryteriów SMART?" in words
    unmet = [text_of(item) for item in confirm.select("li")]
    assert "M – Mierzalny" in unmet and "S – Konkretny" not in unmet, "only the criteria not met"
    assert text_of(confirm.select_one("button[name=action][value=submit_anyway]")) == "Oddaj mimo to"
    back = confirm.find("a", string="Wróć do edycji")
    assert back["href"] == f"{URL}#smart-{block_id}-form"
    assert html.select_one(
        f"form#smart-{block_id}-form textarea[name=goal], form#smart-{block_id}-form input[name=goal]"
    )
    assert not LessonProgress.objects.filter(completed_at__isnull=False).exists()

    # "Wróć do edycji": the plain lesson, the draft in the form and no question any more.
    assert soup(client.get(URL)).select_one(".smart-confirm") is None

    response = client.post(URL, {"exercise": block_id, "action": "submit_anyway"}, follow=True)

    submission = ExerciseSubmission.objects.get()
    assert submission.status == "submitted" and submission.submitted_at is not None
    assert submission.data["indicator"] == "więcej spotkań"
    assert "Praca została oddana do sprawdzenia." in text_of(soup(response).select_one(".messages"))
    assert LessonProgress.objects.get(lesson=lesson).completed_at is not None


def test_a_goal_meeting_every_criterion_is_handed_in_at_once(client, lesson, learner):
    client.force_login(learner)
    block_id = exercise_id(lesson)

    response = post(client, lesson, action="submit", **good_goal())

    assert response["Location"] == f"{URL}#exercise-{block_id}"
    assert ExerciseSubmission.objects.get().status == "submitted"
    assert soup(client.get(f"{URL}?oddaj={block_id}")).select_one(".smart-confirm") is None


def test_a_missing_step_is_explained_once(client, lesson, learner):
    client.force_login(learner)
    goal = {key: value for key, value in good_goal().items() if not key.startswith("steps-")}

    post(client, lesson, **goal)

    checklist = soup(client.get(URL)).select(".smart-checklist__item")
    achievable = next(text_of(item) for item in checklist if text_of(item).startswith("A – Osiągalny"))
    assert achievable.count("Nie ma jeszcze żadnych kroków.") == 1


@pytest.fixture
def strict_lesson(lesson):
    page = LessonPage.objects.get(pk=lesson.pk)
    page.body = json.dumps([{"type": "smart_goal", "value": {**WORKSHEET, "require_all_criteria": True}}])
    page.save_revision().publish()
    return page


def test_the_author_may_require_every_criterion(client, strict_lesson, learner):
    client.force_login(learner)
    block_id = exercise_id(strict_lesson)
    assert "wszystkie pięć kryteriów SMART" in text_of(soup(client.get(URL)).select_one(".exercise--smart form"))

    response = client.post(URL, {"exercise": block_id, "action": "submit", **good_goal(**BELOW)}, follow=True)

    message = text_of(soup(response).select_one(".messages"))
    assert "Tę kartę można oddać dopiero wtedy, gdy cel spełnia wszystkie kryteria SMART." in message
    assert "Jeszcze niespełnione: M – Mierzalny." in message
    assert ExerciseSubmission.objects.get().status == "draft"
    assert soup(response).select_one(".smart-confirm") is None, "no 'hand in anyway' to offer"

    # A forged "hand in anyway" is refused too.
    client.post(URL, {"exercise": block_id, "action": "submit_anyway"})
    assert ExerciseSubmission.objects.get().status == "draft"

    post(client, strict_lesson, action="submit", **good_goal())
    assert ExerciseSubmission.objects.get().status == "submitted"


def test_hand_in_anyway_without_a_draft_or_after_handing_in_changes_nothing(client, lesson, learner):
    client.force_login(learner)
    block_id = exercise_id(lesson)

    assert client.post(URL, {"exercise": block_id, "action": "submit_anyway"}).status_code == 400
    assert not ExerciseSubmission.objects.exists()

    post(client, lesson, action="submit", **good_goal())
    response = client.post(URL, {"exercise": block_id, "action": "submit_anyway"}, follow=True)
    assert "można ją zmienić dopiero" in text_of(soup(response).select_one(".messages"))


# The empowerment self-assessment ------------------------------------------------------------------------


def test_saving_a_self_assessment_says_so_as_a_styled_success_message(client, assessment, learner):
    client.force_login(learner)

    response = rate(client, assessment, first="5", second="1", third="2")

    html = soup(client.get(response["Location"]))
    message = html.select_one(".messages .message")
    assert text_of(message) == "Samoocena została zapisana."
    assert "message--success" in message["class"]
    assert "oddana" not in text_of(html.select_one(".messages"))


def test_the_result_names_strengths_and_areas_to_develop_in_words(client, assessment, learner):
    client.force_login(learner)

    # "Poczucie wpływu": (5 + (6 - 1)) / 2 = 5, a strength; "Relacje i wsparcie": 2, an area to develop.
    rate(client, assessment, first="5", second="1", third="2")
    reading = text_of(soup(client.get(EMPOWERMENT_URL)).select_one(".empowerment-reading"))
    assert "Mocne strony: Poczucie wpływu." in reading
    assert "Wymiary do rozwoju: Relacje i wsparcie." in reading
    assert "średnio na 4 lub wyżej (na skali od 1 do 5)" in reading and "poniżej 3" in reading

    # Everything in the middle: no strength and nothing below the middle, said as such.
    rate(client, assessment, first="3", second="3", third="3")
    reading = text_of(soup(client.get(EMPOWERMENT_URL)).select_one(".empowerment-reading"))
    assert "Mocne strony: żaden wymiar nie ma jeszcze średniej 4 lub wyższej." in reading
    assert "Najwyżej ocenione wymiary: Poczucie wpływu, Relacje i wsparcie." in reading
    assert "Wymiary do rozwoju: żaden wymiar nie ma średniej poniżej 3." in reading
