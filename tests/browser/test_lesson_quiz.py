"""A lesson with a quiz in a real browser: no WCAG violations, and the quiz answered by keyboard alone."""

import pytest

from tests.browser.helpers import LEARNER, assert_no_violations, quiz_lesson_url, sign_in

pytestmark = pytest.mark.browser


def test_lesson_with_a_quiz_has_no_wcag_violations(page):
    sign_in(page, LEARNER)

    response = page.goto(quiz_lesson_url())

    assert response is not None and response.status == 200
    assert page.locator("fieldset.quiz__question").count() >= 3
    assert page.locator("h1").count() == 1
    assert_no_violations(page, "lesson with a quiz")


def test_quiz_is_answered_with_the_keyboard_alone(page):
    sign_in(page, LEARNER)
    page.goto(quiz_lesson_url())
    questions = page.locator("fieldset.quiz__question")

    # Tab into each question and tick its first answer with the space bar, then submit with Enter.
    page.locator("form.quiz__form input[type=hidden][name=quiz]").first.evaluate(
        "el => el.form.querySelector('input:not([type=hidden])').focus()"
    )
    for number in range(questions.count()):
        page.keyboard.press("Space")
        checkboxes = questions.nth(number).locator("input[type=checkbox]").count()
        page.keyboard.press("Tab")
        for _ in range(max(checkboxes - 1, 0)):
            page.keyboard.press("Tab")  # each checkbox is a tab stop; a radio group is one
    focused = page.evaluate("document.activeElement.tagName + ':' + document.activeElement.type")
    assert focused == "BUTTON:submit"
    page.keyboard.press("Enter")

    page.wait_for_selector(".quiz__result")
    assert "Twój wynik:" in page.inner_text(".quiz__result")
    assert_no_violations(page, "quiz result")
