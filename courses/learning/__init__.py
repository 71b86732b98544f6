"""What happens as a learner works through a course: the only code that writes learner state.

Enrolments, lesson progress, quiz attempts, certificates and exercise submissions (courses.models.learning,
courses.models.exercises) are written here and nowhere else; views, the admin and the account pages call
these functions. Every write is idempotent and safe under concurrency: rows are created through unique
constraints (``get_or_create`` retries the read after an IntegrityError) and completion timestamps are set
with conditional UPDATEs, so two requests completing the same lesson leave one record and one timestamp.

The modules import the models' own modules (courses.models.learning, .exercises), never the lesson and course
page models, so that the pages' routes can call the views that call them (overview.py is the exception: it
reads the pages and only the learner's "Moje szkolenia" page uses it).
"""

from courses.learning.certificates import issue_certificate, learner_name
from courses.learning.enrolment import enrol, enrolment_for, missing_prerequisites
from courses.learning.progress import (
    CourseProgress,
    complete_course_if_done,
    complete_lesson,
    completion_counts,
    course_progress,
    record_visit,
    resume_point,
)
from courses.learning.quiz_attempts import (
    AttemptsExhausted,
    QuestionsUnanswered,
    attempts_of,
    every_quiz_passed,
    quiz_blocks,
    quiz_passed,
    submit_quiz,
)

__all__ = [
    "AttemptsExhausted",
    "CourseProgress",
    "QuestionsUnanswered",
    "attempts_of",
    "complete_course_if_done",
    "complete_lesson",
    "completion_counts",
    "course_progress",
    "enrol",
    "enrolment_for",
    "every_quiz_passed",
    "issue_certificate",
    "learner_name",
    "missing_prerequisites",
    "quiz_blocks",
    "quiz_passed",
    "record_visit",
    "resume_point",
    "submit_quiz",
]
