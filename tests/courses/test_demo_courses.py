"""The demo's courses agree with themselves (issue 19, items 12 and 15): each course's time is what its
lessons add up to ("Genogram w pracy socjalnej" said 60 minutes for 100), and no multiple-choice question
repeats the instruction the portal shows."""

import pytest
from django.contrib.auth import get_user_model

from courses.models import CoursePage, LessonPage
from courses.templatetags.courses_tags import duration
from portal.visibility import public
from tests.portal.utils import soup, text_of


@pytest.fixture
def demo(demo_portal, db):
    return demo_portal


def test_each_demo_course_states_the_sum_of_its_lessons(client, demo):
    index = soup(client.get("/szkola-kooperacji/"))
    listed = {text_of(item.select_one(".listing-item__title")): text_of(item) for item in index.select(".listing-item")}
    assert len(listed) == CoursePage.objects.live().filter(locale__language_code="pl").count() == 4

    for course in CoursePage.objects.live().filter(locale__language_code="pl"):
        minutes = sum(lesson.estimated_minutes for lesson in public(LessonPage.objects.child_of(course)))
        facts = text_of(soup(client.get(course.url)).select_one("dl.facts"))
        assert f"Czas {duration(minutes)} " in facts, course.title
        assert duration(minutes) in listed[course.title]

    genogram = text_of(soup(client.get("/szkola-kooperacji/genogram-w-pracy-socjalnej/")).select_one("dl.facts"))
    assert "Czas 1 godz. 40 min" in genogram and "60 minut" not in genogram


def test_demo_quizzes_show_the_multiple_choice_instruction_once(client, demo):
    client.force_login(get_user_model().objects.filter(is_superuser=True).first())
    lessons = [
        lesson
        for lesson in LessonPage.objects.live().filter(locale__language_code="pl")
        if any(b.block_type == "quiz" for b in lesson.body)
    ]
    assert len(lessons) >= 4

    multiple = 0
    for lesson in lessons:
        html = soup(client.get(lesson.url))
        for fieldset in html.select("fieldset.quiz__question"):
            assert "zaznacz wszystkie" not in text_of(fieldset.legend).lower(), lesson.title
            count = text_of(fieldset).lower().count("zaznacz wszystkie")
            assert count == (1 if fieldset.select("input[type=checkbox]") else 0), lesson.title
            multiple += count
    assert multiple >= 8
