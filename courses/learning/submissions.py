"""Exercise submissions: the learner's worksheets, self-assessments and genograms, and the coordinators' review.

The writes return what the lesson shows next (courses.exercise_work's states) so that a form with errors can be
drawn again with what the learner typed. Handed-in or accepted work is locked (ExerciseLocked) until a
coordinator returns it; a self-assessment is never locked: each one is a new attempt.
"""

import hashlib
import json

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from courses import exercise_work
from courses.blocks import empowerment_definition
from courses.exercises import empowerment, genogram, smart
from courses.learning.progress import complete_lesson
from courses.models.exercises import ExerciseComment, ExerciseSubmission


def save_empowerment(enrolment, lesson, block, data):
    """Store a completed self-assessment as a new attempt. Returns (state, saved): unsaved when incomplete."""
    definition = empowerment_definition(block.value)
    answers, errors = empowerment.parse_answers(definition, data)
    attempts = list(
        ExerciseSubmission.objects.filter(enrolment=enrolment, lesson=lesson, exercise_id=block.id).order_by(
            "-created_at", "-pk"
        )
    )
    if errors:
        posted = {
            "ratings": {key: data.get(key, "") for key in data.keys() if key.startswith("rating-")},
            "reflections": {key: data.get(key, "") for key in data.keys() if key.startswith("reflection-")},
        }
        return exercise_work.empowerment_state(block, attempts, errors, posted), False
    submission = ExerciseSubmission.objects.create(
        enrolment=enrolment,
        lesson=lesson,
        exercise_id=block.id,
        kind="empowerment",
        data={"answers": answers, "result": empowerment.score(definition, answers)},
        status=ExerciseSubmission.Status.SUBMITTED,
        submitted_at=timezone.now(),
    )
    return exercise_work.empowerment_state(block, [submission, *attempts]), True


class ExerciseLocked(Exception):
    pass


# What became of a posted SMART worksheet (save_smart, hand_in_smart).
INVALID = "invalid"  # not saved: the form again with the errors beside the fields
DRAFT = "draft"  # saved as a draft
SUBMITTED = "submitted"  # handed in: waits for the coordinator
CONFIRM = "confirm"  # saved as a draft; the goal misses criteria, so the learner is asked to confirm
REFUSED = "refused"  # saved as a draft; the author requires every criterion and the goal misses some


def unmet_criteria(worksheet):
    """The SMART criteria (smart.Criterion) the worksheet's goal does not meet today."""
    return [criterion for criterion in smart.check(worksheet, timezone.localdate()) if not criterion.met]


def hand_in_outcome(block, worksheet, confirmed):
    """SUBMITTED when the goal may be handed in now; else CONFIRM (the learner's second step) or REFUSED."""
    if not unmet_criteria(worksheet):
        return SUBMITTED
    if block.value.get("require_all_criteria"):
        return REFUSED
    return SUBMITTED if confirmed else CONFIRM


def save_smart(enrolment, lesson, block, data, submit):
    """Store the posted worksheet; ``submit`` asks to hand it in. Returns (state, outcome).

    A goal below the SMART criteria is not handed in at the first asking: it is kept as a draft and the
    outcome is CONFIRM (hand_in_smart is the learner's "hand it in anyway"), or REFUSED where the author
    requires every criterion. Handed-in or accepted work raises ExerciseLocked."""
    worksheet, errors = smart.parse(data)
    submission = ExerciseSubmission.objects.filter(enrolment=enrolment, lesson=lesson, exercise_id=block.id).first()
    if submission is not None and submission.status in (
        ExerciseSubmission.Status.SUBMITTED,
        ExerciseSubmission.Status.ACCEPTED,
    ):
        raise ExerciseLocked
    if errors:
        raw = {key: data.get(key, "") for key in data.keys()} if hasattr(data, "keys") else {}
        return exercise_work.smart_state(block.id, submission, worksheet, errors, raw), INVALID
    outcome = hand_in_outcome(block, worksheet, confirmed=False) if submit else DRAFT
    values = {"kind": "smart", "data": worksheet.to_dict()}
    if outcome == SUBMITTED:
        values.update(status=ExerciseSubmission.Status.SUBMITTED, submitted_at=timezone.now())
    else:
        values["status"] = ExerciseSubmission.Status.DRAFT
    try:
        with transaction.atomic():
            submission, _created = ExerciseSubmission.objects.update_or_create(
                enrolment=enrolment, lesson=lesson, exercise_id=block.id, defaults=values
            )
    except IntegrityError:  # a second tab created it a moment ago: update that one
        submission = ExerciseSubmission.objects.get(enrolment=enrolment, lesson=lesson, exercise_id=block.id)
        ExerciseSubmission.objects.filter(pk=submission.pk).update(**values)
    return exercise_work.smart_state(block.id, submission, worksheet, {}), outcome


def hand_in_smart(enrolment, lesson, block):
    """The learner's "hand it in anyway": hand in the saved draft as it is. Returns (state, outcome):
    SUBMITTED, REFUSED (the author requires every criterion) or INVALID when there is no draft to hand in."""
    with transaction.atomic():
        submission = (
            ExerciseSubmission.objects.select_for_update()
            .filter(enrolment=enrolment, lesson=lesson, exercise_id=block.id)
            .first()
        )
        if submission is None:
            return exercise_work.smart_state(block.id), INVALID
        if submission.is_done:
            raise ExerciseLocked
        worksheet, _errors = smart.parse(submission.data)
        outcome = hand_in_outcome(block, worksheet, confirmed=True)
        if outcome == SUBMITTED:
            submission.status, submission.submitted_at = ExerciseSubmission.Status.SUBMITTED, timezone.now()
            submission.save(update_fields=["status", "submitted_at", "updated_at"])
    return exercise_work.smart_state(block.id, submission, worksheet), outcome


def complete_lesson_if_exercises_done(enrolment, lesson):
    """A lesson completed by its exercises is completed once every one is handed in (or accepted where required)."""
    if lesson.completion == lesson.Completion.EXERCISE and exercise_work.every_exercise_done(enrolment, lesson):
        complete_lesson(enrolment, lesson)


# The genogram editor -------------------------------------------------------------------------------------


class Stale(Exception):
    """The genogram changed since the page was drawn (another tab): ids in the form may mean someone else."""


def revision(data):
    """A short fingerprint of the genogram, posted back with every form to detect a change made elsewhere."""
    return hashlib.sha256(json.dumps(data, sort_keys=True).encode()).hexdigest()[:16]


@transaction.atomic
def save_genogram(enrolment, lesson, block, change, posted_revision):
    """Apply ``change`` to the learner's stored genogram under a row lock (two tabs cannot lose a change).

    ``change`` None starts again from the case. The first change creates the learner's submission."""
    rows = ExerciseSubmission.objects.select_for_update().filter(
        enrolment=enrolment, lesson=lesson, exercise_id=block.id
    )
    submission = rows.first()
    if submission is None:
        try:
            with transaction.atomic():
                submission = ExerciseSubmission.objects.create(
                    enrolment=enrolment,
                    lesson=lesson,
                    exercise_id=block.id,
                    kind="genogram",
                    data={"genogram": exercise_work.genogram_data(block, None)},
                )
        except IntegrityError:  # another tab created it a moment ago
            submission = rows.get()
    if submission.is_done:
        raise ExerciseLocked
    if revision(submission.data.get("genogram")) != posted_revision:
        raise Stale
    new = exercise_work.genogram_data(block, None) if change is None else change(submission.data.get("genogram"))
    genogram.layout(genogram.parse(new))  # LayoutTooSlow (a GenogramError): a drawing that cannot be made is not kept
    submission.data = {"genogram": new}
    submission.status = ExerciseSubmission.Status.DRAFT
    submission.save(update_fields=["data", "status", "updated_at"])
    return submission


def hand_in_genogram(enrolment, lesson, block):
    """Hand in the learner's genogram: ExerciseLocked when it already is, GenogramError when it has nobody."""
    with transaction.atomic():
        submission = (
            ExerciseSubmission.objects.select_for_update()
            .filter(enrolment=enrolment, lesson=lesson, exercise_id=block.id)
            .first()
        )
        if submission is not None and submission.is_done:
            raise ExerciseLocked
        if submission is None or not (submission.data.get("genogram") or {}).get("people"):
            raise genogram.GenogramError([_("Add at least one person before handing the genogram in.")])
        submission.status = ExerciseSubmission.Status.SUBMITTED
        submission.submitted_at = timezone.now()
        submission.save(update_fields=["status", "submitted_at", "updated_at"])
    return submission


# The coordinators' review --------------------------------------------------------------------------------


def add_comment(submission, author, text):
    return ExerciseComment.objects.create(submission=submission, author=author, text=text)


def review(submission, action):
    """ "accept" or "return" handed-in work (drafts are not reviewed); accepting can complete the lesson."""
    if submission.status not in (ExerciseSubmission.Status.SUBMITTED, ExerciseSubmission.Status.ACCEPTED):
        return  # drafts are not reviewed
    submission.status = ExerciseSubmission.Status.ACCEPTED if action == "accept" else ExerciseSubmission.Status.RETURNED
    submission.save(update_fields=["status", "updated_at"])
    lesson, enrolment = submission.lesson.specific, submission.enrolment
    if action == "accept":
        complete_lesson_if_exercises_done(enrolment, lesson)


# The learner's erasure -----------------------------------------------------------------------------------


def delete_exercise_work(user):
    """Delete the learner's exercise submissions (their comments go with them); returns how many."""
    return ExerciseSubmission.objects.filter(enrolment__user=user).delete()[1].get(ExerciseSubmission._meta.label, 0)
