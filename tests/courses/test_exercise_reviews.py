"""Coordinators review exercise work in the admin: only learners in their reach; comment, return, accept."""

import json
import uuid

import pytest
from django.contrib.auth import get_user_model
from django.utils import translation

from courses import learning
from courses.exercises import genogram
from courses.models import ExerciseSubmission, LessonPage, LessonProgress
from portal.governance import COORDINATORS, editors_group_name, moderators_group_name, setup_governance
from portal.models import Profile
from tests.courses.exercises.genogram_families import THREE_GENERATIONS
from tests.courses.smart_worksheet import URL, WORKSHEET, good_goal
from tests.factories import CourseIndexPageFactory, CoursePageFactory, LessonPageFactory
from tests.governance.utils import make_user
from tests.portal.utils import soup, text_of


@pytest.fixture
def lesson(home, regions):
    setup_governance()
    index = CourseIndexPageFactory(parent=home)
    course = CoursePageFactory(parent=index, title="Cele SMART", slug="cele-smart")
    return LessonPageFactory(
        parent=course,
        title="Mój cel SMART",
        slug="moj-cel",
        completion="exercise",
        body=json.dumps([{"type": "smart_goal", "value": {**WORKSHEET, "requires_acceptance": True}}]),
    )


@pytest.fixture
def handed_in(client, lesson, regions):
    """Ewa from the Kielce region has handed in her worksheet."""
    ewa = get_user_model().objects.create_user("ewa", "ewa@example.org", "haslo-testowe-123", first_name="Ewa")
    Profile.objects.create(user=ewa, region=regions.kielce.region)
    learning.enrol(ewa, lesson.get_parent().specific)
    client.force_login(ewa)
    block_id = LessonPage.objects.get(pk=lesson.pk).body[0].id
    client.post(URL, {"exercise": block_id, "action": "submit", **good_goal()})
    client.logout()
    return ExerciseSubmission.objects.get()


def review_url(submission):
    return f"/admin/prace-uczestnikow/{submission.public_id}/"


def test_requires_acceptance_so_handing_in_does_not_complete_the_lesson(handed_in, lesson):
    assert handed_in.status == "submitted"
    assert not LessonProgress.objects.filter(lesson=lesson, completed_at__isnull=False).exists()


def test_coordinator_lists_comments_returns_and_accepts(client, handed_in, lesson):
    coordinator = make_user("koordynator", COORDINATORS)
    client.force_login(coordinator)

    listing = soup(client.get("/admin/prace-uczestnikow/"))
    assert listing.find("a", href=review_url(handed_in))
    page = text_of(soup(client.get(review_url(handed_in))).find("main"))
    assert "Pani Anna będzie uczestniczyć" in page and "Cel spełnia 5 z 5 kryteriów SMART." in page

    client.post(review_url(handed_in), {"action": "return", "text": "Dopisz, kto zapewni opiekę nad dziećmi."})
    handed_in.refresh_from_db()
    assert handed_in.status == "returned"

    client.force_login(handed_in.enrolment.user)
    html = soup(client.get(URL))
    assert "Dopisz, kto zapewni opiekę nad dziećmi." in text_of(html.select_one(".exercise-comments"))
    assert html.select_one(".exercise__form"), "returned work can be edited again"
    block_id = handed_in.exercise_id
    client.post(URL, {"exercise": block_id, "action": "submit", **good_goal()})

    client.force_login(coordinator)
    client.post(review_url(handed_in), {"action": "accept", "text": ""})
    handed_in.refresh_from_db()
    assert handed_in.status == "accepted"
    assert LessonProgress.objects.get(lesson=lesson).completed_at is not None


def test_moderators_see_their_own_regions_work_only(client, handed_in, regions):
    kielce = make_user("moderator_a", moderators_group_name(regions.kielce.region), regions.kielce.region)
    bialystok = make_user("moderator_b", moderators_group_name(regions.bialystok.region), regions.bialystok.region)

    client.force_login(kielce)
    assert client.get(review_url(handed_in)).status_code == 200

    client.force_login(bialystok)
    assert client.get(review_url(handed_in)).status_code == 404
    assert client.post(review_url(handed_in), {"action": "accept"}).status_code == 404
    assert review_url(handed_in) not in client.get("/admin/prace-uczestnikow/").content.decode()
    handed_in.refresh_from_db()
    assert handed_in.status == "submitted"


def test_editors_and_learners_are_refused(client, handed_in, regions):
    editor = make_user("editor_a", editors_group_name(regions.kielce.region), regions.kielce.region)
    client.force_login(editor)
    assert client.get(review_url(handed_in)).status_code == 302

    client.force_login(handed_in.enrolment.user)
    assert client.get(review_url(handed_in)).status_code == 302


def test_guessed_and_malformed_ids_are_not_found(client, handed_in):
    client.force_login(make_user("koordynator", COORDINATORS))

    assert client.get(f"/admin/prace-uczestnikow/{uuid.uuid4()}/").status_code == 404
    assert client.get(f"/admin/prace-uczestnikow/{handed_in.pk}/").status_code == 404
    assert client.get("/admin/prace-uczestnikow/?status=nie-ma&page=abc").status_code == 200


def test_an_empty_comment_is_refused_with_a_message(client, handed_in):
    client.force_login(make_user("koordynator", COORDINATORS))

    response = client.post(review_url(handed_in), {"action": "comment", "text": "   "})

    assert response.status_code == 200
    assert "Najpierw wpisz komentarz." in text_of(soup(response).find("main"))
    assert not handed_in.comments.exists()


# Downloads and the genogram ----------------------------------------------------------------------------


def download_url(submission, fmt):
    return f"/admin/prace-uczestnikow/{submission.public_id}/pobierz.{fmt}"


@pytest.fixture
def genogram_work(handed_in):
    """Ewa's genogram, handed in on the same lesson (stored the way the genogram exercise stores it)."""
    return ExerciseSubmission.objects.create(
        enrolment=handed_in.enrolment,
        lesson=handed_in.lesson,
        exercise_id="genogram",
        kind="genogram",
        data={"genogram": genogram.normalise(THREE_GENERATIONS)},
        status="submitted",
    )


def test_the_coordinator_downloads_the_smart_worksheet_as_pdf(client, handed_in):
    client.force_login(make_user("koordynator", COORDINATORS))
    page = soup(client.get(review_url(handed_in)))
    link = page.find("a", href=download_url(handed_in, "pdf"))
    assert link and "PDF" in text_of(link)

    response = client.get(download_url(handed_in, "pdf"))

    assert response.status_code == 200
    assert response.content.startswith(b"%PDF-")
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == 'attachment; filename="cel-smart-moj-cel.pdf"'
    assert {"private", "no-store"} <= set(response["Cache-Control"].split(", "))


@pytest.mark.parametrize(
    "fmt, signature",
    [
        ("svg", b'<svg xmlns="http://www.w3.org/2000/svg"'),
        ("png", b"\x89PNG\r\n\x1a\n"),
        ("pdf", b"%PDF-"),
        ("json", b"{"),
    ],
)
def test_the_coordinator_downloads_the_genogram(client, genogram_work, fmt, signature):
    client.force_login(make_user("koordynator", COORDINATORS))

    response = client.get(download_url(genogram_work, fmt))

    assert response.status_code == 200
    assert response.content.startswith(signature)
    assert response["Content-Disposition"] == f'attachment; filename="genogram-moj-cel-smart.{fmt}"'
    assert response["X-Content-Type-Options"] == "nosniff"


def test_the_review_page_shows_the_genogram_its_text_alternative_and_the_downloads(client, genogram_work):
    client.force_login(make_user("koordynator", COORDINATORS))

    html = soup(client.get(review_url(genogram_work)))

    main = html.find("main")
    figure = main.select_one("figure.report-chart")
    svg = figure.find("svg")
    assert svg["role"] == "img" and "Katarzyna Nowak" in svg.get_text()
    assert "Mój cel SMART" in text_of(figure.find("figcaption"))
    with translation.override("pl"):
        summary = genogram.summary(genogram.parse(THREE_GENERATIONS))
        headings = [heading for heading, _sentences in genogram.describe_sections(genogram.parse(THREE_GENERATIONS))]
    page = text_of(main)
    assert summary in page
    assert [text_of(h4) for h4 in main.find_all("h4")] == headings
    people = main.find("h4").find_next_sibling("ul")
    assert len(people.find_all("li")) == 11 and "Stanisław Nowak" in text_of(people)
    links = [a["href"] for a in main.select("a[download]")]
    assert links == [download_url(genogram_work, fmt) for fmt in ("svg", "png", "pdf", "json")]


def test_an_unreadable_stored_genogram_is_explained_not_an_error(client, genogram_work):
    genogram_work.data = {"genogram": {"version": 1, "people": "nikt"}}
    genogram_work.save()
    client.force_login(make_user("koordynator", COORDINATORS))

    response = client.get(review_url(genogram_work))

    assert response.status_code == 200
    assert not soup(response).find("main").select("figure, a[download]")
    assert client.get(download_url(genogram_work, "svg")).status_code == 404


def test_downloads_are_refused_outside_the_reviewers_reach(client, handed_in, genogram_work, regions):
    bialystok = make_user("moderator_b", moderators_group_name(regions.bialystok.region), regions.bialystok.region)
    editor = make_user("editor_a", editors_group_name(regions.kielce.region), regions.kielce.region)

    client.force_login(bialystok)
    assert client.get(download_url(handed_in, "pdf")).status_code == 404
    assert client.get(download_url(genogram_work, "json")).status_code == 404

    client.force_login(editor)
    assert client.get(download_url(genogram_work, "json")).status_code == 302

    client.force_login(handed_in.enrolment.user)
    assert client.get(download_url(handed_in, "pdf")).status_code == 302
    assert client.get(download_url(genogram_work, "svg")).status_code == 302

    client.logout()
    assert client.get(download_url(genogram_work, "svg")).status_code == 302


def test_a_moderator_of_the_learners_region_may_download(client, genogram_work, regions):
    client.force_login(make_user("moderator_a", moderators_group_name(regions.kielce.region), regions.kielce.region))
    assert client.get(download_url(genogram_work, "json")).status_code == 200


@pytest.mark.parametrize("fmt", ["docx", "svg", "json", "PDF", "pdf.exe"])
def test_formats_the_smart_worksheet_does_not_have_are_not_found(client, handed_in, fmt):
    client.force_login(make_user("koordynator", COORDINATORS))
    assert client.get(download_url(handed_in, fmt)).status_code == 404


def test_unknown_genogram_formats_and_ids_are_not_found(client, genogram_work):
    client.force_login(make_user("koordynator", COORDINATORS))
    assert client.get(download_url(genogram_work, "docx")).status_code == 404
    assert client.get(f"/admin/prace-uczestnikow/{uuid.uuid4()}/pobierz.svg").status_code == 404
