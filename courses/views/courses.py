"""A course page's own routes: enrolment."""

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.http import HttpResponseNotAllowed
from django.shortcuts import redirect
from django.utils.translation import gettext_lazy as _

from courses import learning
from portal.visibility import login_url


def login_redirect(request):
    return redirect_to_login(request.get_full_path(), login_url())


def enrol(request, course):
    """POST: the signed-in learner enrols in an open course whose prerequisites they have completed."""
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    if not request.user.is_authenticated:
        return login_redirect(request)
    if learning.enrolment_for(request.user, course):
        return redirect(course.url)
    if not course.open_enrolment:
        messages.error(request, _("Learners are enrolled in this course by their coordinator."))
        return redirect(course.url)
    missing = learning.missing_prerequisites(request.user, course)
    if missing:
        messages.error(
            request,
            _("Complete these courses first: %(courses)s.") % {"courses": ", ".join(c.title for c in missing)},
        )
        return redirect(course.url)
    learning.enrol(request.user, course)
    messages.success(request, _("You are enrolled. Good luck!"))
    first = course.lessons[0] if course.lessons else None
    return redirect(first.url if first else course.url)
