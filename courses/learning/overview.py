"""The learner's own overview, "Moje szkolenia": every enrolment with its progress.

It reads the lesson pages, so it imports courses.models.pages; the rest of courses.learning does not (the
pages' routes use it), and courses/learning/__init__.py does not import this module.
"""

from django.db.models import Q

from courses.learning.progress import CourseProgress, resume_point
from courses.models.learning import Enrolment, LessonProgress
from courses.models.pages import LessonPage
from portal.visibility import public


def progress_of_learner(user):
    """CourseProgress for each of the user's enrolments, newest activity first, in a constant number of queries."""
    enrolments = list(
        Enrolment.objects.filter(user=user)
        .select_related("course", "certificate")
        .order_by("completed_at", "-last_activity_at", "-enrolled_at")
    )
    if not enrolments:
        return []
    course_paths = [enrolment.course.path for enrolment in enrolments]
    lessons_by_course = {}
    path_filter = Q()
    for path in course_paths:
        path_filter |= Q(path__startswith=path, depth=len(path) // 4 + 1)
    for lesson in public(LessonPage.objects.filter(path_filter)).order_by("path").defer("body"):
        lessons_by_course.setdefault(lesson.path[:-4], []).append(lesson)
    completed = {}
    for enrolment_id, lesson_id in LessonProgress.objects.filter(
        enrolment__in=enrolments, completed_at__isnull=False
    ).values_list("enrolment_id", "lesson_id"):
        completed.setdefault(enrolment_id, set()).add(lesson_id)
    result = []
    for enrolment in enrolments:
        lessons = lessons_by_course.get(enrolment.course.path, [])
        lesson_ids = {lesson.pk for lesson in lessons}
        done = completed.get(enrolment.pk, set()) & lesson_ids
        result.append(
            CourseProgress(enrolment, len(lessons), done, resume_point(lessons, done, enrolment.last_lesson_id))
        )
    return result
