"""The learner screens issue 19 added (items 11, 13, 15) in a real browser, at 320 px and 1366 px: no WCAG
violation and nothing scrolling sideways. With SCREENSHOT_DIR set, each state is also saved as a PNG."""

import os
from pathlib import Path

import pytest

from tests.browser.helpers import LEARNER, assert_no_violations, quiz_lesson_url, sign_in, smart_lesson_url

pytestmark = pytest.mark.browser
WIDTHS = (320, 1366)


def check(page, name):
    """At each width: no sideways scrolling (WCAG 1.4.10), no axe violation, and a screenshot if asked."""
    for width in WIDTHS:
        page.set_viewport_size({"width": width, "height": 900})
        assert page.evaluate("document.documentElement.scrollWidth") <= width, f"{name} scrolls at {width} px"
        if os.environ.get("SCREENSHOT_DIR"):
            folder = Path(os.environ["SCREENSHOT_DIR"])
            folder.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(folder / f"{name}-{width}.png"), full_page=True)
    assert_no_violations(page, name)


def test_an_unanswered_quiz_is_named_question_by_question(page):
    sign_in(page, LEARNER)
    page.goto(quiz_lesson_url())
    page.locator("fieldset.quiz__question").first.locator("input").first.check()

    page.locator(".quiz__form button[type=submit]").first.click()

    summary = page.locator(".quiz .error-summary")
    assert "Odpowiedz na wszystkie pytania." in summary.inner_text()
    assert page.locator("fieldset.quiz__question").first.locator("input").first.is_checked()
    summary.locator("a").first.click()  # the link leads to the unanswered question's fieldset
    assert page.evaluate("location.hash").startswith("#quiz-")
    check(page, "quiz-unanswered")


def test_a_smart_goal_below_the_criteria_asks_before_it_is_handed_in(page):
    url = smart_lesson_url()
    sign_in(page, LEARNER)
    page.goto(url)
    page.locator(".exercise--smart textarea[name=goal], .exercise--smart input[name=goal]").first.fill(
        "Pani Marta zapisze Zosię do przedszkola do końca września."
    )

    page.locator(".exercise--smart button[value=submit]").click()

    confirm = page.locator(".smart-confirm")
    assert "Oddać cel, który nie spełnia wszystkich kryteriów SMART?" in confirm.inner_text()
    check(page, "smart-confirm")
    confirm.locator("button[value=submit_anyway]").click()
    assert "Praca została oddana do sprawdzenia." in page.inner_text(".messages")


def test_a_saved_self_assessment_reads_out_its_strengths(page):
    from django.contrib.auth import get_user_model

    from courses import learning
    from courses.models import CoursePage, LessonPage

    course = CoursePage.objects.get(slug="empowerment")
    learning.enrol(get_user_model().objects.get(username=LEARNER), course)
    sign_in(page, LEARNER)
    page.goto(LessonPage.objects.live().child_of(course).get(completion="exercise").url)
    groups = page.locator(".exercise--empowerment fieldset.rating")
    for number in range(groups.count()):
        groups.nth(number).locator("input[type=radio]").nth(4 if number % 3 == 0 else 1).check()

    page.locator(".exercise--empowerment button[type=submit]").click()

    assert page.inner_text(".messages") == "Samoocena została zapisana."
    reading = page.inner_text(".empowerment-reading")
    assert "Mocne strony:" in reading and "Wymiary do rozwoju:" in reading
    check(page, "empowerment-result")


def test_a_course_page_states_its_time_in_hours_and_minutes(page):
    page.goto("/szkola-kooperacji/genogram-w-pracy-socjalnej/")
    assert "1 godz. 40 min" in page.inner_text("dl.facts")
    check(page, "course-time")
