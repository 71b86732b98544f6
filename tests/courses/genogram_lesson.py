"""The genogram exercise lesson: data and helpers for the tests of the genogram editor over HTTP
(the ``lesson`` fixtures build it with make_lesson)."""

import json

from courses import learning
from courses.models import ExerciseSubmission, LessonPage
from tests.factories import CourseIndexPageFactory, CoursePageFactory, LessonPageFactory, UserFactory
from tests.portal.utils import soup

LESSON_URL = "/szkola-kooperacji/genogram/cwiczenie/"
CASE = {
    "version": 1,
    "people": [
        {"id": "kacper", "name": "Kacper", "sex": "male", "birth_year": 2012, "index": True},
        {"id": "anna", "name": "Anna", "sex": "female", "birth_year": 1992},
    ],
    "couples": [],
    "household": ["anna", "kacper"],
    "relations": [],
}


def block_value(**changes):
    value = {
        "title": "Genogram rodziny Wiśniewskich",
        "instructions": "<p>Dokończ genogram rodziny.</p>",
        "case": "<p>Pani Anna mieszka z synem Kacprem.</p>",
        "starting_genogram": json.dumps(CASE),
        "requires_acceptance": False,
    }
    value.update(changes)
    return value


def make_lesson(home):
    """A course "Genogram" with one exercise lesson holding the genogram block."""
    index = CourseIndexPageFactory(parent=home)
    course = CoursePageFactory(parent=index, title="Genogram", slug="genogram")
    return LessonPageFactory(
        parent=course,
        title="Ćwiczenie",
        slug="cwiczenie",
        completion="exercise",
        body=json.dumps([{"type": "genogram", "value": block_value()}]),
    )


def make_learner(lesson, username="ewa"):
    user = UserFactory(username=username)
    learning.enrol(user, lesson.get_parent().specific)
    return user


def editor_url(lesson):
    block_id = LessonPage.objects.get(pk=lesson.pk).body[0].id
    return f"{LESSON_URL}genogram/{block_id}/"


def revision(client, url):
    return soup(client.get(url)).select_one("input[name=revision]")["value"]


def change(client, url, action, **data):
    """Post one change the way the page does: with the revision the page was drawn from."""
    return client.post(url, {"action": action, "revision": revision(client, url), **data})


def stored(learner):
    return ExerciseSubmission.objects.get(enrolment__user=learner).data["genogram"]
