"""'completed' of a lesson is not the enrolment's completion date (issue 20, labels matching the screens).

The lesson's field and the course page's badge once shared the msgid "completed" with the enrolment's
"completed" date, so the lesson editor asked for "Data ukończenia" and a completed lesson was marked
"data ukończenia" on the course page."""

import pytest
from django.utils import translation

from courses import learning
from courses.models import LessonPage
from tests.courses.certificate_course import make_learner
from tests.portal.utils import soup, text_of


@pytest.fixture
def learner(db):
    return make_learner("zaneta")


def test_the_lesson_field_says_when_the_lesson_is_completed():
    with translation.override("pl"):
        assert str(LessonPage._meta.get_field("completion").verbose_name) == "ukończona"


def test_a_completed_lesson_is_marked_completed_on_the_course_page(client, course, learner):
    enrolment = learning.enrol(learner, course)
    learning.record_visit(enrolment, course.lessons[0])
    client.force_login(learner)

    badges = [text_of(badge) for badge in soup(client.get(course.url)).select(".lesson-list .badge")]

    assert badges == ["ukończona"]
