"""Szkoła Kooperacji: the course list, a course page, lessons for signed-in members, quizzes scored on the server."""

import pytest
from wagtail.blocks import StructBlockValidationError

from courses.blocks import QuestionBlock
from courses.models import CoursePage, LessonPage, QuizAttempt
from tests.courses.utils import QUIZ, quiz_id
from tests.portal.utils import soup, text_of


def test_course_index_lists_the_courses_with_their_time(client, school):
    html = soup(client.get("/szkola-kooperacji/"))

    titles = [text_of(title) for title in html.select(".listing-item__title")]
    assert titles == ["Kooperacja w praktyce", "Genogram w pracy socjalnej"]
    meta = [text_of(item) for item in html.select(".listing-item__meta")]
    assert meta[0].startswith("1 godz. 40 min"), "the lessons' 25 + 75 minutes"
    assert meta[1].startswith("0 minut")


def test_a_courses_time_is_the_sum_of_its_lessons_in_polish_words(client, school):
    _index, basics, _genogram, quiz_lesson = school
    facts = soup(client.get("/szkola-kooperacji/kooperacja-w-praktyce/")).select_one("dl.facts")
    assert "Czas 1 godz. 40 min" in text_of(facts)

    first = LessonPage.objects.get(slug="czym-jest-kooperacja")
    first.estimated_minutes = 0
    first.save_revision().publish()
    for minutes, expected in [
        (1, "1 minuta"),
        (2, "2 minuty"),
        (5, "5 minut"),
        (22, "22 minuty"),
        (60, "1 godz."),
        (180, "3 godz."),
    ]:
        quiz_lesson.estimated_minutes = minutes
        quiz_lesson.save_revision().publish()
        html = soup(client.get("/szkola-kooperacji/kooperacja-w-praktyce/"))
        assert f"Czas {expected} " in text_of(html.select_one("dl.facts")) + " "


def test_course_page_shows_outcomes_lessons_and_prerequisites(client, school):
    html = soup(client.get("/szkola-kooperacji/genogram/"))
    main = text_of(html.find("main"))

    assert "Potrafisz opisać rolę koordynatora G-PZK." in main
    assert html.find("a", string="Kooperacja w praktyce")["href"] == "/szkola-kooperacji/kooperacja-w-praktyce/"

    basics = soup(client.get("/szkola-kooperacji/kooperacja-w-praktyce/"))
    lessons = [text_of(item).split(" 25 minut")[0].split(" 1 godz.")[0] for item in basics.select("ol.lesson-list li")]
    assert lessons == ["Czym jest kooperacja", "Zespół kooperacji"]
    assert not basics.select("ol.lesson-list a"), "lessons link only for enrolled learners"
    assert "25 minut" in text_of(basics.select_one("ol.lesson-list li"))


def test_lessons_send_anonymous_visitors_to_log_in(client, school):
    response = client.get("/szkola-kooperacji/kooperacja-w-praktyce/zespol/")

    assert response.status_code == 302
    assert response["Location"].startswith("/konto/logowanie/?next=")


def test_lesson_shows_its_quiz_without_the_answers(client, school, member):
    client.force_login(member)

    response = client.get("/szkola-kooperacji/kooperacja-w-praktyce/zespol/")
    html = response.content.decode()

    assert response.status_code == 200
    assert "Kto prowadzi posiedzenia G-PZK?" in html and "Biuro podróży" in html
    for question in QUIZ["questions"]:
        for answer in question["answers"]:
            assert answer["feedback"] not in html
    assert "correct" not in html.lower().replace("correct answer", "")
    page = soup(response)
    assert len(page.select("fieldset.quiz__question")) == 3
    assert page.select("fieldset.quiz__question")[1].select("input[type=checkbox]")


def test_quiz_is_scored_on_the_server_with_feedback(client, school, member):
    _index, _basics, _genogram, lesson = school
    client.force_login(member)
    answers = {"quiz": quiz_id(lesson), "q0": "0", "q1": ["0", "1"], "q2": "1"}

    html = soup(client.post("/szkola-kooperacji/kooperacja-w-praktyce/zespol/", answers, follow=True))

    result = text_of(html.select_one(".quiz__result"))
    assert "Zaliczone." in result and "3 z 3 (100%)" in result
    assert "Tak – koordynator zwołuje i prowadzi." in result


def test_failed_quiz_says_so_and_explains(client, school, member):
    _index, _basics, _genogram, lesson = school
    client.force_login(member)

    html = soup(
        client.post(
            "/szkola-kooperacji/kooperacja-w-praktyce/zespol/",
            {"quiz": quiz_id(lesson), "q0": "1", "q1": "0", "q2": "0"},
            follow=True,
        )
    )

    result = text_of(html.select_one(".quiz__result"))
    assert "Jeszcze niezaliczone." in result and "0 z 3 (0%)" in result
    assert "Twoja odpowiedź: Dzielnicowy" in result and "Źle." in result
    # The explanations come with the correct answers: after a pass or the last attempt (the default).
    assert "Poprawne odpowiedzi i wyjaśnienia zobaczysz po zaliczeniu testu albo po ostatnim podejściu." in result
    assert "Nie – policja jest członkiem zespołu." not in result


@pytest.mark.parametrize(
    "answers",
    [
        {"q0": "abc"},
        {"q0": "99", "q2": "-1"},
        {"q0": ["0", "1"]},
        {"q1": "0" * 500},
        {},
    ],
    ids=["text", "out-of-range", "two-for-single", "long", "nothing"],
)
def test_malformed_answers_are_simply_wrong_never_an_error(client, school, member, answers):
    _index, _basics, _genogram, lesson = school
    client.force_login(member)

    response = client.post(
        "/szkola-kooperacji/kooperacja-w-praktyce/zespol/", {"quiz": quiz_id(lesson), **answers}, follow=True
    )

    # Malformed choices are no answer: the quiz is not scored, the learner is asked to answer every question.
    assert response.status_code == 400
    assert "Odpowiedz na wszystkie pytania." in text_of(soup(response).select_one(".quiz .error-summary"))
    assert not QuizAttempt.objects.exists()


def test_unknown_quiz_id_shows_the_lesson(client, school, member):
    client.force_login(member)

    response = client.post(
        "/szkola-kooperacji/kooperacja-w-praktyce/zespol/", {"quiz": "nie-ma", "q0": "0"}, follow=True
    )

    assert response.status_code == 200
    assert soup(response).select_one(".quiz__result") is None
    assert "Ten test już nie istnieje" in text_of(soup(response).select_one(".messages"))


def test_single_choice_question_needs_exactly_one_correct_answer():
    block = QuestionBlock()
    value = block.to_python(
        {
            "kind": "single",
            "text": "Pytanie",
            "answers": [{"text": "A", "correct": True, "feedback": ""}, {"text": "B", "correct": True, "feedback": ""}],
        }
    )

    with pytest.raises(StructBlockValidationError):
        block.clean(value)


def test_course_pages_live_only_under_the_course_index():
    assert CoursePage.parent_page_types == ["courses.CourseIndexPage"]
    assert CoursePage.subpage_types == ["courses.LessonPage"]


def test_login_page_wears_the_portal_and_brings_the_member_back_to_the_lesson(client, school, member):
    html = soup(client.get("/konto/logowanie/?next=/szkola-kooperacji/kooperacja-w-praktyce/zespol/"))
    assert text_of(html.find("h1")) == "Zaloguj się"
    assert html.select_one("footer") is not None

    response = client.post(
        "/konto/logowanie/",
        {
            "username": "ewa",
            "password": "haslo-testowe-123",
            "next": "/szkola-kooperacji/kooperacja-w-praktyce/zespol/",
        },
    )

    assert response.status_code == 302
    assert response["Location"] == "/szkola-kooperacji/kooperacja-w-praktyce/zespol/"
