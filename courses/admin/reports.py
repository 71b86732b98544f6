"""The coordinators' course reports in the admin ("Raporty szkoleń"), their exports and enrolment by coordinators.

/admin/raporty-szkolen/ lists the live courses with the counts of the learners the user may see;
/admin/raporty-szkolen/<course id>/ is one course's report: filters, a page of 50 learners, CSV and
XLSX exports (?export=csv|xlsx, the same filters), completions per month as a chart and a table, and
the form "Zapisz uczestników" (POST to the same address). The queries and the scope are in
``courses.reports``.
"""

import datetime
import io
import re
from importlib import metadata
from pathlib import Path

from django import forms
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.core.validators import validate_email
from django.db import transaction
from django.http import FileResponse, Http404
from django.shortcuts import redirect
from django.urls import include, path, reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.functional import cached_property
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django.views.generic import TemplateView
from wagtail import hooks
from wagtail.admin.auth import permission_denied
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.mixins import SpreadsheetExportMixin

from courses import learning, reports
from courses.models import CoursePage, Enrolment
from portal import audit, render_limits
from portal.collation import polish_sort_key

PER_PAGE = 50
SPREADSHEET_TYPES = {
    SpreadsheetExportMixin.FORMAT_CSV: "text/csv",
    SpreadsheetExportMixin.FORMAT_XLSX: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}
# What a kept export depends on beyond its rows: this module's code (headings, formats) and openpyxl.
EXPORT_VERSION = f"{render_limits.source_version(Path(__file__))}|{metadata.version('openpyxl')}"
MAX_ADDRESSES = 500
EVERYTHING = [("", _("all"))]
# Filter options start with a capital ("Wszystkie", "Nierozpoczęte"); the statuses are lower-case in sentences.
STATUS_CHOICES = EVERYTHING + [(value, capfirst(label)) for value, label in Enrolment.Status.choices]


# Forms -------------------------------------------------------------------------------------------------


def team_choices(teams, scope):
    """Teams as select options; for coordinators grouped by region, whose teams may share a name."""
    if not scope.everyone:
        return [(str(team.pk), team.name) for team in teams]
    groups = {}
    for team in teams:
        groups.setdefault(team.region.short_name, []).append((str(team.pk), team.name))
    return list(groups.items())


class ReportFilterForm(forms.Form):
    """GET filters of a course report; an invalid value is reported above the list and ignored."""

    region = forms.ChoiceField(label=_("Region"), required=False)
    team = forms.ChoiceField(label=_("Cooperation team"), required=False)
    status = forms.ChoiceField(label=_("Status"), required=False, choices=STATUS_CHOICES)
    q = forms.CharField(label=_("Name or e-mail"), required=False, max_length=100)

    def __init__(self, data, *, scope, teams):
        super().__init__(data)
        self.regions = sorted(scope.regions(), key=lambda region: polish_sort_key(region.short_name))
        self.teams = {str(team.pk): team for team in teams}
        if scope.everyone:
            self.fields["region"].choices = EVERYTHING + [(region.slug, region.short_name) for region in self.regions]
        else:
            del self.fields["region"]  # a moderator's report holds their own region only
        self.fields["team"].choices = EVERYTHING + team_choices(teams, scope)

    def filters(self):
        self.is_valid()
        data = self.cleaned_data
        return reports.Filters(
            region=next((region for region in self.regions if region.slug == data.get("region")), None),
            team=self.teams.get(data.get("team") or ""),
            status=data.get("status") or "",
            search=data.get("q") or "",
        )

    @property
    def is_filtered(self):
        return any(self.data.get(name) for name in self.fields)


class EnrolForm(forms.Form):
    """ "Zapisz uczestników": a whole team, people by e-mail, or both; all of them or, on any error, nobody."""

    team = forms.ChoiceField(
        label=_("A whole team"), required=False, help_text=_("Every active member of the team is enrolled.")
    )
    emails = forms.CharField(
        label=_("People by e-mail address"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 4, "cols": 40}),
        help_text=_("One address per line. The people must already have an account on the portal."),
    )

    def __init__(self, data=None, *, scope, teams, **kwargs):
        super().__init__(data, **kwargs)
        self.scope = scope
        self.teams = {str(team.pk): team for team in teams}
        self.fields["team"].choices = [("", _("no team"))] + team_choices(teams, scope)
        self.learners = []

    def clean_emails(self):
        addresses, seen = [], set()
        for address in re.split(r"[\s,;]+", self.cleaned_data["emails"]):
            if address and address.lower() not in seen:
                seen.add(address.lower())
                addresses.append(address)
        if len(addresses) > MAX_ADDRESSES:
            raise ValidationError(
                _("Enter at most %(limit)s addresses at a time."), code="too_many", params={"limit": MAX_ADDRESSES}
            )
        invalid = []
        for address in addresses:
            try:
                validate_email(address)
            except ValidationError:
                invalid.append(address)
        if invalid:
            raise ValidationError(
                _("These are not e-mail addresses: %(addresses)s. Nobody was enrolled."),
                code="invalid",
                params={"addresses": ", ".join(invalid)},
            )
        return addresses

    def clean(self):
        team = self.teams.get(self.cleaned_data.get("team") or "")
        addresses = self.cleaned_data.get("emails") or []
        if self.errors:
            return self.cleaned_data
        if team is None and not addresses:
            raise ValidationError(_("Choose a team or enter at least one e-mail address."), code="empty")
        learners = {}
        if team is not None:
            members = reports.team_members(team)
            if not members:
                self.add_error("team", _("This team has no active members yet. Nobody was enrolled."))
            learners.update((user.pk, user) for user in members)
        if addresses:
            found, unknown = reports.learners_by_email(self.scope, addresses)
            if unknown:
                message = (
                    _("No active account has these addresses: %(addresses)s.")
                    if self.scope.everyone
                    else _("No active account of your region has these addresses: %(addresses)s.")
                )
                self.add_error(
                    "emails",
                    ValidationError(
                        message + " " + _("Nobody was enrolled. Correct the list or invite these people first."),
                        code="unknown",
                        params={"addresses": ", ".join(unknown)},
                    ),
                )
            learners.update((user.pk, user) for user in found)
        self.learners = list(learners.values())
        return self.cleaned_data


def enrol_learners(course, learners, by):
    """Enrol everyone not enrolled yet; returns (newly enrolled, already enrolled) counts."""
    with transaction.atomic():
        already = reports.already_enrolled(course, learners)
        for user in learners:
            if user.pk not in already:
                learning.enrol(user, course, by=by)
    return len(learners) - len(already), len(already)


def enrolment_message(enrolled, already):
    message = ngettext("%(count)s learner enrolled.", "%(count)s learners enrolled.", enrolled) % {"count": enrolled}
    if already:
        message += " " + ngettext("%(count)s was already enrolled.", "%(count)s were already enrolled.", already) % {
            "count": already
        }
    return message


# Exports -----------------------------------------------------------------------------------------------


def local(value):
    """An aware datetime as the wall-clock time in Warsaw, without a zone (what a spreadsheet shows)."""
    return timezone.localtime(value).replace(tzinfo=None, microsecond=0)


def neutralised(value):
    """Text a spreadsheet program would run as a formula (a learner may type "=…" as a name) kept as text."""
    return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value


class LearnerSpreadsheet(SpreadsheetExportMixin):
    """The report's rows as CSV (UTF-8 with a BOM, so Excel reads Polish letters) or XLSX, dates in Warsaw."""

    custom_value_preprocess = {
        **SpreadsheetExportMixin.custom_value_preprocess,
        datetime.datetime: {
            SpreadsheetExportMixin.FORMAT_XLSX: local,
            SpreadsheetExportMixin.FORMAT_CSV: lambda value: local(value).strftime("%Y-%m-%d %H:%M"),
        },
        str: {SpreadsheetExportMixin.FORMAT_CSV: neutralised},
    }

    def __init__(self, course, quizzes):
        self.course, self.quizzes = course, quizzes
        self.export_headings = {
            "name": _("Learner"),
            "email": _("E-mail"),
            "region": _("Region"),
            "team": _("Cooperation team"),
            "status": _("Status"),
            "lessons_completed": _("Lessons completed"),
            "lesson_count": _("Lessons in the course"),
            "last_activity": _("Last activity"),
            "average_best_score": _("Quizzes: average of best results (%)"),
            "quizzes_passed": _("Quizzes passed"),
            "completed_at": _("Completion date"),
            "certificate": _("Certificate"),
            "certificate_revoked": _("Certificate revoked"),
        }
        for number, quiz in enumerate(quizzes):
            self.export_headings[f"quiz_{number}"] = _("Quiz: %(quiz)s (%%)") % {"quiz": quiz.label}
        self.list_export = list(self.export_headings)

    def get_filename(self):
        return f"raport-{self.course.slug}-{timezone.localdate():%Y-%m-%d}"

    def to_row_dict(self, row):
        certificate = row.certificate
        values = {
            "name": row.name,
            "email": row.email,
            "region": row.region.short_name if row.region else "",
            "team": row.team.name if row.team else "",
            "status": str(row.status_label),
            "lessons_completed": row.lessons_completed,
            "lesson_count": row.lesson_count,
            "last_activity": row.enrolment.last_activity_at,
            "average_best_score": row.average_best_score,
            "quizzes_passed": row.quizzes_passed,
            "completed_at": row.enrolment.completed_at,
            "certificate": certificate.code if certificate else "",
            "certificate_revoked": (str(_("yes")) if certificate.is_revoked else str(_("no"))) if certificate else "",
        }
        for number, quiz in enumerate(self.quizzes):
            values[f"quiz_{number}"] = row.best_scores.get(quiz.key)
        return {name: ("" if value is None else value) for name, value in values.items()}

    def stream_csv(self, queryset):
        yield "\ufeff"
        yield from super().stream_csv(queryset)

    def version(self, rows, spreadsheet_format):
        """A fingerprint of everything the file holds: a changed learner, filter or heading makes a new file."""
        headings = {name: str(heading) for name, heading in self.export_headings.items()}
        return render_limits.fingerprint(
            [self.to_row_dict(row) for row in rows], headings, spreadsheet_format, self.get_filename(), EXPORT_VERSION
        )

    def file_bytes(self, rows, spreadsheet_format):
        if spreadsheet_format == self.FORMAT_CSV:
            return b"".join(part.encode("utf-8") if isinstance(part, str) else part for part in self.stream_csv(rows))
        output = io.BytesIO()
        self.write_xlsx(rows, output)
        return output.getvalue()

    def response(self, request, rows, spreadsheet_format):
        """The file as an attachment, made once per version and kept (portal.render_limits): a coordinator's
        export is theirs alone (their scope decides the rows)."""
        content = render_limits.render_once(
            request,
            f"report-{spreadsheet_format}",
            f"user-{request.user.pk}",
            self.version(rows, spreadsheet_format),
            lambda: self.file_bytes(rows, spreadsheet_format),
        )
        return FileResponse(
            io.BytesIO(content),
            as_attachment=True,
            content_type=SPREADSHEET_TYPES[spreadsheet_format],
            filename=f"{self.get_filename()}.{spreadsheet_format}",
        )


# The completions chart ---------------------------------------------------------------------------------

CHART_STEP, CHART_BAR, CHART_TOP, CHART_HEIGHT, CHART_LABELS = 56, 32, 24, 140, 36
CHART_MONTHS = 24  # more bars would not stay legible on a laptop screen; the table lists every month


def completions_chart(months):
    """Bars of an SVG drawn on the server, and the sentence that stands for it for screen readers."""
    if not months:
        return None
    shown = months[-CHART_MONTHS:]
    most = max(shown, key=lambda month: month.completions)
    scale = CHART_HEIGHT / (most.completions or 1)
    bars = []
    for number, month in enumerate(shown):
        height = round(month.completions * scale)
        x = number * CHART_STEP + (CHART_STEP - CHART_BAR) // 2
        bars.append(
            {
                "month": month,
                "x": x,
                "centre": x + CHART_BAR // 2,
                "y": CHART_TOP + CHART_HEIGHT - height,
                "height": height,
            }
        )
    summary = _(
        "Bar chart of completions per month from %(first)s to %(last)s: %(total)s in all, the most (%(most)s) "
        "in %(best)s. The table below gives the number of every month."
    ) % {
        "first": date_format(shown[0].start, "F Y"),
        "last": date_format(shown[-1].start, "F Y"),
        "total": sum(month.completions for month in shown),
        "most": most.completions,
        "best": date_format(most.start, "F Y"),
    }
    return {
        "bars": bars,
        "summary": summary,
        "shortened": len(shown) < len(months),
        "width": len(shown) * CHART_STEP,
        "height": CHART_TOP + CHART_HEIGHT + CHART_LABELS,
        "baseline": CHART_TOP + CHART_HEIGHT,
        "label_y": CHART_TOP + CHART_HEIGHT + 18,
        "bar_width": CHART_BAR,
    }


# Views -------------------------------------------------------------------------------------------------


class ReportAccessMixin:
    """Only users who may see learners; ``self.scope`` says whose (courses.reports.Scope)."""

    def dispatch(self, request, *args, **kwargs):
        self.scope = reports.Scope.of(request.user)
        if self.scope is None:
            return permission_denied(request)
        self.load(**kwargs)
        return super().dispatch(request, *args, **kwargs)

    def load(self, **kwargs):
        """What the view shows, looked up once the user may see it (404 before that would tell too much)."""


class CourseListView(ReportAccessMixin, WagtailAdminTemplateMixin, TemplateView):
    template_name = "courses/admin/reports/index.html"
    page_title = _("Course reports")
    header_icon = "tasks"

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        summaries = reports.course_summaries(self.scope)
        context.update(
            {
                "summaries": summaries,
                "scope": self.scope,
                "several_languages": len({summary.course.locale_id for summary in summaries}) > 1,
            }
        )
        return context


class CourseReportView(ReportAccessMixin, WagtailAdminTemplateMixin, TemplateView):
    template_name = "courses/admin/reports/course.html"
    page_title = _("Course reports")
    header_icon = "tasks"

    def load(self, course_id):
        # An id beyond any database integer is simply unknown (SQLite would raise OverflowError).
        self.course = CoursePage.objects.filter(pk=course_id).first() if course_id < 2**63 else None
        if self.course is None:
            raise Http404

    def get_page_subtitle(self):
        return self.course.title

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse("course_reports:index"), "label": _("Course reports")},
            {"url": "", "label": self.course.title},
        ]

    @cached_property
    def quizzes(self):
        return reports.course_quizzes(self.course)

    @cached_property
    def filter_form(self):
        return ReportFilterForm(self.request.GET, scope=self.scope, teams=reports.report_teams(self.scope, self.course))

    @cached_property
    def enrolments(self):
        return reports.course_enrolments(self.scope, self.course, self.filter_form.filters())

    def enrol_form(self, data=None):
        teams = reports.sorted_teams(self.scope.teams())
        return EnrolForm(data, scope=self.scope, teams=teams, prefix="enrol")

    def get(self, request, *args, **kwargs):
        export = request.GET.get("export")
        if export in SpreadsheetExportMixin.FORMATS:
            rows = reports.learner_rows(list(self.enrolments), self.course, self.quizzes, subquery=self.enrolments)
            try:
                response = LearnerSpreadsheet(self.course, self.quizzes).response(request, rows, export)
            except render_limits.RenderRefused as refused:
                return render_limits.refused_response(request, refused)
            filters = request.GET.copy()
            filters.pop("export")
            audit.log_export(
                request, self.course, "course_report", format=export, learners=len(rows), filters=filters.urlencode()
            )
            return response
        return self.render_to_response(self.get_context_data(enrol_form=self.enrol_form()))

    def post(self, request, *args, **kwargs):
        if not self.course.live:
            messages.error(request, _("This course is not published: publish it before enrolling learners."))
            return redirect(request.get_full_path())
        form = self.enrol_form(request.POST)
        if form.is_valid():
            enrolled, already = enrol_learners(self.course, form.learners, by=request.user)
            messages.success(request, enrolment_message(enrolled, already))
            return redirect(request.get_full_path())
        messages.error(request, _("Nobody was enrolled: correct the form “Enrol learners” below."))
        return self.render_to_response(self.get_context_data(enrol_form=form))

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        page = Paginator(self.enrolments, PER_PAGE).get_page(self.request.GET.get("page"))
        page.object_list = reports.learner_rows(list(page.object_list), self.course, self.quizzes)
        months = reports.completions_by_month(self.enrolments)
        context.update(
            {
                "course": self.course,
                "scope": self.scope,
                "form": self.filter_form,
                "page": page,
                "counts": reports.report_counts(self.enrolments),
                "quiz_count": len(self.quizzes),
                "months": months,
                "chart": completions_chart(months),
            }
        )
        return context


# Registration ------------------------------------------------------------------------------------------

urlpatterns = [
    path("", CourseListView.as_view(), name="index"),
    path("<int:course_id>/", CourseReportView.as_view(), name="course"),
]


@hooks.register("register_admin_urls")
def register_report_urls():
    return [path("raporty-szkolen/", include((urlpatterns, "course_reports"), namespace="course_reports"))]


class ReportsMenuItem(MenuItem):
    def is_shown(self, request):
        return reports.may_see_learners(request.user)


@hooks.register("register_admin_menu_item")
def register_reports_menu_item():
    return ReportsMenuItem(
        _("Course reports"), reverse("course_reports:index"), name="course-reports", icon_name="tasks", order=450
    )
