"""Quiz attempts: scored and stored, within the quiz's attempt limit; passing every quiz can complete a lesson."""

from django.db import transaction
from django.utils import timezone

from courses.learning.progress import complete_lesson
from courses.models.learning import Enrolment, QuizAttempt
from courses.quizzes import pass_threshold, score, unanswered


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
    if lesson.completion == lesson.Completion.QUIZ and every_quiz_passed(enrolment, lesson):
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
