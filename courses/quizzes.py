"""Scoring a quiz on the server from the learner's POST: choices travel as indexes, never as answers."""

from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from portal.parsing import parse_int


@dataclass
class QuestionResult:
    text: str
    chosen: set
    correct: set
    feedback: list = field(default_factory=list)  # (answer text, was chosen, is correct, feedback)

    @property
    def is_correct(self):
        return self.chosen == self.correct


@dataclass
class QuizResult:
    questions: list
    pass_threshold: int
    answers_shown: bool = True  # False: only which questions were right, never the correct answers

    @property
    def score(self):
        return sum(1 for question in self.questions if question.is_correct)

    @property
    def percent(self):
        return round(100 * self.score / len(self.questions)) if self.questions else 0

    @property
    def passed(self):
        return self.percent >= self.pass_threshold


def chosen_indexes(data, question_number, answer_count):
    """The answer indexes the learner chose for a question; anything malformed is simply not chosen."""
    chosen = set()
    for raw in data.getlist(f"q{question_number}"):
        index = parse_int(raw, 0, answer_count - 1)
        if index is not None:
            chosen.add(index)
    return chosen


def answers_from_post(quiz, data):
    """The chosen answer indexes per question (sorted lists, ready to store) from the POSTed ``data``."""
    chosen = []
    for number, question in enumerate(quiz["questions"]):
        indexes = chosen_indexes(data, number, len(question["answers"]))
        if question["kind"] != "multiple" and len(indexes) > 1:
            indexes = set()  # a single-choice question answered twice is not answered
        chosen.append(sorted(indexes))
    return chosen


def pass_threshold(quiz, course):
    """The quiz's own pass threshold, or the course's when the quiz leaves it empty."""
    return quiz["pass_threshold"] if quiz["pass_threshold"] is not None else course.pass_threshold


def score(quiz, chosen_per_question, threshold):
    """A QuizResult for ``quiz`` (a QuizBlock value), the chosen answer indexes per question and the threshold."""
    results = []
    for number, question in enumerate(quiz["questions"]):
        answers = list(question["answers"])
        chosen = set(chosen_per_question[number]) if number < len(chosen_per_question) else set()
        correct = {index for index, answer in enumerate(answers) if answer["correct"]}
        feedback = [
            (answer["text"], index in chosen, index in correct, answer["feedback"])
            for index, answer in enumerate(answers)
            if index in chosen or index in correct
        ]
        results.append(QuestionResult(question["text"], chosen, correct, feedback))
    return QuizResult(results, threshold)


# When a quiz shows the correct answers (the QuizBlock's "show_answers"); the default suits most quizzes.
SHOW_AFTER_PASSING_OR_LAST = "passed_or_last"
SHOW_AFTER_PASSING = "passed"
SHOW_AFTER_LAST_ATTEMPT = "last_attempt"
SHOW_NEVER = "never"


def shows_answers(quiz, passed, attempts_left):
    """Whether the learner may see the correct answers now: ``passed`` the quiz (in any attempt), and
    ``attempts_left`` (None when unlimited: then there is no last attempt)."""
    rule = quiz.get("show_answers") or SHOW_AFTER_PASSING_OR_LAST
    out_of_attempts = attempts_left == 0
    if rule == SHOW_AFTER_PASSING:
        return passed
    if rule == SHOW_AFTER_LAST_ATTEMPT:
        return out_of_attempts
    if rule == SHOW_NEVER:
        return False
    return passed or out_of_attempts


def answers_note(quiz):
    """One sentence telling the learner when this quiz shows its correct answers."""
    rule = quiz.get("show_answers") or SHOW_AFTER_PASSING_OR_LAST
    return {
        SHOW_AFTER_PASSING: _("The correct answers and the explanations are shown once you pass the quiz."),
        SHOW_AFTER_LAST_ATTEMPT: _("The correct answers and the explanations are shown after your last attempt."),
        SHOW_NEVER: _("This quiz does not show the correct answers."),
    }.get(
        rule, _("The correct answers and the explanations are shown once you pass the quiz or use your last attempt.")
    )


def unanswered(chosen_per_question):
    """The numbers (counted from 1, as the learner sees them) of the questions left without an answer."""
    return [number for number, chosen in enumerate(chosen_per_question, start=1) if not chosen]


def form_questions(quiz, chosen_per_question=(), missing=()):
    """The questions as the quiz form shows them: texts and indexes only (never which answer is correct),
    with the learner's choices ticked again and the unanswered ones (``missing`` numbers) marked."""
    questions = []
    for number, question in enumerate(quiz["questions"]):
        chosen = set(chosen_per_question[number]) if number < len(chosen_per_question) else set()
        questions.append(
            {
                "index": number,
                "number": number + 1,
                "text": question["text"],
                "multiple": question["kind"] == "multiple",
                "unanswered": number + 1 in missing,
                "answers": [
                    {"index": index, "text": answer["text"], "checked": index in chosen}
                    for index, answer in enumerate(question["answers"])
                ],
            }
        )
    return questions
