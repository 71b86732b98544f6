from courses.models.exercises import ExerciseComment, ExerciseSubmission
from courses.models.learning import Certificate, Enrolment, LessonProgress, QuizAttempt
from courses.models.pages import CourseIndexPage, CoursePage, LessonPage

__all__ = [
    "Certificate",
    "CourseIndexPage",
    "CoursePage",
    "Enrolment",
    "ExerciseComment",
    "ExerciseSubmission",
    "LessonPage",
    "LessonProgress",
    "QuizAttempt",
]
