"""What happens as a learner works through a course: enrolment, progress, quiz attempts, completion.

Every write is idempotent and safe under concurrency: rows are created through unique constraints
(``get_or_create`` retries the read after an IntegrityError) and completion timestamps are set with
conditional UPDATEs, so two requests completing the same lesson leave one record and one timestamp.
"""

from dataclasses import dataclass

from django.db import transaction
from django.db.models import Count, Q
from django.utils import timezone

from courses.models import Certificate, Enrolment, LessonPage, LessonProgress, QuizAttempt
from courses.quizzes import pass_threshold, score, unanswered


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


def record_visit(enrolment, lesson):
    """The learner opened ``lesson``: remember it for "Kontynuuj"; a lesson completed by viewing is done."""
    now = timezone.now()
    LessonProgress.objects.get_or_create(enrolment=enrolment, lesson=lesson)
    Enrolment.objects.filter(pk=enrolment.pk).update(last_lesson=lesson, last_activity_at=now)
    enrolment.last_lesson, enrolment.last_activity_at = lesson, now
    if lesson.completion == LessonPage.Completion.VIEWED:
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


def learner_name(user):
    return user.get_full_name().strip() or user.get_username()


def issue_certificate(enrolment):
    certificate, _created = Certificate.objects.get_or_create(
        enrolment=enrolment,
        defaults={
            "learner_name": learner_name(enrolment.user),
            "course_title": enrolment.course.title,
            "minutes": enrolment.course.total_minutes,
        },
    )
    return certificate


def quiz_blocks(lesson):
    return [block for block in lesson.body if block.block_type == "quiz"]


def attempts_of(enrolment, lesson, quiz_id):
    return QuizAttempt.objects.filter(enrolment=enrolment, lesson=lesson, quiz_id=quiz_id)


class AttemptsExhausted(Exception):
    pass


class QuestionsUnanswered(Exception):
    """Some questions have no answer: nothing is scored or stored, and no attempt is used."""

    def __init__(self, numbers):
        super().__init__(numbers)
        self.numbers = numbers  # counted from 1, as the learner sees them


def submit_quiz(enrolment, lesson, quiz_block, answers):
    """Store a scored attempt; refuse it when the quiz's attempts are used up (AttemptsExhausted) or a
    question is unanswered (QuestionsUnanswered: no attempt is used). Returns the attempt."""
    quiz = quiz_block.value
    with transaction.atomic():
        # Lock the enrolment row so two tabs cannot both take the last attempt (PostgreSQL; SQLite
        # serialises writers anyway).
        Enrolment.objects.select_for_update().filter(pk=enrolment.pk).first()
        limit = quiz["max_attempts"]
        if limit and attempts_of(enrolment, lesson, quiz_block.id).count() >= limit:
            raise AttemptsExhausted
        missing = unanswered([answers[n] if n < len(answers) else [] for n in range(len(quiz["questions"]))])
        if missing:
            raise QuestionsUnanswered(missing)
        result = score(quiz, answers, pass_threshold(quiz, enrolment.course))
        attempt = QuizAttempt.objects.create(
            enrolment=enrolment,
            lesson=lesson,
            quiz_id=quiz_block.id,
            answers=answers,
            score=result.score,
            max_score=len(result.questions),
            percent=result.percent,
            passed=result.passed,
        )
    Enrolment.objects.filter(pk=enrolment.pk).update(last_lesson=lesson, last_activity_at=timezone.now())
    if lesson.completion == LessonPage.Completion.QUIZ and every_quiz_passed(enrolment, lesson):
        complete_lesson(enrolment, lesson)
    return attempt


def quiz_passed(enrolment, lesson, quiz_id):
    return attempts_of(enrolment, lesson, quiz_id).filter(passed=True).exists()


def every_quiz_passed(enrolment, lesson):
    quiz_ids = {block.id for block in quiz_blocks(lesson)}
    passed = set(
        QuizAttempt.objects.filter(enrolment=enrolment, lesson=lesson, passed=True).values_list("quiz_id", flat=True)
    )
    return quiz_ids <= passed


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


def progress_of_learner(user):
    """CourseProgress for each of the user's enrolments, newest activity first, in a constant number of queries."""
    from portal.visibility import public

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


def completion_counts(course):
    """Enrolled / in progress / completed counts of a course (for reports)."""
    return Enrolment.objects.filter(course=course).aggregate(
        enrolled=Count("pk"),
        completed=Count("pk", filter=Q(completed_at__isnull=False)),
        in_progress=Count("pk", filter=Q(completed_at__isnull=True, last_activity_at__isnull=False)),
    )
