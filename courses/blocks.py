"""The blocks of a lesson: the portal's text blocks plus callouts, quizzes and the exercises.

A quiz's correct answers and feedback live in the lesson's StreamField and never reach the page's
HTML: the quiz template renders questions and choices by index only; courses.quizzes scores the answers.
"""

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks import StructBlockValidationError

from courses import quizzes
from courses.exercises import empowerment
from courses.exercises.genogram import GenogramError, empty_genogram, from_json
from portal.blocks import (
    CaptionedImageBlock,
    DocumentLinkBlock,
    HeadingBlock,
    ParagraphBlock,
    VideoEmbedBlock,
)

TEMPLATE_DIR = "components/blocks/"


class CalloutBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(
        label=_("Kind"),
        choices=[("tip", _("Tip")), ("important", _("Important")), ("example", _("Example"))],
        default="tip",
        help_text=_("A tip helps, “important” warns, an example shows the method in a case."),
    )
    title = blocks.CharBlock(label=_("Title"), max_length=120, required=False)
    text = blocks.RichTextBlock(label=_("Text"), features=["bold", "italic", "link", "ul", "ol"])

    class Meta:
        icon = "help"
        label = _("Callout")
        template = TEMPLATE_DIR + "callout_block.html"


class AnswerBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Answer"), max_length=300)
    correct = blocks.BooleanBlock(label=_("Correct"), required=False)
    feedback = blocks.CharBlock(
        label=_("Feedback"),
        max_length=500,
        required=False,
        help_text=_("Shown after the learner submits: why this answer is right or wrong."),
    )


MULTIPLE_CHOICE_INSTRUCTION = _("Choose every correct answer.")
# What authors typed into questions before the portal showed the instruction itself (Polish and English).
TYPED_INSTRUCTION = re.compile(r"\(?\s*(zaznacz\s+wszystkie|choose\s+(every|all)|select\s+all)\b", re.IGNORECASE)


def repeats_instruction(text):
    return bool(TYPED_INSTRUCTION.search(text) or str(MULTIPLE_CHOICE_INSTRUCTION).rstrip(".").lower() in text.lower())


class QuestionBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(
        label=_("Kind of question"),
        choices=[
            ("single", _("Single choice")),
            ("multiple", _("Multiple choice")),
            ("true_false", _("True or false")),
        ],
        default="single",
    )
    text = blocks.CharBlock(
        label=_("Question"),
        max_length=500,
        help_text=_(
            "The question only: the portal adds the instruction “Choose every correct answer” "
            "to a multiple-choice question itself."
        ),
    )
    answers = blocks.ListBlock(AnswerBlock(), label=_("Answers"), min_num=2)

    def clean(self, value):
        value = super().clean(value)
        if value["kind"] == "multiple" and repeats_instruction(value["text"]):
            raise StructBlockValidationError(
                block_errors={
                    "text": ValidationError(
                        _("Remove the instruction from the question: the portal adds “%(instruction)s” itself.")
                        % {"instruction": MULTIPLE_CHOICE_INSTRUCTION}
                    )
                }
            )
        correct = sum(1 for answer in value["answers"] if answer["correct"])
        if value["kind"] in ("single", "true_false") and correct != 1:
            raise StructBlockValidationError(
                block_errors={"answers": ValidationError(_("Mark exactly one answer as correct."))}
            )
        if value["kind"] == "multiple" and correct < 1:
            raise StructBlockValidationError(
                block_errors={"answers": ValidationError(_("Mark at least one answer as correct."))}
            )
        return value


class QuizBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=120, default="Sprawdź się")
    pass_threshold = blocks.IntegerBlock(
        label=_("Pass threshold (%)"),
        required=False,
        min_value=0,
        max_value=100,
        help_text=_("The share of points needed to pass. Leave empty to use the course's pass threshold."),
    )
    max_attempts = blocks.IntegerBlock(
        label=_("Attempts allowed"), min_value=0, default=3, help_text=_("0 means no limit.")
    )
    show_answers = blocks.ChoiceBlock(
        label=_("Show the correct answers"),
        choices=[
            (quizzes.SHOW_AFTER_PASSING_OR_LAST, _("after passing or after the last attempt")),
            (quizzes.SHOW_AFTER_PASSING, _("after passing")),
            (quizzes.SHOW_AFTER_LAST_ATTEMPT, _("after the last attempt")),
            (quizzes.SHOW_NEVER, _("never")),
        ],
        default=quizzes.SHOW_AFTER_PASSING_OR_LAST,
        help_text=_(
            "When learners see the correct answers and their feedback. Until then the result says only which "
            "questions were answered correctly. With no limit on attempts there is no last attempt."
        ),
    )
    questions = blocks.ListBlock(QuestionBlock(), label=_("Questions"), min_num=1)

    class Meta:
        icon = "list-ul"
        label = _("Quiz")
        template = TEMPLATE_DIR + "quiz_block.html"

    def get_context(self, value, parent_context=None):
        """Rendered on its own (a preview), the quiz shows its form; in a lesson the page passes the state."""
        context = super().get_context(value, parent_context)
        if "state" not in context:
            context["state"] = {"questions": quizzes.form_questions(value), "threshold": value["pass_threshold"]}
        return context


class GenogramExerciseBlock(blocks.StructBlock):
    """The genogram exercise: each learner draws a family, starting from the author's case when there is one."""

    title = blocks.CharBlock(label=_("Title"), max_length=120, default="Genogram rodziny")
    instructions = blocks.RichTextBlock(label=_("Instructions"), features=["bold", "italic", "ul", "ol"])
    case = blocks.RichTextBlock(
        label=_("Case"),
        required=False,
        features=["bold", "italic", "ul", "ol"],
        help_text=_("The story of the family the learner draws (fictional or anonymised)."),
    )
    starting_genogram = blocks.TextBlock(
        label=_("Starting genogram (JSON)"),
        required=False,
        rows=6,
        help_text=_(
            "Optional: the part of the family each learner starts from, in the portal's genogram format "
            "(download it as JSON from the genogram editor). Leave empty to let learners start from scratch."
        ),
    )
    requires_acceptance = blocks.BooleanBlock(
        label=_("Requires a coordinator's acceptance"),
        required=False,
        help_text=_("The lesson counts as completed only when a coordinator accepts the genogram."),
    )

    class Meta:
        icon = "group"
        label = _("Genogram")

    def clean(self, value):
        value = super().clean(value)
        try:
            genogram_case(value)
        except GenogramError as error:
            raise StructBlockValidationError(
                block_errors={"starting_genogram": ValidationError(error.messages)}
            ) from None
        return value


def genogram_case(value):
    """The learner's starting genogram (a normalised dict) from the block's value; GenogramError if invalid."""
    text = (value.get("starting_genogram") or "").strip()
    return from_json(text).to_dict() if text else empty_genogram()


class SmartGoalExerciseBlock(blocks.StructBlock):
    """The SMART goal worksheet: the learner writes a goal for a (fictional) family; the portal checks it."""

    title = blocks.CharBlock(label=_("Title"), max_length=120, default="Cel SMART dla rodziny")
    instructions = blocks.RichTextBlock(label=_("Instructions"), features=["bold", "italic", "ul", "ol"])
    case = blocks.RichTextBlock(
        label=_("Case"),
        required=False,
        features=["bold", "italic", "ul", "ol"],
        help_text=_("The situation of the family the learner writes the goal for (fictional or anonymised)."),
    )
    requires_acceptance = blocks.BooleanBlock(
        label=_("Requires a coordinator's acceptance"),
        required=False,
        help_text=_("The lesson counts as completed only when a coordinator accepts the worksheet."),
    )
    require_all_criteria = blocks.BooleanBlock(
        label=_("Hand in only when every SMART criterion is met"),
        required=False,
        help_text=_(
            "When ticked, a worksheet whose goal misses a criterion cannot be handed in: the learner sees what "
            "is missing and keeps a draft. When not ticked, the learner is warned and may hand it in anyway."
        ),
    )

    class Meta:
        icon = "tasks"
        label = _("SMART goal worksheet")
        template = TEMPLATE_DIR + "smart_goal_block.html"


class EmpowermentStatementBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Statement"), max_length=300)
    reverse = blocks.BooleanBlock(
        label=_("Reverse-scored"),
        required=False,
        help_text=_("Tick for a negatively worded statement (“Decisions are made without me”): it counts reversed."),
    )


class EmpowermentDimensionBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Dimension"), max_length=100)
    description = blocks.CharBlock(label=_("Description"), max_length=500, required=False)
    statements = blocks.ListBlock(EmpowermentStatementBlock(), label=_("Statements"), min_num=1, max_num=20)


# The default title is the block's name (glossary: "empowerment-self-assessment"); a title saved with the
# old hard-coded Polish default is shown as this one (courses.blocks.empowerment_definition).
EMPOWERMENT_TITLE = _("Empowerment self-assessment")
OLD_EMPOWERMENT_TITLES = {"Samoocena wzmocnienia (empowerment)"}


class EmpowermentExerciseBlock(blocks.StructBlock):
    """An empowerment self-assessment: statements rated on a scale, grouped in dimensions, repeatable."""

    title = blocks.CharBlock(label=_("Title"), max_length=200, default=EMPOWERMENT_TITLE)
    instructions = blocks.RichTextBlock(label=_("Instructions"), features=["bold", "italic", "ul", "ol"])
    scale_max = blocks.IntegerBlock(
        label=_("Highest rating"), min_value=3, max_value=10, default=5, help_text=_("The scale runs from 1.")
    )
    min_label = blocks.CharBlock(label=_("Meaning of 1"), max_length=100, default="zdecydowanie się nie zgadzam")
    max_label = blocks.CharBlock(
        label=_("Meaning of the highest rating"), max_length=100, default="zdecydowanie się zgadzam"
    )
    dimensions = blocks.ListBlock(EmpowermentDimensionBlock(), label=_("Dimensions"), min_num=1, max_num=12)
    reflection_questions = blocks.ListBlock(
        blocks.CharBlock(max_length=500), label=_("Reflection questions"), required=False, max_num=10
    )

    class Meta:
        icon = "pick"
        label = _("Empowerment self-assessment")

    def clean(self, value):
        value = super().clean(value)
        problems = empowerment.validate_definition(empowerment_definition(value))
        if problems:
            raise StructBlockValidationError(block_errors={"dimensions": ValidationError(problems)})
        return value


def empowerment_definition(value):
    """The self-assessment's definition (courses.exercises.empowerment's format) from the block's value."""
    return {
        "title": str(EMPOWERMENT_TITLE) if value["title"] in OLD_EMPOWERMENT_TITLES else value["title"],
        "scale": {"max": value["scale_max"], "min_label": value["min_label"], "max_label": value["max_label"]},
        "dimensions": [
            {
                "title": dimension["title"],
                "description": dimension["description"],
                "statements": [
                    {"text": statement["text"], "reverse": bool(statement["reverse"])}
                    for statement in dimension["statements"]
                ],
            }
            for dimension in value["dimensions"]
        ],
        "reflection_questions": [question for question in value["reflection_questions"] if question],
    }


class LessonStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    image = CaptionedImageBlock()
    embed = VideoEmbedBlock()
    document = DocumentLinkBlock()
    callout = CalloutBlock()
    quiz = QuizBlock()
    genogram = GenogramExerciseBlock()
    smart_goal = SmartGoalExerciseBlock()
    empowerment = EmpowermentExerciseBlock()
