"""Coordinators review learners' exercise work: "Prace uczestników" in the admin (comment, accept, return).

Whose work a user sees is the course reports' scope (courses.reports.Scope): course coordinators see
everyone's, a region's moderators their region's learners', nobody else anything.
"""

from django import forms
from django.contrib import messages
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import redirect
from django.urls import include, path, reverse
from django.utils import timezone
from django.utils.safestring import mark_safe
from django.utils.text import capfirst
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView, View
from wagtail import hooks
from wagtail.admin.auth import permission_denied
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from courses import exercise_exports, reports
from courses.exercises import empowerment, genogram, smart
from courses.learning import submissions
from courses.models import ExerciseSubmission
from portal import audit

# A filter list: every option starts with a capital, like "Wszystkie" (the statuses are lower-case in sentences).
STATUS_FILTERS = [("", _("All"))] + [(value, capfirst(label)) for value, label in ExerciseSubmission.Status.choices]


def submissions_in(scope):
    return ExerciseSubmission.objects.filter(scope.learner_filter("enrolment__user__")).select_related(
        "enrolment__user", "enrolment__course", "lesson"
    )


def find_submission(scope, public_id):
    """The submission if its learner is within ``scope``, else Http404 (as if it did not exist)."""
    submission = submissions_in(scope).filter(public_id=public_id).first()
    if submission is None:
        raise Http404
    return submission


class ReviewAccessMixin:
    def dispatch(self, request, *args, **kwargs):
        self.scope = reports.Scope.of(request.user)
        if self.scope is None:
            return permission_denied(request)
        return super().dispatch(request, *args, **kwargs)


class SubmissionListView(ReviewAccessMixin, WagtailAdminTemplateMixin, TemplateView):
    template_name = "courses/admin/exercises/index.html"
    page_title = _("Learners' exercises")
    header_icon = "tasks"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        status = self.request.GET.get("status", "submitted")
        submissions = submissions_in(self.scope).order_by("-submitted_at", "-updated_at", "pk")
        if status in ExerciseSubmission.Status.values:
            submissions = submissions.filter(status=status)
        else:
            status = ""
        page = Paginator(submissions, 50).get_page(self.request.GET.get("page"))
        context.update({"page_obj": page, "status": status, "statuses": STATUS_FILTERS, "scope": self.scope})
        return context


class CommentForm(forms.Form):
    text = forms.CharField(
        label=_("Comment for the learner"), widget=forms.Textarea(attrs={"rows": 4}), max_length=3000, required=False
    )


class SubmissionView(ReviewAccessMixin, WagtailAdminTemplateMixin, TemplateView):
    """One learner's work, its comments, and the actions: comment, accept, return for changes."""

    template_name = "courses/admin/exercises/submission.html"
    page_title = _("Learners' exercises")
    header_icon = "tasks"

    def get_submission(self, public_id):
        return find_submission(self.scope, public_id)

    def get(self, request, public_id):
        self.submission = self.get_submission(public_id)
        return super().get(request)

    def post(self, request, public_id):
        self.submission = self.get_submission(public_id)
        form = CommentForm(request.POST)
        action = request.POST.get("action", "comment")
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form))
        text = form.cleaned_data["text"].strip()
        if action == "comment" and not text:
            form.add_error("text", _("Write the comment first."))
            return self.render_to_response(self.get_context_data(form=form))
        if text:
            submissions.add_comment(self.submission, request.user, text)
        if action in ("accept", "return"):
            submissions.review(self.submission, action)
        messages.success(request, _("Saved."))
        return redirect(reverse("exercise_reviews:submission", args=[self.submission.public_id]))

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        submission = self.submission
        context.update(
            {
                "submission": submission,
                "comments": list(submission.comments.select_related("author")),
                "form": kwargs.get("form") or CommentForm(),
                "reviewable": submission.status != ExerciseSubmission.Status.DRAFT,
            }
        )
        if submission.kind == "smart":
            worksheet, _errors = smart.parse(submission.data)
            context["smart"] = smart.printable(worksheet, smart.check(worksheet, timezone.localdate()))
        elif submission.kind == "empowerment" and "result" in submission.data:
            context["chart"] = empowerment.radar_or_bar_svg(submission.data["result"])
        elif submission.kind == "genogram":
            context["genogram"] = genogram_context(submission)
        unreadable = submission.kind == "genogram" and context["genogram"] is None
        context["downloads"] = [] if unreadable else downloads(submission)
        return context


def genogram_context(submission):
    """The drawing, its text alternative and summary; ``None`` when the stored data cannot be read."""
    try:
        drawing = exercise_exports.stored_genogram(submission)
    except Http404:
        return None
    try:
        svg = genogram.render_svg(drawing, submission.lesson.title, id_prefix="review-genogram", full_description=False)
        svg = mark_safe(svg)  # built from escaped text only (genogram.svg)
    except genogram.LayoutTooSlow as error:  # the text below still describes the whole genogram
        svg = error.messages[0]
    return {
        "svg": svg,
        "summary": genogram.summary(drawing),
        "sections": genogram.describe_sections(drawing),
    }


def downloads(submission):
    """Links to the submission's files: [{"label", "url"}] in the order of exercise_exports.FORMATS."""
    return [
        {
            "label": gettext("Download %(format)s") % {"format": fmt.upper()},
            "url": reverse("exercise_reviews:download", args=[submission.public_id, fmt]),
        }
        for fmt in exercise_exports.formats_for(submission)
    ]


class DownloadView(ReviewAccessMixin, View):
    """The submission as a file (SMART: PDF; genogram: SVG, PNG, PDF, JSON), for the same people as its page."""

    def get(self, request, public_id, fmt):
        submission = find_submission(self.scope, public_id)
        response = exercise_exports.download_response(submission, fmt, request)
        learner = submission.enrolment.user
        audit.log_export(request, learner, "exercise", format=fmt, lesson=submission.lesson.title, id=str(public_id))
        return response


urlpatterns = [
    path("", SubmissionListView.as_view(), name="index"),
    path("<uuid:public_id>/", SubmissionView.as_view(), name="submission"),
    path("<uuid:public_id>/pobierz.<str:fmt>", DownloadView.as_view(), name="download"),
]


@hooks.register("register_admin_urls")
def register_review_urls():
    return [path("prace-uczestnikow/", include((urlpatterns, "exercise_reviews"), namespace="exercise_reviews"))]


class ReviewsMenuItem(MenuItem):
    def is_shown(self, request):
        return reports.may_see_learners(request.user)


@hooks.register("register_admin_menu_item")
def register_reviews_menu_item():
    return ReviewsMenuItem(
        _("Learners' exercises"),
        reverse("exercise_reviews:index"),
        name="exercise-reviews",
        icon_name="edit",
        order=460,
    )
