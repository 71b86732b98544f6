"""Exercises in a real browser: the SMART goal worksheet has no WCAG violations, empty or with errors."""

import pytest

from tests.browser.helpers import LEARNER, assert_no_violations, log_in, sign_in, smart_lesson_url

pytestmark = pytest.mark.browser


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

    work = ExerciseSubmission.objects.filter(enrolment__user__username="a.szymanska")
    log_in(page, "koordynator")

    page.goto("/admin/prace-uczestnikow/")
    assert_no_violations(page, "list of learners' exercises")
    page.goto(f"/admin/prace-uczestnikow/{work.get(kind='smart').public_id}/")
    assert "Pani Marta" in page.inner_text("main")
    assert_no_violations(page, "a learner's SMART worksheet under review")
    page.goto(f"/admin/prace-uczestnikow/{work.get(kind='genogram').public_id}/")
    assert "Kacper" in page.locator("main figure svg").first.text_content()
    assert "Genogram opisany słowami" in page.inner_text("main")
    assert_no_violations(page, "a learner's genogram under review")


def genogram_lesson_url():
    from django.contrib.auth import get_user_model

    from courses import learning
    from courses.models import CoursePage, LessonPage

    course = CoursePage.objects.get(slug="genogram-w-pracy-socjalnej")
    learning.enrol(get_user_model().objects.get(username=LEARNER), course)
    return LessonPage.objects.live().child_of(course).get(completion="exercise").url


def choose(page, selector, letters):
    """Pick an option of a closed <select> the keyboard way: focus it and type the first letters."""
    page.locator(selector).focus()
    page.keyboard.type(letters)


def submit_with_keyboard(page, button_selector=None):
    """Enter on the focused field (or on the button given) and wait for the page that comes back."""
    if button_selector:
        page.locator(button_selector).focus()
    with page.expect_navigation():
        page.keyboard.press("Enter")


def test_genogram_built_by_keyboard_alone_is_drawn_and_described(page):
    url = genogram_lesson_url()
    sign_in(page, LEARNER)
    page.goto(url)
    assert_no_violations(page, "lesson with the genogram exercise")

    link = page.locator(".exercise--genogram a.button")
    link.focus()
    page.keyboard.press("Enter")
    page.wait_for_selector("#person-form")
    assert_no_violations(page, "genogram editor with the starting case")

    # Three people: type the name, pick the sex by its first letter, Tab to the year, Enter submits.
    for name, sex, year in (("Marek", "M", "1988"), ("Józef", "M", "1958"), ("Halina", "K", "1964")):
        page.locator("#id_person-name").focus()
        page.keyboard.type(name)
        page.keyboard.press("Tab")
        page.keyboard.type(sex)
        page.keyboard.press("Tab")
        page.keyboard.type(year)
        submit_with_keyboard(page)
        assert name in page.inner_text(".messages")

    # A marriage of Józef and Halina, then Anna as their child.
    choose(page, "#id_couple-partner_a", "J")
    choose(page, "#id_couple-partner_b", "H")
    page.locator("#id_couple-start_year").focus()
    page.keyboard.type("1985")
    submit_with_keyboard(page)
    assert "Para została dodana." in page.inner_text(".messages")

    choose(page, "#id_child-couple", "J")
    choose(page, "#id_child-person", "A")
    submit_with_keyboard(page, "#child-form button[value=add_child]")
    assert "Anna" in page.inner_text(".messages")

    # A conflict between Kacper and Marek.
    choose(page, "#id_relation-a", "K")
    choose(page, "#id_relation-b", "M")
    choose(page, "#id_relation-kind", "K")
    submit_with_keyboard(page, "#relation-form button[value=add_relation]")
    assert "Relacja została dodana." in page.inner_text(".messages")

    drawing = page.locator(".genogram-figure svg").text_content()
    for name in ("Marek", "Józef", "Halina", "Anna", "Kacper"):
        assert name in drawing
    words = page.inner_text(".genogram-text")
    assert "Józef" in words and "Halina" in words and "onflikt" in words
    assert page.locator(".genogram-figure svg .genogram-lines").count() == 1
    assert_no_violations(page, "genogram editor after building the family")

    # A form with an error is announced and still accessible.
    submit_with_keyboard(page, "#person-form button[value=add_person]")
    assert page.locator(".error-summary").count() == 1
    assert_no_violations(page, "genogram editor with a form error")
