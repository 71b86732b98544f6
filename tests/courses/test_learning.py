"""A learner's way through a course over HTTP: enrolment, lessons, stored quiz attempts, progress, completion."""

import json
import threading

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django.test.utils import CaptureQueriesContext

from courses import learning
from courses.models import Certificate, Enrolment, LessonProgress, QuizAttempt
from tests.browser.helpers import ensure_tree_roots
from tests.courses.utils import QUIZ, RIGHT, WRONG, make_learner, pdf_text
from tests.factories import CourseIndexPageFactory, CoursePageFactory, LessonPageFactory
from tests.portal.utils import soup, text_of


@pytest.fixture
def course(home):
    index = CourseIndexPageFactory(parent=home)
    course = CoursePageFactory(parent=index, title="Cele SMART", slug="cele-smart")
    LessonPageFactory(parent=course, title="Po co nam cele", slug="po-co", estimated_minutes=110)
    LessonPageFactory(
        parent=course,
        title="Sprawdź się",
        slug="test",
        completion="quiz",
        body=json.dumps([{"type": "quiz", "value": {**QUIZ, "max_attempts": 2}}]),
    )
    LessonPageFactory(parent=course, title="Plan na jutro", slug="plan")
    return course


@pytest.fixture
def learner(db):
    return make_learner("Ewa")


def quiz_id(course):
    lesson = course.lessons[1]
    return next(block.id for block in lesson.body if block.block_type == "quiz")


def test_lessons_need_an_enrolment_and_the_course_page_offers_it(client, course, learner):
    client.force_login(learner)

    response = client.get("/szkola-kooperacji/cele-smart/po-co/", follow=True)
    assert response.redirect_chain[0] == ("/szkola-kooperacji/cele-smart/", 302)
    assert "Zapisz się na szkolenie, aby otworzyć lekcje." in text_of(soup(response).select_one(".messages"))
    button = soup(response).select_one(".course-status form button")
    assert text_of(button) == "Zapisz się na szkolenie"

    response = client.post("/szkola-kooperacji/cele-smart/zapisz/")
    assert response["Location"] == "/szkola-kooperacji/cele-smart/po-co/"
    assert Enrolment.objects.filter(user=learner, course=course).count() == 1
    assert client.get("/szkola-kooperacji/cele-smart/po-co/").status_code == 200

    client.post("/szkola-kooperacji/cele-smart/zapisz/")  # twice: still one enrolment
    assert Enrolment.objects.filter(user=learner).count() == 1


def test_enrolment_refuses_get_and_anonymous_visitors(client, course):
    assert client.get("/szkola-kooperacji/cele-smart/zapisz/").status_code == 405
    response = client.post("/szkola-kooperacji/cele-smart/zapisz/")
    assert response.status_code == 302 and response["Location"].startswith("/konto/logowanie/")
    assert not Enrolment.objects.exists()


def test_closed_course_and_missing_prerequisites_refuse_self_enrolment(client, course, learner):
    follow_up = CoursePageFactory(parent=course.get_parent(), title="SMART w praktyce", slug="smart-praktyka")
    follow_up.prerequisites.set([course])
    follow_up.save_revision().publish()
    client.force_login(learner)

    html = soup(client.post("/szkola-kooperacji/smart-praktyka/zapisz/", follow=True))
    assert "Najpierw ukończ szkolenia: Cele SMART." in text_of(html.select_one(".messages"))

    follow_up.open_enrolment = False
    follow_up.prerequisites.set([])
    follow_up.save_revision().publish()
    html = soup(client.post("/szkola-kooperacji/smart-praktyka/zapisz/", follow=True))
    assert "Na to szkolenie zapisuje koordynator." in text_of(html.select_one(".messages"))
    assert not Enrolment.objects.filter(user=learner).exists()


def test_the_whole_course_progress_attempts_and_completion(client, course, learner):
    client.force_login(learner)
    client.post("/szkola-kooperacji/cele-smart/zapisz/")
    client.get("/szkola-kooperacji/cele-smart/po-co/")

    page = soup(client.get("/szkola-kooperacji/cele-smart/"))
    assert "Ukończone lekcje: 1 z 3" in text_of(page.select_one(".progress-summary"))
    resume = page.select_one(".progress-summary a.button")
    assert resume["href"] == "/szkola-kooperacji/cele-smart/po-co/" or resume["href"].endswith("/test/")

    # The quiz lesson does not complete on viewing; a failed attempt is stored and shown, then a pass.
    client.get("/szkola-kooperacji/cele-smart/test/")
    page = soup(client.get("/szkola-kooperacji/cele-smart/"))
    assert page.select_one(".progress-summary a.button")["href"] == "/szkola-kooperacji/cele-smart/test/"
    assert "Kontynuuj" in text_of(page.select_one(".progress-summary a.button"))

    response = client.post("/szkola-kooperacji/cele-smart/test/", {"quiz": quiz_id(course), **WRONG})
    assert response.status_code == 302 and "?wynik=" in response["Location"]
    html = soup(client.get(response["Location"]))
    assert "Jeszcze niezaliczone." in text_of(html.select_one(".quiz__result"))
    assert "Zostało 1 podejście." in text_of(html.select_one(".quiz"))
    assert not LessonProgress.objects.filter(lesson=course.lessons[1], completed_at__isnull=False).exists()

    response = client.post("/szkola-kooperacji/cele-smart/test/", {"quiz": quiz_id(course), **RIGHT}, follow=True)
    html = soup(response)
    assert "Zaliczone." in text_of(html.select_one(".quiz__result"))
    assert "Zaliczono ten test." in text_of(html.select_one(".quiz"))
    assert [a.percent for a in QuizAttempt.objects.order_by("pk")] == [0, 100]
    assert html.select_one(".quiz__form") is None, "no attempts left: the form is gone"

    client.get("/szkola-kooperacji/cele-smart/plan/")
    enrolment = Enrolment.objects.get(user=learner)
    assert enrolment.completed_at is not None
    certificate = Certificate.objects.get(enrolment=enrolment)
    assert certificate.course_title == "Cele SMART" and certificate.hours == 2.5

    page = soup(client.get("/szkola-kooperacji/cele-smart/"))
    summary = text_of(page.select_one(".progress-summary"))
    assert "Ukończone lekcje: 3 z 3" in summary and "Ukończono" in summary
    assert page.select_one(".progress-summary progress")["value"] == "3"

    # The certificate: the PDF from "Moje szkolenia", read back; the public check; then revoked.
    pdf_link = soup(client.get("/konto/szkolenia/")).find("a", string="Pobierz zaświadczenie (PDF)")["href"]
    pdf = client.get(pdf_link)
    assert pdf["Content-Type"] == "application/pdf"
    text = " ".join(pdf_text(pdf.content).split())
    assert "Ewa" in text and "Cele SMART" in text and certificate.code in text

    client.logout()
    check = text_of(soup(client.get(f"/zaswiadczenie/{certificate.code.lower()}/")).find("main"))
    assert "Zaświadczenie jest ważne" in check and "Cele SMART" in check and "Ewa" in check
    assert "ewa@example.org" not in check

    coordinator = get_user_model().objects.create_superuser("koordynator", "k@example.org", "haslo-testowe-123")
    client.force_login(coordinator)
    client.post(f"/admin/certificates/{certificate.pk}/revoke/", {"reason": "Zaświadczenie wydane omyłkowo."})
    client.logout()
    check = text_of(soup(client.get(f"/zaswiadczenie/{certificate.code}/")).find("main"))
    assert "Zaświadczenie zostało unieważnione" in check and "omyłkowo" not in check
    client.force_login(learner)
    assert client.get(pdf_link).status_code == 404


def test_used_up_attempts_are_refused_on_the_server(client, course, learner):
    learning.enrol(learner, course)
    client.force_login(learner)
    for _attempt in range(2):
        client.post("/szkola-kooperacji/cele-smart/test/", {"quiz": quiz_id(course), **WRONG})

    html = soup(client.post("/szkola-kooperacji/cele-smart/test/", {"quiz": quiz_id(course), **RIGHT}, follow=True))

    assert QuizAttempt.objects.count() == 2
    assert "Wykorzystano wszystkie podejścia" in text_of(html.select_one(".messages"))
    assert html.select_one(".quiz__form") is None


def test_a_learner_never_sees_another_learners_attempt(client, course, learner):
    other = make_learner("Jan")
    learning.enrol(learner, course)
    learning.enrol(other, course)
    client.force_login(other)
    response = client.post("/szkola-kooperacji/cele-smart/test/", {"quiz": quiz_id(course), **RIGHT})
    attempt_url = response["Location"]

    client.force_login(learner)
    html = soup(client.get(attempt_url))

    assert html.select_one(".quiz__result") is None
    assert "Zaliczono" not in text_of(html.select_one(".quiz"))
    for bad in ("abc", "-1", "9" * 30, "1%00"):
        assert client.get(f"/szkola-kooperacji/cele-smart/test/?wynik={bad}").status_code == 200


def test_quiz_answers_never_reach_the_lesson_page(client, course, learner):
    learning.enrol(learner, course)
    client.force_login(learner)

    html = client.get("/szkola-kooperacji/cele-smart/test/").content.decode()

    for question in QUIZ["questions"]:
        for answer in question["answers"]:
            assert answer["feedback"] not in html
    assert '"correct"' not in html and "correct=" not in html


def test_editors_read_lessons_without_enrolling_and_leave_no_trace(client, course, admin_user):
    client.force_login(admin_user)

    html = soup(client.get("/szkola-kooperacji/cele-smart/po-co/"))

    assert "nie są zapisywane" in text_of(html.select_one("main"))
    assert not Enrolment.objects.exists() and not LessonProgress.objects.exists()


def test_my_courses_lists_progress_completion_and_resume_point(client, course, learner, django_assert_max_num_queries):
    learning.enrol(learner, course)
    client.force_login(learner)
    client.get("/szkola-kooperacji/cele-smart/po-co/")

    html = soup(client.get("/konto/szkolenia/"))
    item = html.select_one("#in-progress-title").find_parent("section")
    assert "Cele SMART" in text_of(item)
    assert "Ukończone lekcje: 1 z 3" in text_of(item)
    assert item.select_one("a.button")["href"] == "/szkola-kooperacji/cele-smart/test/"

    empty = make_learner("Ola")
    client.force_login(empty)
    assert "Nie zapisano Cię jeszcze na żadne szkolenie." in text_of(soup(client.get("/konto/szkolenia/")))
    assert client.get("/konto/szkolenia/").status_code == 200


def test_my_courses_costs_the_same_queries_for_one_and_five_courses(client, home, learner):
    index = CourseIndexPageFactory(parent=home)
    courses = []
    for number in range(5):
        course = CoursePageFactory(parent=index, title=f"Kurs {number}", slug=f"kurs-{number}")
        for lesson_number in range(3):
            LessonPageFactory(parent=course, title=f"Lekcja {lesson_number}", slug=f"lekcja-{lesson_number}")
        courses.append(course)
    client.force_login(learner)
    learning.enrol(learner, courses[0])
    client.get("/konto/szkolenia/")
    with CaptureQueriesContext(connection) as one:
        client.get("/konto/szkolenia/")
    for course in courses[1:]:
        learning.enrol(learner, course)
        client.get(course.lessons[0].url)
    with CaptureQueriesContext(connection) as five:
        response = client.get("/konto/szkolenia/")
    assert response.status_code == 200
    assert len(five.captured_queries) == len(one.captured_queries)


def test_my_courses_needs_a_login(client, db):
    response = client.get("/konto/szkolenia/")
    assert response.status_code == 302 and response["Location"].startswith("/konto/logowanie/")


def test_completing_the_same_lesson_twice_keeps_one_record(course, learner):
    enrolment = learning.enrol(learner, course)
    lesson = course.lessons[0]

    learning.complete_lesson(enrolment, lesson)
    first = LessonProgress.objects.get(enrolment=enrolment, lesson=lesson).completed_at
    learning.complete_lesson(enrolment, lesson)

    assert LessonProgress.objects.filter(enrolment=enrolment, lesson=lesson).count() == 1
    assert LessonProgress.objects.get(enrolment=enrolment, lesson=lesson).completed_at == first


@pytest.fixture
def tree_roots(transactional_db):
    ensure_tree_roots()


@pytest.mark.skipif(connection.vendor != "postgresql", reason="concurrent writers need PostgreSQL")
@pytest.mark.django_db(transaction=True)
def test_concurrent_completions_of_one_lesson_leave_one_record(tree_roots, home):
    index = CourseIndexPageFactory(parent=home)
    course = CoursePageFactory(parent=index, title="Równolegle", slug="rownolegle")
    LessonPageFactory(parent=course, title="Jedyna lekcja", slug="jedyna")
    enrolment = learning.enrol(make_learner("Ewa"), course)
    lesson = course.lessons[0]
    start = threading.Barrier(4)
    errors = []

    def complete():
        try:
            start.wait()
            learning.complete_lesson(Enrolment.objects.get(pk=enrolment.pk), lesson)
        except Exception as error:  # noqa: BLE001 (collected and asserted below)
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=complete) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert errors == []
    assert LessonProgress.objects.filter(enrolment=enrolment, lesson=lesson).count() == 1
    assert Certificate.objects.filter(enrolment=enrolment).count() == 1
