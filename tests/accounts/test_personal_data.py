"""A learner's personal data: "Moje dane", the JSON download, the deletion request, anonymisation."""

import io
import json

import pytest
from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django.contrib.auth import get_user_model
from django.contrib.sessions.models import Session
from django.core.management import CommandError, call_command
from django.db import connection
from django.http import HttpRequest
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation
from django.utils.translation import ngettext

from accounts import personal_data
from accounts.models import DeletionRequest
from courses import learning
from courses.exercises import genogram
from courses.models import Certificate, Enrolment, ExerciseComment, ExerciseSubmission, QuizAttempt
from courses.personal_data import exercises_section
from portal.governance import ADMINISTRATORS, editors_group_name, setup_governance
from portal.models import Profile, Team
from tests.courses.exercises.genogram_families import THREE_GENERATIONS
from tests.factories import CourseIndexPageFactory, CoursePageFactory, LessonPageFactory
from tests.governance.utils import assert_refused, make_user
from tests.portal.utils import soup, text_of, ui

PASSWORD = "haslo-testowe-123"
QUIZ = {
    "title": "Sprawdź się",
    "pass_threshold": 100,
    "max_attempts": 0,
    "questions": [
        {
            "kind": "single",
            "text": "Kto prowadzi posiedzenia G-PZK?",
            "answers": [
                {"text": "Koordynator zespołu", "correct": True, "feedback": ""},
                {"text": "Dzielnicowy", "correct": False, "feedback": ""},
            ],
        }
    ],
}


@pytest.fixture
def courses(home):
    """Four courses: the first with a lesson completed by viewing and one by passing a quiz."""
    index = CourseIndexPageFactory(parent=home)
    first = CoursePageFactory(parent=index, title="Kooperacja w praktyce", slug="kooperacja-w-praktyce")
    LessonPageFactory(parent=first, title="Czym jest kooperacja", slug="czym-jest-kooperacja")
    LessonPageFactory(
        parent=first,
        title="Zespół kooperacji",
        slug="zespol",
        completion="quiz",
        body=json.dumps([{"type": "quiz", "value": QUIZ}]),
    )
    others = []
    for title, slug in [
        ("Genogram w pracy socjalnej", "genogram"),
        ("Empowerment", "empowerment"),
        ("Cele SMART", "cele-smart"),
    ]:
        course = CoursePageFactory(parent=index, title=title, slug=slug)
        LessonPageFactory(parent=course, title=f"{title}: wprowadzenie", slug=f"{slug}-wprowadzenie")
        others.append(course)
    return [first, *others]


@pytest.fixture
def team(db):
    from tests.factories import RegionFactory

    region = RegionFactory(short_name="ROPS Lublin", name="Regionalny Ośrodek Polityki Społecznej w Lublinie")
    return Team.objects.create(name="G-PZK w Chmielniku", municipality="Chmielnik", region=region)


def learner(username, first_name, last_name, team):
    user = get_user_model().objects.create_user(
        username, f"{username}@example.org", PASSWORD, first_name=first_name, last_name=last_name
    )
    Profile.objects.create(user=user, region=team.region, team=team)
    return user


@pytest.fixture
def ewa(team):
    return learner("ewa", "Ewa", "Żółkowska", team)


@pytest.fixture
def jan(team):
    return learner("jan", "Jan", "Brzęczyszczykiewicz", team)


def work_through(user, course):
    """The learner opens every lesson and fails, then passes, each quiz; returns the enrolment."""
    enrolment = learning.enrol(user, course)
    for lesson in course.lessons:
        learning.record_visit(enrolment, lesson)
        for block in learning.quiz_blocks(lesson):
            learning.submit_quiz(enrolment, lesson, block, [[1]])
            learning.submit_quiz(enrolment, lesson, block, [[0]])
    enrolment.refresh_from_db()
    return enrolment


def sign_in_records(username, ip_address):
    """What django-axes keeps after a sign-in and a failed one under ``username``."""
    common = {"user_agent": "Firefox", "ip_address": ip_address, "http_accept": "*/*", "path_info": "/konto/"}
    AccessLog.objects.create(username=username, **common)
    AccessFailureLog.objects.create(username=username, **common)
    AccessAttempt.objects.create(username=username, get_data="", post_data="", failures_since_start=1, **common)


def download(client):
    response = client.get("/konto/dane/eksport.json")
    assert response.status_code == 200
    return response


# The learner's page and download -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "method, url", [("get", "/konto/dane/"), ("get", "/konto/dane/eksport.json"), ("post", "/konto/dane/usuniecie/")]
)
def test_anonymous_visitors_are_sent_to_sign_in(client, db, method, url):
    response = getattr(client, method)(url)
    assert response.status_code == 302
    assert response.url.startswith("/konto/logowanie/?next=")
    assert not DeletionRequest.objects.exists()


def test_my_data_page_explains_and_offers_the_download_and_the_request(client, home, ewa):
    client.force_login(ewa)
    page = soup(client.get("/konto/dane/"))
    assert text_of(page.find("h1")) == ui("My data")
    assert len(page.find_all("h1")) == 1
    assert ui("Your quiz attempts") in text_of(page.find("main"))
    link = page.find("a", href="/konto/dane/eksport.json")
    assert text_of(link) == ui("Download my data (JSON)")
    form = page.find("form", action="/konto/dane/usuniecie/")
    textarea = form.find("textarea")
    assert form.find("label", attrs={"for": textarea["id"]})
    assert text_of(form.find("button")) == ui("Request deletion of my data")


def test_the_download_holds_the_learners_data_and_nobody_elses(client, courses, ewa, jan):
    completed = work_through(ewa, courses[0])
    learning.enrol(ewa, courses[1])
    theirs = work_through(jan, courses[0])
    sign_in_records("ewa", "192.0.2.7")
    sign_in_records("Ewa@Example.org", "192.0.2.8")  # signed in with the e-mail address, as typed
    sign_in_records("jan", "198.51.100.9")
    client.force_login(ewa)
    AccessLog.objects.filter(ip_address=None).delete()  # force_login's own record, without an address

    response = download(client)

    assert response["Content-Type"] == "application/json; charset=utf-8"
    assert response["Content-Disposition"].startswith('attachment; filename="portal-kooperacji-moje-dane-')
    body = response.content.decode("utf-8")
    assert "Żółkowska" in body  # UTF-8 text, not \u escapes
    data = json.loads(body)
    assert data["account"]["username"] == "ewa"
    assert data["account"]["email"] == "ewa@example.org"
    assert data["account"]["last_name"] == "Żółkowska"
    assert data["profile"] == {
        "region": "Regionalny Ośrodek Polityki Społecznej w Lublinie",
        "team": {"name": "G-PZK w Chmielniku", "municipality": "Chmielnik"},
        "awaiting_approval": False,
    }
    first, second = data["courses"]
    assert first["course"] == "Kooperacja w praktyce"
    assert first["course_url"] == "http://testserver/szkola-kooperacji/kooperacja-w-praktyce/"
    assert first["completed_at"] is not None
    assert [lesson["lesson"] for lesson in first["lessons"]] == ["Czym jest kooperacja", "Zespół kooperacji"]
    assert all(lesson["completed_at"] for lesson in first["lessons"])
    assert [(a["answers"], a["score"], a["percent"], a["passed"]) for a in first["quiz_attempts"]] == [
        ([[1]], 0, 0, False),
        ([[0]], 1, 100, True),
    ]
    assert first["quiz_attempts"][0]["quiz_id"] == QuizAttempt.objects.filter(enrolment=completed).first().quiz_id
    assert first["certificate"]["code"] == completed.certificate.code
    assert first["certificate"]["learner_name"] == "Ewa Żółkowska"
    assert first["certificate"]["revoked"] is False
    assert second["course"] == "Genogram w pracy socjalnej"
    assert second["completed_at"] is None and second["certificate"] is None
    # Nothing of Jan's: his name, e-mail, certificate or attempts.
    assert "198.51.100.9" not in body
    assert '"jan"' not in body and "jan@example.org" not in body and "Brzęczyszczykiewicz" not in body
    assert theirs.certificate.code not in body
    assert [row["ip_address"] for row in data["sign_ins"]["successful"]] == ["192.0.2.7", "192.0.2.8"]
    assert len(data["sign_ins"]["failed_at"]) == 2


def test_the_download_costs_the_same_queries_for_one_course_or_four(client, courses, ewa):
    work_through(ewa, courses[0])
    client.force_login(ewa)
    download(client)  # the site's root paths are cached from here on
    with CaptureQueriesContext(connection) as one_course:
        download(client)
    for course in courses[1:]:
        work_through(ewa, course)
    enrolment, quiz_lesson = Enrolment.objects.get(user=ewa, course=courses[0]), courses[0].lessons[1]
    for _attempt in range(3):
        learning.submit_quiz(enrolment, quiz_lesson, learning.quiz_blocks(quiz_lesson)[0], [[1]])

    with CaptureQueriesContext(connection) as four_courses:
        data = json.loads(download(client).content)

    assert len(data["courses"]) == 4 and len(data["courses"][0]["quiz_attempts"]) == 5
    assert len(four_courses) == len(one_course)


# Exercise work -----------------------------------------------------------------------------------------


@pytest.fixture
def reviewer(db):
    return get_user_model().objects.create_user(
        "recenzentka", "recenzentka@example.org", PASSWORD, first_name="Krystyna", last_name="Recenzentka"
    )


def exercise_work(user, course, reviewer, goal, comment="Dopisz, kto zapewni opiekę nad dziećmi."):
    """A handed-in SMART worksheet and a genogram draft in the course's first lesson, the worksheet commented."""
    enrolment = learning.enrol(user, course)
    lesson = course.lessons[0]
    worksheet = ExerciseSubmission.objects.create(
        enrolment=enrolment,
        lesson=lesson,
        exercise_id="cel",
        kind="smart",
        data={"goal": goal},
        status="submitted",
        submitted_at=timezone.now(),
    )
    ExerciseComment.objects.create(submission=worksheet, author=reviewer, text=comment)
    drawing = ExerciseSubmission.objects.create(
        enrolment=enrolment,
        lesson=lesson,
        exercise_id="genogram",
        kind="genogram",
        data={"genogram": genogram.normalise(THREE_GENERATIONS)},
    )
    return worksheet, drawing


def test_the_download_holds_the_learners_exercise_work_and_the_comments_on_it(client, courses, ewa, jan, reviewer):
    worksheet, _drawing = exercise_work(ewa, courses[2], reviewer, "Pani Anna będzie chodzić na grupę wsparcia.")
    exercise_work(jan, courses[2], reviewer, "Pan Marek podejmie terapię.", comment="Uwaga do pracy Jana.")
    client.force_login(ewa)

    body = download(client).content.decode("utf-8")

    data = json.loads(body)
    first, second = data["exercises"]
    assert first == {
        "course": "Empowerment",
        "lesson": "Empowerment: wprowadzenie",
        "exercise_id": "cel",
        "kind": "smart",
        "status": "submitted",
        "created_at": personal_data.when(worksheet.created_at),
        "updated_at": personal_data.when(worksheet.updated_at),
        "submitted_at": personal_data.when(worksheet.submitted_at),
        "data": {"goal": "Pani Anna będzie chodzić na grupę wsparcia."},
        "comments": [
            {
                "text": "Dopisz, kto zapewni opiekę nad dziećmi.",
                "written_at": personal_data.when(worksheet.comments.get().created_at),
            }
        ],
    }
    assert (second["kind"], second["status"], second["submitted_at"], second["comments"]) == (
        "genogram",
        "draft",
        None,
        [],
    )
    assert second["data"]["genogram"]["people"][0]["name"] == "Stanisław Nowak"
    # The reviewer is not named, and nothing of Jan's work is given.
    assert "Krystyna" not in body and "Recenzentka" not in body and "recenzentka" not in body
    assert "Pan Marek" not in body and "Uwaga do pracy Jana." not in body


def test_the_exercises_section_costs_two_queries_however_much_work_there_is(
    courses, ewa, reviewer, django_assert_num_queries
):
    for course in courses[1:]:
        worksheet, drawing = exercise_work(ewa, course, reviewer, "Pani Anna będzie chodzić na grupę wsparcia.")
        ExerciseComment.objects.create(submission=drawing, author=reviewer, text="Dobrze.")
    ewa.refresh_from_db()

    with django_assert_num_queries(2):
        section = exercises_section(ewa, None)

    assert len(section) == 6 and sum(len(row["comments"]) for row in section) == 6


def test_a_learner_without_exercise_work_has_an_empty_section(client, home, ewa):
    client.force_login(ewa)
    assert json.loads(download(client).content)["exercises"] == []


def test_anonymisation_deletes_the_learners_exercise_work_and_the_comments_on_it(courses, ewa, jan, reviewer):
    exercise_work(ewa, courses[1], reviewer, "Pani Anna będzie chodzić na grupę wsparcia.")
    exercise_work(ewa, courses[2], reviewer, "Pani Beata zapisze syna na zajęcia.")
    theirs, _drawing = exercise_work(jan, courses[1], reviewer, "Pan Marek podejmie terapię.")

    report = personal_data.anonymise(ewa)

    assert report.exercises == 4
    assert any("4" in line for line in report.lines()[1:])
    assert set(ExerciseSubmission.objects.values_list("enrolment__user", flat=True)) == {jan.pk}
    assert list(ExerciseComment.objects.values_list("submission", flat=True)) == [theirs.pk]
    # Done once: running it again deletes nothing more and says nothing about exercises.
    assert personal_data.anonymise(ewa).exercises == 0
    assert ExerciseSubmission.objects.count() == 2


def test_the_command_reports_the_deleted_exercise_work(courses, ewa, reviewer):
    exercise_work(ewa, courses[1], reviewer, "Pani Anna będzie chodzić na grupę wsparcia.")

    output = anonymise("ewa")

    with translation.override("pl"):
        expected = ngettext(
            "%(count)s piece of exercise work deleted, with the comments on it.",
            "%(count)s pieces of exercise work deleted, with the comments on them.",
            2,
        ) % {"count": 2}
    assert expected in output
    assert not ExerciseSubmission.objects.exists() and not ExerciseComment.objects.exists()


# The deletion request ----------------------------------------------------------------------------------


def test_a_deletion_request_is_made_once(client, home, ewa):
    client.force_login(ewa)

    response = client.post("/konto/dane/usuniecie/", {"reason": "Zmieniam pracę."}, follow=True)

    assert response.redirect_chain == [("/konto/dane/", 302)]
    request = DeletionRequest.objects.get()
    assert (request.user, request.reason, request.handled_at) == (ewa, "Zmieniam pracę.", None)
    page = soup(response)
    assert page.find(class_="deletion-pending")
    assert not page.find("form", action="/konto/dane/usuniecie/")

    again = client.post("/konto/dane/usuniecie/", {"reason": ""}, follow=True)

    assert DeletionRequest.objects.count() == 1
    already = ui("You already asked for your data to be deleted on %(date)s; the request is pending.")
    assert already.split("%(date)s")[0] in text_of(soup(again).find(class_="messages"))


def test_an_overlong_reason_is_refused_with_a_message(client, home, ewa):
    client.force_login(ewa)
    response = client.post("/konto/dane/usuniecie/", {"reason": "x" * 2001})
    assert response.status_code == 400
    textarea = soup(response).find("textarea")
    assert textarea["aria-invalid"] == "true"
    assert soup(response).find(id=textarea["aria-describedby"])
    assert not DeletionRequest.objects.exists()


# The administrators' view ------------------------------------------------------------------------------


@pytest.fixture
def people(regions):
    setup_governance()
    return {
        "administrator": make_user("administratorka", ADMINISTRATORS),
        "editor": make_user("redaktor", editors_group_name(regions.kielce.region), regions.kielce.region),
    }


@pytest.fixture
def pending(ewa):
    return DeletionRequest.objects.create(user=ewa, reason="Proszę o usunięcie moich danych.")


def test_a_portal_administrator_anonymises_a_requesting_learner(client, people, courses, ewa, pending):
    enrolment = work_through(ewa, courses[0])
    client.force_login(people["administrator"])

    listing = client.get("/admin/wnioski-o-usuniecie/")
    assert listing.status_code == 200
    assert "Ewa Żółkowska" in listing.content.decode()
    assert "Proszę o usunięcie moich danych." in listing.content.decode()
    assert "/admin/wnioski-o-usuniecie/" in client.get("/admin/").content.decode()  # the sidebar menu's data
    confirmation = client.get(f"/admin/wnioski-o-usuniecie/{pending.pk}/zanonimizuj/")
    assert confirmation.status_code == 200

    response = client.post(f"/admin/wnioski-o-usuniecie/{pending.pk}/zanonimizuj/", follow=True)

    assert response.redirect_chain[-1] == ("/admin/wnioski-o-usuniecie/", 302)
    pending.refresh_from_db()
    assert pending.handled_at is not None and pending.handled_by == people["administrator"]
    ewa.refresh_from_db()
    assert ewa.username == f"anonim-{ewa.pk}" and not ewa.email and not ewa.is_active
    html = response.content.decode()
    assert f"anonim-{ewa.pk}" in html and "Żółkowska" not in html
    certificate = Certificate.objects.get(enrolment=enrolment)
    assert certificate.revoked_by == people["administrator"]
    # A second click on a stale page only says it is done.
    again = client.post(f"/admin/wnioski-o-usuniecie/{pending.pk}/zanonimizuj/")
    assert again.status_code == 302


def test_a_region_editor_may_not_see_or_handle_requests(client, people, ewa, pending):
    client.force_login(people["editor"])

    assert_refused(client.get("/admin/wnioski-o-usuniecie/"))
    assert_refused(client.post(f"/admin/wnioski-o-usuniecie/{pending.pk}/zanonimizuj/"))

    assert "/admin/wnioski-o-usuniecie/" not in client.get("/admin/").content.decode()
    pending.refresh_from_db()
    ewa.refresh_from_db()
    assert pending.handled_at is None and ewa.username == "ewa" and ewa.is_active


def test_an_unknown_request_is_404(client, people):
    client.force_login(people["administrator"])
    assert client.get("/admin/wnioski-o-usuniecie/99999/zanonimizuj/").status_code == 404


# The command -------------------------------------------------------------------------------------------


def anonymise(identifier, *extra):
    out = io.StringIO()
    call_command("anonymise_learner", identifier, *extra, stdout=out)
    return out.getvalue()


def test_the_command_erases_personal_data_and_keeps_the_statistics(client, courses, ewa, jan, pending):
    enrolment = work_through(ewa, courses[0])
    learning.enrol(ewa, courses[1])
    work_through(jan, courses[0])
    sign_in_records("ewa", "192.0.2.7")
    sign_in_records("EWA@example.org", "192.0.2.8")
    sign_in_records("jan", "198.51.100.9")
    client.force_login(ewa)  # a session the command must end
    counts_before = learning.completion_counts(courses[0]), learning.completion_counts(courses[1])
    attempts_before = QuizAttempt.objects.filter(enrolment=enrolment).count()
    code = enrolment.certificate.code

    output = anonymise("ewa@example.org", "--request-id", str(pending.pk))

    ewa.refresh_from_db()
    assert f"anonim-{ewa.pk}" in output
    assert (ewa.username, ewa.first_name, ewa.last_name, ewa.email) == (f"anonim-{ewa.pk}", "", "", "")
    assert not ewa.is_active and not ewa.has_usable_password()
    # Sign-in records: Ewa's gone, Jan's kept.
    for model in (AccessLog, AccessFailureLog, AccessAttempt):
        assert list(model.objects.values_list("username", flat=True)) == ["jan"]
    for username in ("ewa", f"anonim-{ewa.pk}"):
        assert not client.login(request=HttpRequest(), username=username, password=PASSWORD)
    assert not Session.objects.exists()
    assert client.get("/konto/dane/").status_code == 302
    # Statistics: the same enrolments, completions, dates and scores.
    assert (learning.completion_counts(courses[0]), learning.completion_counts(courses[1])) == counts_before
    assert Enrolment.objects.get(pk=enrolment.pk).completed_at == enrolment.completed_at
    assert QuizAttempt.objects.filter(enrolment=enrolment).count() == attempts_before
    profile = Profile.objects.get(user=ewa)
    assert profile.team.name == "G-PZK w Chmielniku" and profile.region is not None
    # The certificate is revoked and shows nobody's name.
    certificate = Certificate.objects.get(code=code)
    assert certificate.learner_name == "Dane usunięte" and certificate.is_revoked
    assert certificate.revocation_reason == "Dane usunięte na wniosek uczestnika"
    verification = client.get(f"/zaswiadczenie/{code}/")
    assert verification.status_code == 200
    assert "Żółkowska" not in verification.content.decode()
    assert ui("The certificate has been revoked") in text_of(soup(verification).find("main"))
    pending.refresh_from_db()
    assert pending.handled_at is not None and pending.reason == ""
    jan.refresh_from_db()
    assert jan.email == "jan@example.org" and Certificate.objects.filter(learner_name="Jan Brzęczyszczykiewicz")


def test_running_the_command_again_changes_nothing(courses, ewa):
    work_through(ewa, courses[0])
    anonymise("ewa")
    ewa.refresh_from_db()
    snapshot = (ewa.username, ewa.password, ewa.is_active, list(Certificate.objects.values_list("revoked_at")))

    output = anonymise(f"anonim-{ewa.pk}")

    ewa.refresh_from_db()
    assert (ewa.username, ewa.password, ewa.is_active, list(Certificate.objects.values_list("revoked_at"))) == (
        snapshot
    )
    assert f"anonim-{ewa.pk}" in output


def test_an_unknown_learner_is_a_command_error(db):
    with pytest.raises(CommandError, match="nikt@example.org"):
        anonymise("nikt@example.org")


def test_a_request_of_another_learner_is_a_command_error(ewa, jan):
    theirs = DeletionRequest.objects.create(user=jan)
    with pytest.raises(CommandError, match=str(theirs.pk)):
        anonymise("ewa", "--request-id", str(theirs.pk))
    ewa.refresh_from_db()
    assert ewa.username == "ewa"


def test_a_superuser_is_not_anonymised(db):
    get_user_model().objects.create_superuser("szef", "szef@example.org", PASSWORD)
    with pytest.raises(CommandError, match="szef"):
        anonymise("szef")
    assert get_user_model().objects.get(username="szef").is_active
