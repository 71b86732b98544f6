"""Scoring a quiz on the server from the learner's POST: choices travel as indexes, never as answers."""

from dataclasses import dataclass, field

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
