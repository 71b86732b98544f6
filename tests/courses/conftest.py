"""Fixtures of the course tests. A module that defines a fixture of the same name (``course``, ``lesson``,
``learner``…) uses its own instead.

- ``school``, ``member``: "Kooperacja w praktyce" with a quiz lesson, and a member enrolled in it;
- ``lesson``, ``learner``, ``assessment``: the SMART worksheet lesson, Ewa enrolled in its course, and the
  empowerment self-assessment beside it (tests/courses/smart_worksheet.py);
- ``course``, ``certificate``: "Genogram w pracy socjalnej" (two lessons) and the certificate of the
  module's ``learner`` who completed it (tests/courses/certificate_course.py)."""

import json
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from courses import learning
from courses.learning import enrol
from courses.models import Certificate, Enrolment
from tests.courses.certificate_course import complete
from tests.courses.smart_worksheet import SELF_ASSESSMENT, WORKSHEET
from tests.courses.utils import QUIZ
from tests.factories import CourseIndexPageFactory, CoursePageFactory, LessonPageFactory, UserFactory


@pytest.fixture
def school(home):
    index = CourseIndexPageFactory(parent=home)
    basics = CoursePageFactory(parent=index, title="Kooperacja w praktyce", slug="kooperacja-w-praktyce")
    genogram = CoursePageFactory(parent=index, title="Genogram w pracy socjalnej", slug="genogram")
    genogram.prerequisites.set([basics])
    genogram.save_revision().publish()
    LessonPageFactory(parent=basics, title="Czym jest kooperacja", slug="czym-jest-kooperacja", estimated_minutes=25)
    quiz_lesson = LessonPageFactory(
        parent=basics,
        title="Zespół kooperacji",
        slug="zespol",
        estimated_minutes=75,
        completion="quiz",
        body=json.dumps(
            [{"type": "paragraph", "value": "<p>Koordynator zwołuje zespół.</p>"}, {"type": "quiz", "value": QUIZ}]
        ),
    )
    return index, basics, genogram, quiz_lesson


@pytest.fixture
def member(db, school):
    """A team member enrolled in "Kooperacja w praktyce"."""
    user = UserFactory(username="ewa")
    enrol(user, school[1])
    return user


@pytest.fixture
def lesson(home):
    index = CourseIndexPageFactory(parent=home)
    course = CoursePageFactory(parent=index, title="Cele SMART", slug="cele-smart")
    return LessonPageFactory(
        parent=course,
        title="Mój cel SMART",
        slug="moj-cel",
        completion="exercise",
        body=json.dumps([{"type": "smart_goal", "value": WORKSHEET}]),
    )


@pytest.fixture
def learner(lesson):
    user = UserFactory(username="ewa")
    learning.enrol(user, lesson.get_parent().specific)
    return user


@pytest.fixture
def assessment(lesson, learner):
    return LessonPageFactory(
        parent=lesson.get_parent(),
        title="Samoocena",
        slug="samoocena",
        completion="exercise",
        body=json.dumps([{"type": "empowerment", "value": SELF_ASSESSMENT}]),
    )


@pytest.fixture
def course(home):
    index = CourseIndexPageFactory(parent=home)
    course = CoursePageFactory(parent=index, title="Genogram w pracy socjalnej", slug="genogram")
    LessonPageFactory(parent=course, title="Czym jest genogram", slug="czym-jest-genogram", estimated_minutes=60)
    LessonPageFactory(parent=course, title="Rysujemy genogram rodziny", slug="rysujemy-genogram", estimated_minutes=120)
    return course


@pytest.fixture
def certificate(learner, course):
    certificate = complete(learner, course)
    # A fixed completion time to read back: just after midnight in Warsaw, still the day before in UTC.
    moment = datetime(2025, 3, 15, 0, 30, tzinfo=ZoneInfo("Europe/Warsaw"))
    Enrolment.objects.filter(pk=certificate.enrolment_id).update(completed_at=moment)
    Certificate.objects.filter(pk=certificate.pk).update(issued_at=moment)
    certificate.refresh_from_db()
    return certificate
