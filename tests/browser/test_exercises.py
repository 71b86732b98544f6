"""Exercises in a real browser: the SMART goal worksheet has no WCAG violations, empty or with errors."""

import pytest

from tests.browser.test_admin_accessibility import assert_no_violations
from tests.browser.test_learner_pages import LEARNER, sign_in

pytestmark = pytest.mark.browser


def smart_lesson_url():
    from django.contrib.auth import get_user_model

    from courses import learning
    from courses.models import CoursePage, LessonPage

    course = CoursePage.objects.get(slug="cele-smart")
    learning.enrol(get_user_model().objects.get(username=LEARNER), course)
    return LessonPage.objects.live().child_of(course).get(completion="exercise").url


def test_smart_worksheet_is_accessible_filled_by_keyboard_and_checked(page):
    url = smart_lesson_url()
    sign_in(page, LEARNER)
    page.goto(url)
    assert page.locator(".exercise--smart form").count() == 1
    assert_no_violations(page, "SMART worksheet")

    # Type the goal and a deadline that does not exist, then save with the keyboard.
    page.locator(".exercise--smart textarea[name=goal], .exercise--smart input[name=goal]").first.focus()
    page.keyboard.type("Pani Marta zapisze Zosię do przedszkola do końca września.")
    page.fill(".exercise--smart input[name=indicator]", "liczba dni w przedszkolu: 15")
    page.fill(".exercise--smart input[name=deadline]", "2031-02-03")
    page.locator(".exercise--smart button[value=save]").focus()
    page.keyboard.press("Enter")

    page.wait_for_selector(".smart-checklist")
    assert "Szkic został zapisany." in page.inner_text(".messages")
    assert "Co sprawdził portal" in page.inner_text(".smart-checklist")
    assert_no_violations(page, "SMART worksheet with its checklist")


def test_empowerment_self_assessment_is_accessible_by_keyboard_and_shows_its_chart(page):
    from django.contrib.auth import get_user_model

    from courses import learning
    from courses.models import CoursePage, LessonPage

    course = CoursePage.objects.get(slug="empowerment")
    learning.enrol(get_user_model().objects.get(username=LEARNER), course)
    url = LessonPage.objects.live().child_of(course).get(completion="exercise").url
    sign_in(page, LEARNER)
    page.goto(url)
    assert_no_violations(page, "empowerment self-assessment")

    # Each statement is a radio group: Tab reaches it, the arrow keys choose a rating.
    groups = page.locator(".exercise--empowerment fieldset.rating")
    for number in range(groups.count()):
        groups.nth(number).locator("input[type=radio]").first.focus()
        page.keyboard.press("ArrowRight")
        page.keyboard.press("ArrowRight")
    page.locator(".exercise--empowerment button[type=submit]").focus()
    page.keyboard.press("Enter")

    page.wait_for_selector(".empowerment-result svg")
    assert "Ogółem" in page.inner_text(".empowerment-result table")
    assert_no_violations(page, "empowerment result")


def test_coordinators_review_of_exercises_has_no_wcag_violations(page):
    from courses.models import ExerciseSubmission
    from tests.browser.test_admin_accessibility import log_in

    submission = ExerciseSubmission.objects.get(enrolment__user__username="a.szymanska")
    log_in(page, "koordynator")

    page.goto("/admin/prace-uczestnikow/")
    assert_no_violations(page, "list of learners' exercises")
    page.goto(f"/admin/prace-uczestnikow/{submission.public_id}/")
    assert "Pani Marta" in page.inner_text("main")
    assert_no_violations(page, "a learner's SMART worksheet under review")
