"""Learners who complete a course and get its certificate (the ``course`` and ``certificate`` fixtures are
in conftest.py)."""

from courses import learning
from courses.models import Certificate
from tests.factories import UserFactory


def make_learner(username, first_name="Żaneta", last_name="Łęcka-Wójcik"):
    return UserFactory(username=username, first_name=first_name, last_name=last_name)


def complete(user, course):
    """The learner enrols and opens every lesson (the lessons complete when viewed)."""
    enrolment = learning.enrol(user, course)
    for lesson in course.lessons:
        learning.record_visit(enrolment, lesson)
    return Certificate.objects.get(enrolment__user=user, enrolment__course=course)
