"""Files made from exercise work (courses.exercise_exports): the SMART worksheet PDF and the genogram downloads."""

import datetime
import json
import re
from types import SimpleNamespace
from zoneinfo import ZoneInfo

import pytest
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.http import Http404
from django.utils import timezone, translation

from courses import exercise_exports, learning
from courses.exercises import genogram, smart
from courses.models import ExerciseSubmission, LessonPage
from portal import render_limits
from portal.governance import COORDINATORS, setup_governance
from tests.courses.exercises.genogram_families import HOUSEHOLD
from tests.courses.genogram_lesson import block_value
from tests.courses.smart_worksheet import good_goal
from tests.courses.utils import pdf_objects, pdf_text
from tests.factories import CourseIndexPageFactory, CoursePageFactory, LessonPageFactory
from tests.governance.utils import make_user
from tests.portal.utils import soup, text_of


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


# Author and date on the exports (issue 19, item 14) -------------------------------------------------

CHANGED = datetime.datetime(2026, 12, 7, 0, 30, tzinfo=ZoneInfo("Europe/Warsaw"))  # still 6 December in UTC
CAPTION = "Autor: Ewa Żółkowska · stan na 7 grudnia 2026 r."


def changed_on_7_december(submission):
    ExerciseSubmission.objects.filter(pk=submission.pk).update(updated_at=CHANGED)
    submission.refresh_from_db()
    return submission


def test_the_genogram_svg_names_its_author_and_the_date_of_the_last_change(enrolment, course):
    submission = changed_on_7_december(genogram_work(enrolment, course))

    with translation.override("pl"):
        svg = exercise_exports.download_response(submission, "svg").content.decode()

    caption = re.search(r'<g class="genogram-caption">(.*?)</g>', svg)[1]
    assert " ".join(re.sub(r"<[^>]+>", " ", caption).split()) == CAPTION
    assert f"{CAPTION}</desc>" in svg, "the text alternative ends with the caption too"
    width, height = map(float, re.search(r'<svg [^>]*width="([\d.]+)" height="([\d.]+)"', svg).groups())
    assert re.search(rf'viewBox="0 0 {width:g} {height:g}"', svg)
    plain = genogram.svg_bytes(genogram.parse(submission.data["genogram"]), submission.lesson.title).decode()
    assert float(re.search(r'<svg [^>]*height="([\d.]+)"', plain)[1]) < height, "the caption has a band of its own"


def test_the_genogram_pdf_and_png_carry_the_caption(enrolment, course):
    submission = changed_on_7_december(genogram_work(enrolment, course))

    with translation.override("pl"):
        pdf = exercise_exports.download_response(submission, "pdf").content
        png = exercise_exports.download_response(submission, "png").content

    assert CAPTION in pdf_text(pdf)
    plain = genogram.png_bytes(genogram.parse(submission.data["genogram"]), submission.lesson.title)
    assert png_size(png)[1] > png_size(plain)[1]


def test_the_caption_follows_the_language_of_the_export(enrolment, course):
    submission = changed_on_7_december(genogram_work(enrolment, course))

    with translation.override("en"):
        svg = exercise_exports.download_response(submission, "svg").content.decode()

    assert "Author: Ewa Żółkowska · as of 7 December 2026" in svg


def png_size(data):
    return int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")


# Renders made once and within limits (issue 19, item 2) ---------------------------------------------

GENOGRAM_LESSON_URL = "/szkola-kooperacji/genogram/cwiczenie/"


@pytest.fixture
def genogram_lesson(home, regions):
    setup_governance()
    index = CourseIndexPageFactory(parent=home)
    course = CoursePageFactory(parent=index, title="Genogram", slug="genogram")
    return LessonPageFactory(
        parent=course,
        title="Ćwiczenie",
        slug="cwiczenie",
        completion="exercise",
        body=json.dumps([{"type": "genogram", "value": block_value()}]),
    )


def learner_with_work(lesson, username, first_name, data=HOUSEHOLD):
    user = get_user_model().objects.create_user(
        username, f"{username}@example.org", "haslo-testowe-123", first_name=first_name, last_name="Nowak"
    )
    enrolment = learning.enrol(user, lesson.get_parent().specific)
    ExerciseSubmission.objects.create(
        enrolment=enrolment,
        lesson=lesson,
        exercise_id=block_id(lesson),
        kind="genogram",
        data={"genogram": genogram.normalise(data)},
    )
    return user


def block_id(lesson):
    return LessonPage.objects.get(pk=lesson.pk).body[0].id


def download_url(lesson, fmt):
    return f"{GENOGRAM_LESSON_URL}cwiczenie/{block_id(lesson)}/pobierz/{fmt}/"


def renders(kind="genogram-pdf"):
    return render_limits.renders[kind]


def hold_the_render_lock_of(user):
    """What another worker rendering for ``user`` holds until it finishes."""
    cache.add(f"render-lock:user-{user.pk}", "another worker", 60)


def test_a_repeated_download_is_served_without_rendering_again(client, genogram_lesson):
    anna = learner_with_work(genogram_lesson, "anna", "Anna")
    client.force_login(anna)
    before = renders()

    first = client.get(download_url(genogram_lesson, "pdf"))
    second = client.get(download_url(genogram_lesson, "pdf"))

    assert first.status_code == second.status_code == 200
    assert second.content == first.content and first.content.startswith(b"%PDF-")
    assert renders() == before + 1
    assert "Autor: Anna Nowak" in pdf_text(second.content)


def test_a_changed_genogram_gives_a_new_file(client, genogram_lesson):
    anna = learner_with_work(genogram_lesson, "anna", "Anna")
    client.force_login(anna)
    first = client.get(download_url(genogram_lesson, "pdf"))
    submission = ExerciseSubmission.objects.get(enrolment__user=anna)
    data = submission.data["genogram"]
    data["people"].append({"id": "halina", "name": "Halina", "sex": "female", "birth_year": 1964})
    submission.save()
    before = renders()

    second = client.get(download_url(genogram_lesson, "pdf"))

    assert second.status_code == 200 and renders() == before + 1
    assert "Halina" in pdf_text(second.content) and "Halina" not in pdf_text(first.content)


def test_a_second_render_for_the_same_user_waits_with_429_and_retry_after(client, genogram_lesson):
    anna = learner_with_work(genogram_lesson, "anna", "Anna")
    client.force_login(anna)
    made = client.get(download_url(genogram_lesson, "svg"))
    hold_the_render_lock_of(anna)
    before = renders()

    response = client.get(download_url(genogram_lesson, "pdf"))

    assert response.status_code == 429
    assert int(response["Retry-After"]) > 0
    assert "no-store" in response["Cache-Control"]
    page = text_of(soup(response).find("main"))
    assert "Plik jest właśnie przygotowywany, spróbuj za chwilę." in page
    assert renders() == before
    again = client.get(download_url(genogram_lesson, "svg"))
    assert again.status_code == 200 and again.content == made.content, "a file already made is still served"


def test_when_every_render_slot_is_taken_others_get_503_with_retry_after(client, genogram_lesson, settings):
    settings.RENDER_SLOTS = 2
    anna = learner_with_work(genogram_lesson, "anna", "Anna")
    client.force_login(anna)
    for number in range(2):
        cache.add(f"render-slot:{number}", "another worker", 60)

    response = client.get(download_url(genogram_lesson, "pdf"))

    assert response.status_code == 503 and int(response["Retry-After"]) > 0
    assert "spróbuj za chwilę" in text_of(soup(response).find("main"))
    cache.delete("render-slot:1")
    assert client.get(download_url(genogram_lesson, "pdf")).status_code == 200


def test_renders_per_user_are_rate_limited(client, genogram_lesson, settings, monkeypatch):
    settings.RENDERS_PER_MINUTE = 2
    # The limit counts per clock minute: the test's requests stay 20 s into one minute.
    monkeypatch.setattr(render_limits, "time", SimpleNamespace(time=lambda: 1_800_000_020.0))
    anna = learner_with_work(genogram_lesson, "anna", "Anna")
    client.force_login(anna)

    statuses = [client.get(download_url(genogram_lesson, fmt)).status_code for fmt in ("svg", "png", "pdf")]

    assert statuses == [200, 200, 429]
    response = client.get(download_url(genogram_lesson, "pdf"))
    assert response.status_code == 429 and response["Retry-After"] == "41"
    assert client.get(download_url(genogram_lesson, "png")).status_code == 200, "a kept file is not a render"


def test_another_learner_never_gets_someones_kept_file(client, genogram_lesson):
    anna = learner_with_work(genogram_lesson, "anna", "Anna")
    jan = learner_with_work(genogram_lesson, "jan", "Jan")  # the very same genogram
    client.force_login(anna)
    annas = client.get(download_url(genogram_lesson, "pdf"))
    before = renders()

    client.force_login(jan)
    jans = client.get(download_url(genogram_lesson, "pdf"))

    assert jans.status_code == 200 and renders() == before + 1, "rendered for Jan, not taken from Anna's"
    assert "Autor: Jan Nowak" in pdf_text(jans.content) and "Anna" not in pdf_text(jans.content)
    annas_submission = ExerciseSubmission.objects.get(enrolment__user=anna)
    review = f"/admin/prace-uczestnikow/{annas_submission.public_id}/pobierz.pdf"
    assert client.get(review).status_code != 200
    assert "Autor: Anna Nowak" in pdf_text(annas.content)


def test_the_coordinator_still_downloads_the_learners_work(client, genogram_lesson):
    anna = learner_with_work(genogram_lesson, "anna", "Anna")
    client.force_login(anna)
    client.get(download_url(genogram_lesson, "pdf"))
    hold_the_render_lock_of(anna)  # the learner's own render does not hold the coordinator back
    submission = ExerciseSubmission.objects.get(enrolment__user=anna)

    client.force_login(make_user("koordynator", COORDINATORS))
    for fmt in ("pdf", "png"):
        response = client.get(f"/admin/prace-uczestnikow/{submission.public_id}/pobierz.{fmt}")
        assert response.status_code == 200, fmt
    assert "Autor: Anna Nowak" in pdf_text(
        client.get(f"/admin/prace-uczestnikow/{submission.public_id}/pobierz.pdf").content
    )
