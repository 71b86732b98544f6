"""Issue 19, items 11 and 12: an incomplete quiz is not scored, the author chooses when the correct answers
show, a pass on the last attempt is not followed by "out of attempts", and one instruction per question."""

import json

import pytest

from courses import learning
from courses.blocks import QuestionBlock
from courses.models import Enrolment, QuizAttempt
from tests.courses.utils import QUIZ, RIGHT, WRONG, make_learner
from tests.factories import CourseIndexPageFactory, CoursePageFactory, LessonPageFactory
from tests.portal.utils import soup, text_of

URL = "/szkola-kooperacji/cele-smart/test/"
FEEDBACK = [answer["feedback"] for question in QUIZ["questions"] for answer in question["answers"]]
CORRECT_FEEDBACK = [
    answer["feedback"] for question in QUIZ["questions"] for answer in question["answers"] if answer["correct"]
]


def make_course(home, **quiz):
    index = CourseIndexPageFactory(parent=home)
    course = CoursePageFactory(parent=index, title="Cele SMART", slug="cele-smart")
    LessonPageFactory(
        parent=course,
        title="Sprawdź się",
        slug="test",
        completion="quiz",
        body=json.dumps([{"type": "quiz", "value": {**QUIZ, "max_attempts": 2, **quiz}}]),
    )
    return course


@pytest.fixture
def course(home):
    return make_course(home)  # no "show_answers": content saved before the choice existed


@pytest.fixture
def learner_client(client, course):
    learner = make_learner("Ewa")
    learning.enrol(learner, course)
    client.force_login(learner)
    return client


def post(client, course, answers, **kwargs):
    return client.post(URL, {"quiz": quiz_id_of(course), **answers}, **kwargs)


def quiz_id_of(course):
    lesson = course.lessons[0]
    return next(block.id for block in lesson.body if block.block_type == "quiz")


def assert_no_correct_answer_in(html):
    for feedback in FEEDBACK:
        assert feedback not in html
    assert "Poprawna odpowiedź" not in html


@pytest.mark.parametrize(
    ("answers", "missing"),
    [
        ({}, [1, 2, 3]),
        ({"q0": "0", "q2": ""}, [2, 3]),
        ({"q0": ["0", "1"], "q1": ["0", "1"], "q2": "1"}, [1]),  # a single-choice question answered twice
        ({"q1": ["7", "x", "²"], "q0": "0", "q2": "1"}, [2]),  # nothing valid chosen
    ],
)
def test_an_incomplete_quiz_is_not_scored_names_the_questions_and_keeps_the_answers(
    learner_client, course, answers, missing
):
    response = post(learner_client, course, answers)

    assert response.status_code == 400
    assert QuizAttempt.objects.count() == 0, "no attempt used"
    html = soup(response)
    summary = html.select_one(".quiz .error-summary")
    words = " ".join(summary.get_text().split())
    expected = "Bez odpowiedzi: " + ", ".join(str(number) for number in missing) + "."
    assert "Odpowiedz na wszystkie pytania." in words and expected in words
    assert "nie liczy się to jako podejście" in words
    for link, number in zip(summary.select("a"), missing, strict=True):
        fieldset = html.select_one(link["href"])
        assert fieldset.name == "fieldset" and fieldset.legend.get_text().startswith(f"{number}.")
        error = html.select_one("#" + fieldset["aria-describedby"].split()[-1])
        assert text_of(error) == "To pytanie nie ma jeszcze odpowiedzi."
    if answers.get("q0") == "0":  # the answers already given are ticked again
        assert html.select_one("input[name=q0][value='0']").has_attr("checked")
        assert not html.select_one("input[name=q0][value='1']").has_attr("checked")
    assert html.select_one(".quiz__result") is None
    assert_no_correct_answer_in(response.content.decode())
    assert "Zostały 2 podejścia." not in text_of(html.select_one(".quiz"))  # nothing was counted

    # After two incomplete tries the learner still has both attempts.
    post(learner_client, course, answers)
    response = post(learner_client, course, WRONG, follow=True)
    assert QuizAttempt.objects.count() == 1
    assert "Jeszcze niezaliczone." in text_of(soup(response).select_one(".quiz__result"))


def test_a_post_without_any_question_never_reaches_the_scoring(learner_client, course):
    enrolment = Enrolment.objects.get()
    block = next(block for block in course.lessons[0].body if block.block_type == "quiz")
    with pytest.raises(learning.QuestionsUnanswered) as refused:
        learning.submit_quiz(enrolment, course.lessons[0], block, [[0]])
    assert refused.value.numbers == [2, 3]
    assert QuizAttempt.objects.count() == 0


# What the learner sees after each attempt (False: the correct answers hidden, True: shown), for the
# attempts WRONG, WRONG (the last of two) and, separately, RIGHT at the first attempt.
RULES = {
    None: ([False, True], True),  # the default: after passing or after the last attempt
    "passed_or_last": ([False, True], True),
    "passed": ([False, False], True),
    "last_attempt": ([False, True], False),
    "never": ([False, False], False),
}


def shows_correct_answers(response):
    html = response.content.decode()
    shown = [feedback for feedback in CORRECT_FEEDBACK if feedback in html]
    if not shown:
        assert_no_correct_answer_in(html)
        return False
    assert shown == CORRECT_FEEDBACK
    return True


@pytest.mark.parametrize("rule", RULES)
def test_the_author_chooses_when_the_correct_answers_are_shown(client, home, rule):
    course = make_course(home, **({"show_answers": rule} if rule else {}))
    wrong_attempts, after_pass = RULES[rule]
    learner, passing = make_learner("Ewa"), make_learner("Jan")
    learning.enrol(learner, course)
    learning.enrol(passing, course)

    client.force_login(learner)
    for expected in wrong_attempts:
        response = post(client, course, WRONG, follow=True)
        assert "Jeszcze niezaliczone." in text_of(soup(response).select_one(".quiz__result"))
        assert shows_correct_answers(response) is expected
        if not expected:
            result = text_of(soup(response).select_one(".quiz__result"))
            assert "Twoja odpowiedź: Dzielnicowy" in result and "Źle." in result

    client.force_login(passing)
    response = post(client, course, RIGHT, follow=True)
    assert "Zaliczone." in text_of(soup(response).select_one(".quiz__result"))
    assert shows_correct_answers(response) is after_pass


def test_passing_on_the_last_attempt_does_not_say_the_attempts_ran_out(learner_client, course):
    post(learner_client, course, WRONG)
    response = post(learner_client, course, RIGHT, follow=True)

    quiz = text_of(soup(response).select_one(".quiz"))
    assert "Zaliczono ten test." in quiz
    assert "Wykorzystano" not in quiz and "Skontaktuj się z koordynatorem" not in quiz
    assert "Zostało 0" not in quiz

    # Posting once more (a second tab): still no "out of attempts" for a learner who passed.
    response = post(learner_client, course, WRONG, follow=True)
    messages = text_of(soup(response).select_one(".messages"))
    assert "Ten test jest już zaliczony." in messages and "Wykorzystano" not in messages
    assert QuizAttempt.objects.count() == 2


def test_failing_on_the_last_attempt_still_points_to_the_coordinator(learner_client, course):
    post(learner_client, course, WRONG)
    response = post(learner_client, course, WRONG, follow=True)

    quiz = text_of(soup(response).select_one(".quiz"))
    assert "Wykorzystano wszystkie podejścia do tego testu." in quiz and "Zaliczono" not in quiz


def test_a_multiple_choice_question_carries_one_instruction_tied_to_its_fieldset(learner_client, course):
    html = soup(learner_client.get(URL))

    fieldsets = html.select("fieldset.quiz__question")
    instruction = "Zaznacz wszystkie poprawne odpowiedzi."
    assert [text_of(fieldset).count("Zaznacz wszystkie") for fieldset in fieldsets] == [0, 1, 0]
    hint = html.select_one("#" + fieldsets[1]["aria-describedby"])
    assert text_of(hint) == instruction and hint.parent == fieldsets[1]
    assert "Zaznacz wszystkie" not in text_of(fieldsets[1].legend)


@pytest.mark.parametrize(
    ("text", "refused"),
    [
        ("Co powinien zawierać plan? (zaznacz wszystkie poprawne odpowiedzi)", True),
        ("Które instytucje? Zaznacz wszystkie poprawne.", True),
        ("Które instytucje mogą należeć do zespołu?", False),
    ],
)
def test_an_author_cannot_type_the_instruction_the_portal_adds(text, refused):
    from wagtail.blocks import StructBlockValidationError

    block = QuestionBlock()
    value = block.to_python({**QUIZ["questions"][1], "text": text})
    if refused:
        with pytest.raises(StructBlockValidationError) as error:
            block.clean(value)
        assert "portal dodaje" in str(error.value.block_errors["text"])
    else:
        block.clean(value)
