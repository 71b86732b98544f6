"""Quiz answers and self-assessment ratings in Unicode digits and spaces (issue 19, item 5).

A quiz answer travels as the answer's index ("0", "1"...) and a rating as a number on the scale: "²"
made a 500 (``isdigit()`` accepts it, ``int()`` does not) and "٠" or "０" counted as answer 0. Now
neither is an answer: the question is left unanswered, the rating is reported as missing in Polish,
and what was saved before is kept.
"""

import pytest

from courses.models import ExerciseSubmission, QuizAttempt
from tests.courses.smart_worksheet import rate
from tests.courses.utils import quiz_id
from tests.portal.utils import soup, text_of
from tests.unicode_input import NOT_ASCII_NUMBERS

QUIZ_URL = "/szkola-kooperacji/kooperacja-w-praktyce/zespol/"
# The first question's right answer is number 0: each of these would be read as 0 by int().
ZERO_LOOKALIKES = {
    "superscript": "²",
    "arabic-indic-zero": "٠",
    "full-width-zero": "０",
    "no-break-space": "\u00a00",
    "em-space": "0\u2003",
    "ideographic-space": "\u30000",
    "zero-width-space": "0\u200b",
}


@pytest.mark.parametrize("value", ZERO_LOOKALIKES.values(), ids=ZERO_LOOKALIKES.keys())
def test_a_quiz_answer_in_unicode_digits_is_no_answer_and_no_error(client, school, member, value):
    client.force_login(member)
    quiz_lesson = school[3]

    response = client.post(QUIZ_URL, {"quiz": quiz_id(quiz_lesson), "q0": value, "q1": ["0", "1"], "q2": "1"})

    assert response.status_code in (200, 302, 400)
    for attempt in QuizAttempt.objects.all():  # if the quiz was scored at all, question 1 had no answer
        assert attempt.answers[0] == []
    assert not QuizAttempt.objects.filter(answers__0=[0]).exists()


@pytest.mark.parametrize("value", NOT_ASCII_NUMBERS.values(), ids=NOT_ASCII_NUMBERS.keys())
def test_a_rating_in_unicode_digits_is_reported_in_polish_and_the_last_result_is_kept(
    client,
    assessment,
    learner,
    value,
):
    client.force_login(learner)
    rate(client, assessment, first="2", second="4", third="3")
    saved = ExerciseSubmission.objects.get(kind="empowerment").data

    response = rate(client, assessment, first=value, second="4", third="3")

    assert response.status_code == 400
    invalid = soup(response).select("fieldset.rating--invalid legend")
    assert [text_of(legend) for legend in invalid] == ["Mam wpływ na to, co dzieje się w moim życiu."]
    assert ExerciseSubmission.objects.filter(kind="empowerment").count() == 1
    assert ExerciseSubmission.objects.get(kind="empowerment").data == saved
