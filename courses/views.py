"""The learner's pages outside the page tree: "Moje szkolenia" and certificates."""

from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import render

from courses import learning


@login_required
def my_courses(request):
    """/konto/szkolenia/: the learner's courses with progress, "Kontynuuj", completion and certificate."""
    progress = learning.progress_of_learner(request.user)
    return render(
        request,
        "courses/my_courses.html",
        {
            "in_progress": [item for item in progress if not item.enrolment.completed_at],
            "completed": [item for item in progress if item.enrolment.completed_at],
        },
    )


def certificate_pdf(request, code):
    raise Http404  # certificates: next step


def verify_certificate(request, code):
    raise Http404  # certificates: next step
