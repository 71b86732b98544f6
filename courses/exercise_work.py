"""What a lesson shows about the learner's exercise work (the logic lives in courses/exercises/; the writes are
courses.learning.submissions)."""

from dataclasses import dataclass, field

from django.utils import timezone
from django.utils.formats import number_format
from django.utils.html import format_html
from django.utils.translation import gettext as _

from courses import exercise_exports
from courses.blocks import empowerment_definition, genogram_case
from courses.exercises import empowerment, genogram, smart
from courses.models.exercises import ExerciseSubmission

EXERCISE_BLOCK_TYPES = {"smart_goal": "smart", "empowerment": "empowerment", "genogram": "genogram"}


def exercise_blocks(lesson):
    return [block for block in lesson.body if block.block_type in EXERCISE_BLOCK_TYPES]


@dataclass
class ExerciseState:
    """One exercise of a lesson as its learner sees it: the stored work, or the form just posted with errors."""

    block_id: str
    submission: ExerciseSubmission | None = None
    worksheet: object = None
    errors: dict = field(default_factory=dict)
    checklist: list = field(default_factory=list)
    summary: dict = field(default_factory=dict)
    raw: dict = field(default_factory=dict)  # the posted form, shown again when it has errors
    confirming: bool = False  # the learner asked to hand in a goal below the criteria: ask to confirm

    @property
    def unmet(self):
        """The SMART criteria the saved goal does not meet yet (checklist entries)."""
        return [criterion for criterion in self.checklist if not criterion["met"]]

    @property
    def fields(self):
        """The worksheet's fields with their values and errors, in form order."""
        rows = []
        for spec in smart.FIELDS:
            value = getattr(self.worksheet, spec["name"], "") if self.worksheet else ""
            if spec["name"] == "deadline":
                value = value.isoformat() if value else self.raw.get("deadline", "")
            rows.append({**spec, "value": value or "", "errors": self.errors.get(spec["name"], [])})
        return rows

    @property
    def steps(self):
        """The steps so far plus two empty rows (more after saving): no JavaScript needed to add one."""
        if self.raw:
            return self.posted_steps()
        steps = list(self.worksheet.steps) if self.worksheet else []
        rows = [
            {
                "number": number,
                "step": step.step,
                "owner": step.owner,
                "due": step.due.isoformat() if step.due else "",
                "errors": self.errors.get(f"steps-{number}-due", []),
            }
            for number, step in enumerate(steps)
        ]
        for number in range(len(steps), min(len(steps) + 2, smart.MAX_STEPS)):
            rows.append({"number": number, "step": "", "owner": "", "due": "", "errors": []})
        return rows

    def posted_steps(self):
        rows = []
        for number in range(smart.MAX_STEPS):
            row = {name: self.raw.get(f"steps-{number}-{name}", "") for name in ("step", "owner", "due")}
            if any(value.strip() for value in row.values()):
                rows.append({"number": number, **row, "errors": self.errors.get(f"steps-{number}-due", [])})
        last = rows[-1]["number"] + 1 if rows else 0
        for number in range(last, min(last + 2, smart.MAX_STEPS)):
            rows.append({"number": number, "step": "", "owner": "", "due": "", "errors": []})
        return rows

    @property
    def locked(self):
        """Submitted or accepted work waits for the coordinator; returned work and drafts are editable."""
        return self.submission is not None and self.submission.status in (
            ExerciseSubmission.Status.SUBMITTED,
            ExerciseSubmission.Status.ACCEPTED,
        )


def smart_state(block_id, submission=None, worksheet=None, errors=None, raw=None):
    if worksheet is None:
        worksheet, _errors = smart.parse(submission.data if submission else {})
    criteria = smart.check(worksheet, timezone.localdate())
    return ExerciseState(
        block_id,
        submission,
        worksheet,
        errors or {},
        smart.checklist(criteria) if submission or errors is not None else [],
        smart.summary(criteria),
        raw or {},
    )


@dataclass
class EmpowermentState:
    """A self-assessment as its learner sees it: the form, earlier attempts and the latest result's chart."""

    block_id: str
    definition: dict
    attempts: list = field(default_factory=list)  # the learner's submissions, newest first
    errors: dict = field(default_factory=dict)
    posted: dict = field(default_factory=dict)  # ratings and reflections just posted, shown again on errors

    @property
    def form(self):
        fields = empowerment.form_fields(self.definition)
        ratings = self.posted.get("ratings", {})
        for dimension in fields["dimensions"]:
            for statement in dimension["statements"]:
                statement["chosen"] = ratings.get(statement["name"])
                statement["error"] = self.errors.get(statement["name"], "")
        for question in fields["reflections"]:
            question["value"] = self.posted.get("reflections", {}).get(question["name"], "")
        return fields

    @property
    def chart(self):
        if not self.attempts:
            return None
        latest = self.attempts[0].data["result"]
        previous = self.attempts[1].data["result"] if len(self.attempts) > 1 else None
        return empowerment.radar_or_bar_svg(latest, previous, chart_id=f"chart-{self.block_id}")

    @property
    def reading(self):
        """The latest result in words: strengths and areas to develop (empowerment.strengths_and_areas)."""
        if not self.attempts:
            return None
        reading = empowerment.strengths_and_areas(self.attempts[0].data["result"])
        for key in ("strong_from", "develop_below"):  # "4", "5,5": as a person writes a score
            value = reading[key]
            reading[key] = str(int(value)) if value == int(value) else number_format(round(value, 2))
        return reading

    @property
    def locked(self):
        return False  # a self-assessment can always be taken again


def empowerment_state(block, attempts=(), errors=None, posted=None):
    return EmpowermentState(block.id, empowerment_definition(block.value), list(attempts), errors or {}, posted or {})


@dataclass
class GenogramState:
    """The genogram exercise in the lesson: the learner's drawing so far and the way to the editor."""

    block_id: str
    submission: ExerciseSubmission | None
    drawing: object  # the Genogram shown: the learner's, or the author's case before the first change
    editor_url: str
    downloads: list

    @property
    def locked(self):
        return self.submission is not None and self.submission.is_done

    @property
    def svg(self):
        try:
            return genogram.render_svg(self.drawing, id_prefix=f"genogram-{self.block_id}")
        except genogram.LayoutTooSlow as slow:  # shown in place of the drawing; the editor still opens
            return format_html('<p class="callout">{}</p>', slow.messages[0])

    @property
    def summary(self):
        return genogram.summary(self.drawing)


def genogram_data(block, submission):
    """The learner's genogram as a dict: stored, or the author's case before the first change."""
    if submission is not None:
        return submission.data.get("genogram") or genogram.empty_genogram()
    try:
        return genogram_case(block.value)
    except genogram.GenogramError:  # blocks are validated on save; content from before falls back to empty
        return genogram.empty_genogram()


def parsed_genogram(data):
    try:
        return genogram.parse(data)
    except genogram.GenogramError:
        return genogram.parse(genogram.empty_genogram())


def genogram_state(lesson, block, submission):
    data = genogram_data(block, submission)
    url = lesson.url + lesson.reverse_subpage("genogram", kwargs={"block_id": block.id})
    return GenogramState(block.id, submission, parsed_genogram(data), url, download_links(lesson, block, submission))


def download_links(lesson, block, submission):
    """[(label, url)] of the formats the learner can download their work in (none before there is work)."""
    kind = EXERCISE_BLOCK_TYPES[block.block_type]
    if submission is None and kind != "genogram":
        return []
    labels = {"svg": _("SVG drawing"), "png": _("PNG image"), "pdf": _("PDF"), "json": _("JSON file (to import)")}
    return [
        (
            labels[fmt],
            lesson.url + lesson.reverse_subpage("exercise_download", kwargs={"block_id": block.id, "fmt": fmt}),
        )
        for fmt in exercise_exports.FORMATS.get(kind, ())
    ]


def states_for(enrolment, lesson):
    """The state per exercise block id of the lesson, for the learner of ``enrolment`` (or nobody)."""
    submissions = {}
    if enrolment is not None:
        for submission in ExerciseSubmission.objects.filter(enrolment=enrolment, lesson=lesson).order_by(
            "-created_at", "-pk"
        ):
            submissions.setdefault(submission.exercise_id, []).append(submission)
    states = {}
    for block in exercise_blocks(lesson):
        own = submissions.get(block.id, [])
        if block.block_type == "empowerment":
            states[block.id] = empowerment_state(block, own)
        elif block.block_type == "genogram":
            states[block.id] = genogram_state(lesson, block, own[0] if own else None)
        else:
            states[block.id] = smart_state(block.id, own[0] if own else None)
    return states


def ask_to_confirm(states, block_id):
    """Mark the SMART worksheet ``block_id`` (if it is one, editable and below the criteria) as waiting
    for the learner's confirmation: the lesson then lists the criteria not met and offers to hand it in anyway."""
    state = states.get(block_id)
    if isinstance(state, ExerciseState) and not state.locked and state.submission is not None and state.unmet:
        state.confirming = True


def every_exercise_done(enrolment, lesson):
    """Every exercise of the lesson handed in, and accepted where the author requires acceptance."""
    blocks = exercise_blocks(lesson)
    done = {
        submission.exercise_id: submission.status
        for submission in ExerciseSubmission.objects.filter(enrolment=enrolment, lesson=lesson)
    }
    for block in blocks:
        status = done.get(block.id)
        if block.value.get("requires_acceptance"):
            if status != ExerciseSubmission.Status.ACCEPTED:
                return False
        elif status not in (ExerciseSubmission.Status.SUBMITTED, ExerciseSubmission.Status.ACCEPTED):
            return False
    return True
