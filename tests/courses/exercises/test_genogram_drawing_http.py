"""Over HTTP: a learner who imports a genogram that once hung or broke the layout sees it drawn; a genogram
that cannot be drawn within the layout's time budget is explained in Polish, not kept, and never a 500."""

import importlib
import io
import json

import pytest

from courses.models import ExerciseSubmission, LessonPage
from tests.courses.exercises.genogram_generated import CASES
from tests.courses.genogram_lesson import LESSON_URL, change, editor_url, make_learner, stored
from tests.portal.utils import soup, text_of

# The module (the package exports its function layout() under the same name).
layout_module = importlib.import_module("courses.exercises.genogram.layout")
TOO_SLOW = "Genogram jest zbyt złożony, by narysować go w ciągu"


def upload(data, name="rodzina.json"):
    file = io.BytesIO(json.dumps(data).encode())
    file.name = name
    return file


@pytest.mark.parametrize("name", CASES)
def test_an_imported_case_that_broke_the_layout_is_drawn(client, lesson, name):
    learner = make_learner(lesson)
    client.force_login(learner)
    url = editor_url(lesson)
    response = change(client, url, "import", **{"import-file": upload(CASES[name]), "import-replace": "on"})
    assert response.status_code == 302
    assert {person["id"] for person in stored(learner)["people"]} == {p["id"] for p in CASES[name]["people"]}
    page = soup(client.get(url))
    drawn = {group["id"] for group in page.select(".genogram-figure svg g.genogram-person")}
    assert drawn == {f"genogram-person-{person['id']}" for person in CASES[name]["people"]}


def test_a_genogram_over_the_time_budget_is_explained_in_polish_and_not_kept(client, lesson, monkeypatch):
    learner = make_learner(lesson)
    client.force_login(learner)
    url = editor_url(lesson)
    monkeypatch.setattr(layout_module, "LAYOUT_SECONDS", 0)  # no layout fits: as if the genogram were far too complex
    page = client.get(url)
    assert page.status_code == 200
    assert TOO_SLOW in text_of(soup(page).select_one("#problems"))
    assert not soup(page).select(".genogram-figure svg"), "no drawing, but the text and the forms"
    assert soup(page).select_one(".genogram-text") and soup(page).select_one("form#person-form")

    response = change(
        client, url, "import", **{"import-file": upload(CASES["brothers-out-of-birth-order"]), "import-replace": "on"}
    )
    assert response.status_code == 400
    assert TOO_SLOW in text_of(soup(response).select_one("#problems"))
    assert not ExerciseSubmission.objects.exists(), "a genogram that cannot be drawn is not kept"

    lesson_page = client.get(LESSON_URL)
    assert lesson_page.status_code == 200
    assert TOO_SLOW in text_of(soup(lesson_page).select_one(".exercise--genogram"))
    block_id = LessonPage.objects.get(pk=lesson.pk).body[0].id
    download = client.get(f"{LESSON_URL}cwiczenie/{block_id}/pobierz/svg/")
    assert download.status_code == 503 and download["Retry-After"]
    assert TOO_SLOW in text_of(soup(download).find("main"))

    monkeypatch.setattr(layout_module, "LAYOUT_SECONDS", 3)
    response = change(
        client, url, "import", **{"import-file": upload(CASES["brothers-out-of-birth-order"]), "import-replace": "on"}
    )
    assert response.status_code == 302 and len(stored(learner)["people"]) == 5
