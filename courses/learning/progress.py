"""Lesson progress and course completion: a visit, a completed lesson, a completed course."""

from dataclasses import dataclass

from django.db.models import Count, Q
from django.utils import timezone

from courses.learning.certificates import issue_certificate
from courses.models.learning import Certificate, Enrolment, LessonProgress


def record_visit(enrolment, lesson):
    """The learner opened ``lesson``: remember it for "Kontynuuj"; a lesson completed by viewing is done."""
    now = timezone.now()
    LessonProgress.objects.get_or_create(enrolment=enrolment, lesson=lesson)
    Enrolment.objects.filter(pk=enrolment.pk).update(last_lesson=lesson, last_activity_at=now)
    enrolment.last_lesson, enrolment.last_activity_at = lesson, now
    if lesson.completion == lesson.Completion.VIEWED:
        complete_lesson(enrolment, lesson)


def complete_lesson(enrolment, lesson):
    """Mark the lesson completed (once) and the course when it was the last one missing."""
    progress, _created = LessonProgress.objects.get_or_create(enrolment=enrolment, lesson=lesson)
    if progress.completed_at is None:
        LessonProgress.objects.filter(pk=progress.pk, completed_at__isnull=True).update(completed_at=timezone.now())
    complete_course_if_done(enrolment)


def complete_course_if_done(enrolment):
    course = enrolment.course
    lesson_ids = {lesson.pk for lesson in course.lessons}
    if not lesson_ids or enrolment.completed_at:
        return
    completed = set(
        LessonProgress.objects.filter(
            enrolment=enrolment, lesson_id__in=lesson_ids, completed_at__isnull=False
        ).values_list("lesson_id", flat=True)
    )
    if completed != lesson_ids:
        return
    now = timezone.now()
    if Enrolment.objects.filter(pk=enrolment.pk, completed_at__isnull=True).update(completed_at=now):
        enrolment.completed_at = now
    if course.issues_certificate:
        issue_certificate(enrolment)


@dataclass
class CourseProgress:
    """What the course page and "Moje szkolenia" show about one enrolment."""

    enrolment: Enrolment
    lesson_count: int
    completed_ids: set
    resume_lesson: object  # the LessonPage "Kontynuuj" leads to, or None when everything is done

    @property
    def completed_count(self):
        return len(self.completed_ids)

    @property
    def percent(self):
        return round(100 * self.completed_count / self.lesson_count) if self.lesson_count else 0


def resume_point(lessons, completed_ids, last_lesson_id):
    """Where the learner left off: the last lesson opened if unfinished, else the next unfinished one."""
    positions = {lesson.pk: number for number, lesson in enumerate(lessons)}
    start = positions.get(last_lesson_id, 0)
    ordered = lessons[start:] + lessons[:start]
    return next((lesson for lesson in ordered if lesson.pk not in completed_ids), None)


def course_progress(enrolment, lessons):
    lesson_ids = [lesson.pk for lesson in lessons]
    completed = set(
        LessonProgress.objects.filter(
            enrolment=enrolment, lesson_id__in=lesson_ids, completed_at__isnull=False
        ).values_list("lesson_id", flat=True)
    )
    return CourseProgress(
        enrolment, len(lessons), completed, resume_point(lessons, completed, enrolment.last_lesson_id)
    )


def completion_counts(course):
    """Enrolled / in progress / completed counts of a course (for reports)."""
    return Enrolment.objects.filter(course=course).aggregate(
        enrolled=Count("pk"),
        completed=Count("pk", filter=Q(completed_at__isnull=False)),
        in_progress=Count("pk", filter=Q(completed_at__isnull=True, last_activity_at__isnull=False)),
    )


def backdate(enrolment, *, enrolled_at, finished_at):
    """Move an enrolment's history back in time: enrolled at ``enrolled_at``, last active (and completed and
    certified, if it is) at ``finished_at``. For content that tells a past training (the demo's learners)."""
    Enrolment.objects.filter(pk=enrolment.pk).update(
        enrolled_at=enrolled_at,
        last_activity_at=finished_at,
        completed_at=finished_at if enrolment.completed_at else None,
    )
    Certificate.objects.filter(enrolment=enrolment).update(issued_at=finished_at)
