"""The learner's exercise work in their personal data export (accounts.personal_data), section "exercises".

Imported by CoursesConfig.ready() so that the section registers itself.
"""

from django.db.models import Prefetch

from accounts.personal_data import section, when
from courses.models import ExerciseComment, ExerciseSubmission


@section("exercises")
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
