"""Enrolment in a course: by the learner, by a coordinator or through an accepted invitation."""

from courses.models.learning import Enrolment


def enrol(user, course, by=None):
    """The learner's enrolment in ``course``, created when missing (by a coordinator when ``by`` is set)."""
    enrolment, _created = Enrolment.objects.get_or_create(user=user, course=course, defaults={"enrolled_by": by})
    return enrolment


def enrolment_for(user, course):
    if not user.is_authenticated:
        return None
    return Enrolment.objects.filter(user=user, course=course).first()


def missing_prerequisites(user, course):
    """The prerequisite courses the user has not completed yet (a self-enrolment waits for them)."""
    required = list(course.prerequisites.live().order_by("title"))
    if not required:
        return []
    done = set(
        Enrolment.objects.filter(user=user, course__in=required, completed_at__isnull=False).values_list(
            "course_id", flat=True
        )
    )
    return [prerequisite for prerequisite in required if prerequisite.pk not in done]
