"""Files made from exercise work (courses.exercise_exports): the SMART worksheet PDF and the genogram downloads."""

import json
import re

import pytest
from django.contrib.auth import get_user_model
from django.http import Http404
from django.utils import timezone, translation

from courses import exercise_exports, learning
from courses.exercises import genogram, smart
from courses.models import ExerciseSubmission
from tests.courses.exercises.genogram_families import HOUSEHOLD
from tests.courses.test_certificates import pdf_objects, pdf_text
from tests.courses.test_exercises import good_goal
from tests.factories import CourseIndexPageFactory, CoursePageFactory, LessonPageFactory


@pytest.fixture
def course(home):
    index = CourseIndexPageFactory(parent=home)
    return CoursePageFactory(parent=index, title="Praca z rodziną", slug="praca-z-rodzina")


@pytest.fixture
def enrolment(course):
    user = get_user_model().objects.create_user(
        "ewa", "ewa@example.org", "haslo-testowe-123", first_name="Ewa", last_name="Żółkowska"
    )
    return learning.enrol(user, course)


def smart_work(enrolment, course, **changes):
    lesson = LessonPageFactory(parent=course, title="Mój cel SMART", slug="moj-cel-smart")
    worksheet, _errors = smart.parse(good_goal(**changes))
    return ExerciseSubmission.objects.create(
        enrolment=enrolment,
        lesson=lesson,
        exercise_id="cel",
        kind="smart",
        data=worksheet.to_dict(),
        status="submitted",
    )


def genogram_work(enrolment, course, data=None):
    lesson = LessonPageFactory(parent=course, title="Genogram rodziny Kamińskich", slug="genogram-kaminskich")
    data = {"genogram": genogram.normalise(HOUSEHOLD)} if data is None else data
    return ExerciseSubmission.objects.create(
        enrolment=enrolment, lesson=lesson, exercise_id="genogram", kind="genogram", data=data
    )


def test_the_formats_per_kind():
    assert exercise_exports.FORMATS == {
        "smart": ("pdf",),
        "genogram": ("svg", "png", "pdf", "json"),
        "empowerment": (),
    }


# SMART -----------------------------------------------------------------------------------------------


def test_the_smart_pdf_shows_the_worksheet_its_checklist_and_summary(enrolment, course):
    submission = smart_work(enrolment, course, indicator="więcej spotkań")

    with translation.override("en"):  # the learner's language does not matter: the worksheet is Polish
        data = exercise_exports.smart_pdf_bytes(submission)

    assert data.startswith(b"%PDF-")
    text = pdf_text(data)
    assert "PORTAL KOOPERACJI" in text  # in capitals, as the letterhead
    for expected in [
        "Praca z rodziną",
        "Mój cel SMART",
        "Ewa Żółkowska",
        "Pani Anna będzie uczestniczyć",
        "Umówić pierwsze spotkanie",
        "pracownica socjalna",
        "więcej spotkań",
    ]:
        assert expected in text, expected
    saved = timezone.localtime(submission.updated_at)
    assert f"{saved.day} " in text and str(saved.year) in text
    with translation.override("pl"):
        worksheet, _errors = smart.parse(submission.data)
        criteria = smart.check(worksheet, timezone.localdate())
        summary = smart.summary(criteria)["text"]
        status = str(submission.get_status_display())
        problem = criteria[1].explanation  # "Measurable" is not met: the indicator has no number
    assert not criteria[1].met
    assert summary in text and status in text
    assert " ".join(problem.split()[:4]) in text


def test_the_smart_pdf_is_a_tagged_a4_document_in_polish(enrolment, course):
    data = exercise_exports.smart_pdf_bytes(smart_work(enrolment, course))

    heads = b"\n".join(head for head, _stream in pdf_objects(data).values())
    assert re.search(rb"/MediaBox \[0 0 595\.\d+ 841\.\d+\]", heads)
    assert b"/Lang (pl)" in heads and b"/MarkInfo <</Marked true>>" in heads and b"/StructTreeRoot" in heads
    assert b"/S /H1" in heads and b"/S /H2" in heads and b"/S /Table" in heads


def test_the_smart_download_is_an_attachment_named_after_the_lesson(enrolment, course):
    response = exercise_exports.download_response(smart_work(enrolment, course), "pdf")

    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == 'attachment; filename="cel-smart-moj-cel-smart.pdf"'
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Cache-Control"] == "private, no-store"
    assert response.content.startswith(b"%PDF-")


# Genogram --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "fmt, content_type, signature",
    [
        ("svg", "image/svg+xml", b'<svg xmlns="http://www.w3.org/2000/svg"'),
        ("png", "image/png", b"\x89PNG\r\n\x1a\n"),
        ("pdf", "application/pdf", b"%PDF-"),
        ("json", "application/json; charset=utf-8", b"{"),
    ],
)
def test_the_genogram_downloads(enrolment, course, fmt, content_type, signature):
    submission = genogram_work(enrolment, course)

    response = exercise_exports.download_response(submission, fmt)

    assert response["Content-Type"] == content_type
    assert response.content.startswith(signature)
    filename = genogram.export_filename("Genogram rodziny Kamińskich", fmt)
    assert filename == f"genogram-rodziny-kaminskich.{fmt}"
    assert response["Content-Disposition"] == f'attachment; filename="{filename}"'
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Cache-Control"] == "private, no-store"


def test_the_genogram_svg_is_titled_by_the_lesson_and_may_not_run_anything(enrolment, course):
    response = exercise_exports.download_response(genogram_work(enrolment, course), "svg")

    assert "<title" in response.content.decode() and "Genogram rodziny Kamińskich</title>" in response.content.decode()
    assert "default-src 'none'" in response["Content-Security-Policy"]


def test_the_genogram_json_reads_back_as_the_same_genogram(enrolment, course):
    submission = genogram_work(enrolment, course)

    response = exercise_exports.download_response(submission, "json")

    assert json.loads(response.content) == submission.data["genogram"]
    assert genogram.from_json(response.content).to_dict() == submission.data["genogram"]


@pytest.mark.parametrize(
    "data",
    [
        {},
        {"genogram": None},
        {"genogram": {"version": 1, "people": "nikt"}},
        {"genogram": {"version": 1, "people": [{"id": "a", "name": "", "sex": "male"}]}},
    ],
)
@pytest.mark.parametrize("fmt", ["svg", "png", "pdf", "json"])
def test_unreadable_stored_genograms_are_not_found_rather_than_errors(enrolment, course, data, fmt):
    submission = genogram_work(enrolment, course, data=data)
    with pytest.raises(Http404):
        exercise_exports.download_response(submission, fmt)


@pytest.mark.parametrize(
    "kind, fmt", [("smart", "svg"), ("smart", "json"), ("genogram", "docx"), ("empowerment", "pdf"), ("other", "pdf")]
)
def test_formats_a_kind_does_not_have_are_not_found(enrolment, course, kind, fmt):
    lesson = LessonPageFactory(parent=course, title="Ćwiczenie", slug="cwiczenie")
    submission = ExerciseSubmission.objects.create(enrolment=enrolment, lesson=lesson, exercise_id="x", kind=kind)
    with pytest.raises(Http404):
        exercise_exports.download_response(submission, fmt)
