from courses.models.exercises import ExerciseSubmission
from courses.models.learning import Certificate, Enrolment, LessonProgress, QuizAttempt
from courses.models.pages import CourseIndexPage, CoursePage, LessonPage

__all__ = [
    "Certificate",
    "CourseIndexPage",
    "CoursePage",
    "Enrolment",
    "ExerciseSubmission",
    "LessonPage",
    "LessonProgress",
    "QuizAttempt",
]
