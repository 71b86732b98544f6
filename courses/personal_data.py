"""The learner's courses and exercise work in their personal data export: sections "courses" and "exercises".

Imported by CoursesConfig.ready() so that the sections register themselves (portal.personal_data).
"""

from django.db.models import Prefetch
from django.urls import reverse

from courses.models import Certificate, Enrolment, ExerciseComment, ExerciseSubmission, LessonProgress, QuizAttempt
from portal.personal_data import section, when


@section("courses", order=40)
def courses_section(user, request):
    """Each enrolment with its course, lesson progress, quiz attempts and certificate (four queries)."""
    enrolments = list(
        Enrolment.objects.filter(user=user)
        .select_related("course", "certificate", "last_lesson")
        .defer("last_lesson__body")
        .order_by("enrolled_at", "pk")
    )
    progress, attempts = {}, {}
    for row in (
        LessonProgress.objects.filter(enrolment__user=user)
        .select_related("lesson")
        .only("enrolment_id", "first_viewed_at", "completed_at", "lesson__title")
        .order_by("first_viewed_at", "pk")
    ):
        progress.setdefault(row.enrolment_id, []).append(
            {
                "lesson": row.lesson.title,
                "first_opened_at": when(row.first_viewed_at),
                "completed_at": when(row.completed_at),
            }
        )
    for row in QuizAttempt.objects.filter(enrolment__user=user).select_related("lesson").defer("lesson__body"):
        attempts.setdefault(row.enrolment_id, []).append(
            {
                "lesson": row.lesson.title,
                "quiz_id": row.quiz_id,
                "answers": row.answers,
                "score": row.score,
                "max_score": row.max_score,
                "percent": row.percent,
                "passed": row.passed,
                "submitted_at": when(row.submitted_at),
            }
        )
    return [
        {
            "course": enrolment.course.title,
            "course_url": enrolment.course.get_full_url(request),
            "enrolled_at": when(enrolment.enrolled_at),
            "enrolled_by_coordinator": enrolment.enrolled_by_id is not None and enrolment.enrolled_by_id != user.pk,
            "last_activity_at": when(enrolment.last_activity_at),
            "last_lesson": enrolment.last_lesson.title if enrolment.last_lesson else None,
            "completed_at": when(enrolment.completed_at),
            "lessons": progress.get(enrolment.pk, []),
            "quiz_attempts": attempts.get(enrolment.pk, []),
            "certificate": certificate_data(enrolment, request),
        }
        for enrolment in enrolments
    ]


def certificate_data(enrolment, request):
    try:
        certificate = enrolment.certificate
    except Certificate.DoesNotExist:
        return None
    path = reverse("courses:verify_certificate", args=[certificate.code])
    return {
        "code": certificate.code,
        "learner_name": certificate.learner_name,
        "course": certificate.course_title,
        "minutes": certificate.minutes,
        "issued_at": when(certificate.issued_at),
        "revoked": certificate.is_revoked,
        "revoked_at": when(certificate.revoked_at),
        "revocation_reason": certificate.revocation_reason,
        "verification_url": request.build_absolute_uri(path) if request else path,
    }


@section("exercises", order=70)
def exercises_section(user, request):
    """Every submission with its course, lesson, status, times, the work itself and the comments on it (two
    queries). A comment is given by its text and time only: who wrote it is the coordinator's data."""
    submissions = (
        ExerciseSubmission.objects.filter(enrolment__user=user)
        .select_related("enrolment__course", "lesson")
        .only(
            "kind",
            "exercise_id",
            "data",
            "status",
            "created_at",
            "updated_at",
            "submitted_at",
            "enrolment__course__title",
            "lesson__title",
        )
        .prefetch_related(
            Prefetch("comments", queryset=ExerciseComment.objects.only("submission_id", "text", "created_at"))
        )
        .order_by("created_at", "pk")
    )
    return [
        {
            "course": submission.enrolment.course.title,
            "lesson": submission.lesson.title,
            "exercise_id": submission.exercise_id,
            "kind": submission.kind,
            "status": submission.status,
            "created_at": when(submission.created_at),
            "updated_at": when(submission.updated_at),
            "submitted_at": when(submission.submitted_at),
            "data": submission.data,
            "comments": [
                {"text": comment.text, "written_at": when(comment.created_at)} for comment in submission.comments.all()
            ],
        }
        for submission in submissions
    ]
