"""A lesson's routes: reading it, answering its quizzes, handing in its exercises, downloading the work."""

from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect
from django.utils.translation import gettext_lazy as _

from courses import exercise_exports, exercise_work, learning
from courses.learning import submissions
from courses.models.exercises import ExerciseSubmission
from courses.quizzes import answers_from_post
from courses.views.courses import login_redirect


def admit(request, lesson):
    """Every route of a lesson (the lesson, its exercise editors and downloads) is for enrolled learners.

    Returns the response for anyone else (sign in, or enrol first), or None after setting request.enrolment
    (None for an editor of the course, who reads without enrolling and without leaving progress)."""
    if not request.user.is_authenticated:
        return login_redirect(request)
    enrolment = learning.enrolment_for(request.user, lesson.course)
    if enrolment is None and not lesson.may_read_without_enrolment(request.user):
        messages.info(request, _("Enrol in the course to open its lessons."))
        return redirect(lesson.course.url)
    request.enrolment = enrolment
    return None


def lesson_view(request, lesson):
    enrolment = request.enrolment
    if request.method == "POST" and "exercise" in request.POST:
        return exercise_submission(request, lesson, enrolment)
    if request.method == "POST":
        return quiz_submission(request, lesson, enrolment)
    if enrolment:
        learning.record_visit(enrolment, lesson)
    return lesson.render(request)


def quiz_submission(request, lesson, enrolment):
    block = next((b for b in learning.quiz_blocks(lesson) if b.id == request.POST.get("quiz", "")), None)
    if block is None:
        messages.error(request, _("This quiz no longer exists; the lesson has changed. Please try again."))
        return redirect(lesson.url)
    if enrolment is None:
        messages.info(request, _("Quiz answers are stored for enrolled learners only."))
        return redirect(lesson.url)
    answers = answers_from_post(block.value, request.POST)
    try:
        attempt = learning.submit_quiz(enrolment, lesson, block, answers)
    except learning.AttemptsExhausted:
        if learning.quiz_passed(enrolment, lesson, block.id):
            messages.info(request, _("You have already passed this quiz."))
        else:
            messages.error(request, _("You have used every attempt at this quiz. Your coordinator can help."))
        return redirect(f"{lesson.url}#quiz-{block.id}")
    except learning.QuestionsUnanswered as incomplete:
        # Not scored and no attempt used: the form again, with the answers given ticked.
        request.quiz_posted = {block.id: (answers, incomplete.numbers)}
        response = lesson.render(request)
        response.status_code = 400
        return response
    # Post/redirect/get: reloading the result page does not submit the answers again.
    return redirect(f"{lesson.url}?wynik={attempt.pk}#quiz-{block.id}")


def exercise_submission(request, lesson, enrolment):
    block = next((b for b in exercise_work.exercise_blocks(lesson) if b.id == request.POST.get("exercise", "")), None)
    if block is None:
        messages.error(request, _("This exercise no longer exists; the lesson has changed. Please try again."))
        return redirect(lesson.url)
    if enrolment is None:
        messages.info(request, _("Exercises are stored for enrolled learners only."))
        return redirect(lesson.url)
    if block.block_type == "genogram":  # drawn in its own editor
        return redirect(lesson.url + lesson.reverse_subpage("genogram", kwargs={"block_id": block.id}))
    # A self-assessment is stored whenever it is complete; a worksheet is handed in when the learner
    # says so, and below the SMART criteria only after a second, confirming step.
    action = request.POST.get("action")
    try:
        if block.block_type == "empowerment":
            state, saved = submissions.save_empowerment(enrolment, lesson, block, request.POST)
            outcome = submissions.SUBMITTED if saved else submissions.INVALID
        elif action == "submit_anyway":
            state, outcome = submissions.hand_in_smart(enrolment, lesson, block)
        else:
            state, outcome = submissions.save_smart(enrolment, lesson, block, request.POST, action == "submit")
    except submissions.ExerciseLocked:
        messages.error(request, _("This work has been handed in; it can be changed once the coordinator returns it."))
        return redirect(f"{lesson.url}#exercise-{block.id}")
    if outcome == submissions.INVALID:
        # Show the form again with what the learner typed and the errors beside the fields.
        request.exercise_states = {**exercise_work.states_for(enrolment, lesson), block.id: state}
        response = lesson.render(request)
        response.status_code = 400
        return response
    if outcome == submissions.CONFIRM:
        # Post/redirect/get to the second step: the criteria not met, "hand it in anyway" or "back to editing".
        return redirect(f"{lesson.url}?oddaj={block.id}#exercise-{block.id}-confirm")
    if outcome == submissions.REFUSED:
        criteria = ", ".join(f"{criterion['letter']} – {criterion['label']}" for criterion in state.unmet)
        messages.error(
            request,
            _(
                "This worksheet can be handed in only when the goal meets every SMART criterion. "
                "Your draft has been saved. Not met yet: %(criteria)s."
            )
            % {"criteria": criteria},
        )
    elif outcome == submissions.SUBMITTED:
        if block.block_type == "empowerment":
            messages.success(request, _("Your self-assessment has been saved."))
        else:
            messages.success(request, _("Your work has been handed in."))
        submissions.complete_lesson_if_exercises_done(enrolment, lesson)
    else:
        messages.success(request, _("Your draft has been saved."))
    return redirect(f"{lesson.url}#exercise-{block.id}")


def exercise_download(request, lesson, block_id, fmt):
    """The learner's own work in ``fmt``; a genogram not yet changed is the author's case."""
    block = next((b for b in exercise_work.exercise_blocks(lesson) if b.id == block_id), None)
    enrolment = request.enrolment
    if block is None:
        raise Http404
    kind = exercise_work.EXERCISE_BLOCK_TYPES[block.block_type]
    submission = None
    if enrolment is not None:
        submission = ExerciseSubmission.objects.filter(enrolment=enrolment, lesson=lesson, exercise_id=block.id).first()
    if submission is None:
        if kind != "genogram":
            raise Http404
        # Not stored: an unsaved submission carries the starting point to the export.
        submission = ExerciseSubmission(enrolment=enrolment, lesson=lesson, exercise_id=block.id, kind=kind)
        submission.data = {"genogram": exercise_work.genogram_data(block, None)}
    return exercise_exports.download_response(submission, fmt, request)
