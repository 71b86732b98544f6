"""Coordinators review exercise work in the admin: only learners in their reach; comment, return, accept."""

import json
import uuid

import pytest
from django.contrib.auth import get_user_model

from courses import learning
from courses.models import ExerciseSubmission, LessonPage, LessonProgress
from portal.governance import COORDINATORS, editors_group_name, moderators_group_name, setup_governance
from portal.models import Profile
from tests.courses.test_exercises import URL, WORKSHEET, good_goal
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
