"""The demo's courses agree with themselves (issue 19, items 12 and 15): each course's time is what its
lessons add up to ("Genogram w pracy socjalnej" said 60 minutes for 100), and no multiple-choice question
repeats the instruction the portal shows. Issue 20: every time a course states is that sum (or a lesson's
own), and the genogram case agrees between the lesson, the exercise and its starting genogram."""

import json
import re

import pytest
from django.contrib.auth import get_user_model

from courses.models import Certificate, CoursePage, LessonPage
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


# Issue 20: the genogram course agrees with itself ---------------------------------------------------

DURATION = re.compile(r"\d+ godz\.(?: \d+ min)?|\d+ minut\w*")


def lesson_pages(course):
    return list(public(LessonPage.objects.child_of(course)).specific())


def test_every_time_stated_in_a_demo_course_is_its_lessons_sum_or_a_lessons_own(client, demo):
    """Wherever a number of minutes appears in a course (its page, its lessons, the certificate of a
    learner who finished it), it is the sum of the lessons' times or, beside a lesson, that lesson's time."""
    client.force_login(get_user_model().objects.filter(is_superuser=True).first())
    for course in CoursePage.objects.live().filter(locale__language_code="pl"):
        lessons = lesson_pages(course)
        total = sum(lesson.estimated_minutes for lesson in lessons)
        allowed = {duration(total)} | {duration(lesson.estimated_minutes) for lesson in lessons}
        stated = DURATION.findall(text_of(soup(client.get(course.url)).find("main")))
        assert duration(total) in stated and set(stated) <= allowed, (course.title, stated)
        for lesson in lessons:
            stated = DURATION.findall(text_of(soup(client.get(lesson.url)).find("main")))
            assert set(stated) <= allowed, (lesson.title, stated)
        for certificate in Certificate.objects.filter(enrolment__course=course):
            assert certificate.minutes == total, (course.title, certificate.minutes)

    genogram = CoursePage.objects.get(slug="genogram-w-pracy-socjalnej", locale__language_code="pl")
    assert sum(lesson.estimated_minutes for lesson in lesson_pages(genogram)) == 100
    assert Certificate.objects.exists()


def test_the_genogram_exercise_starts_where_the_lesson_leaves_the_wisniewski_family(client, demo):
    """The genogram was drawn "na pierwszej wizycie" in the exercise and "podczas drugiej wizyty" in the
    lesson; the people, their ages and years must agree between the lesson, the case and the starting
    genogram."""
    client.force_login(get_user_model().objects.filter(is_superuser=True).first())
    course = CoursePage.objects.get(slug="genogram-w-pracy-socjalnej", locale__language_code="pl")
    lessons = {lesson.slug: lesson for lesson in lesson_pages(course)}
    lesson = text_of(soup(client.get(lessons["rysowanie-wzorce-etyka"].url)).find("main"))
    exercise_page = lessons["cwiczenie-genogram-wisniewskich"]
    exercise = text_of(soup(client.get(exercise_page.url)).find("main"))
    block = next(block for block in exercise_page.body if block.block_type == "genogram")
    start = json.loads(block.value["starting_genogram"])

    assert "drugiej wizyty" in lesson and "drugiej wizyty" in exercise
    assert "pierwszej wizy" not in lesson + exercise
    assert "związek nieformalny" in exercise and "konkubin" not in exercise

    # Ages in the texts and years in the genogram and the instructions point at one "now".
    stems = {"Ann": "Anna", "Kac": "Kacper", "Zuz": "Zuzia", "Mar": "Marek", "Hal": "Halina"}
    born = {person["name"]: person["birth_year"] for person in start["people"]}
    for stem, name in stems.items():
        for year in re.findall(rf"\b{stem}\w* \(ur\. (\d{{4}})", exercise):
            assert born.setdefault(name, int(year)) == int(year), name
    ages = {}
    for text in (lesson, exercise):
        for stem, age in re.findall(rf"\b({'|'.join(stems)})\w*(?: Wiśniewsk\w+)? \((\d+) lat", text):
            ages.setdefault(stems[stem], set()).add(int(age))
    assert set(ages) == set(stems.values()), ages
    nows = {born[name] + age for name, found in ages.items() for age in found}
    assert len(nows) == 1, (born, ages)

    # The parents' marriage and divorce: the same years in the lesson, the case and the genogram.
    couple = next(couple for couple in start["couples"] if set(couple["partners"]) == {"tomasz", "anna"})
    assert f"„ś. {couple['start_year']}”" in lesson and f"„r. {couple['end_year']}”" in lesson
    assert f"ślub w {couple['start_year']}" in exercise and f"rozwiodła się w {couple['end_year']}" in exercise
    assert "Lipowym Grodzie" in lesson and "Lipowym Grodzie" in exercise
