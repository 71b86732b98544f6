"""The coordinators' course reports: who is enrolled, how far they got, in a constant number of queries.

Whose learners a user may see is a ``Scope``: course coordinators (``courses.view_all_learners``) and
superusers see everyone; region moderators (``courses.view_region_learners`` only) the learners whose
``Profile.region`` is their own region; a moderator without a region nobody. Every query below takes
the scope first, so no view can forget it.
"""

import datetime
from dataclasses import dataclass, field

from django.contrib.auth import get_user_model
from django.db.models import Count, Max, Q
from django.db.models.functions import Lower, TruncMonth
from django.utils import timezone

from courses.learning import learner_name, quiz_blocks
from courses.models import CoursePage, Enrolment, LessonProgress, QuizAttempt
from portal.collation import polish_sort_key
from portal.models import Profile, Region, Team, region_of

VIEW_ALL = "courses.view_all_learners"
VIEW_REGION = "courses.view_region_learners"
SEARCH_WORDS = 5  # more words than a name and an address only slow the query down


def may_see_learners(user):
    return user.is_superuser or user.has_perm(VIEW_ALL) or user.has_perm(VIEW_REGION)


@dataclass(frozen=True)
class Scope:
    everyone: bool = False
    region: Region | None = None

    @classmethod
    def of(cls, user):
        """The user's scope, or None when they may not see course reports at all."""
        if user.is_superuser or user.has_perm(VIEW_ALL):
            return cls(everyone=True)
        if user.has_perm(VIEW_REGION):
            return cls(region=region_of(user))
        return None

    @property
    def sees_nobody(self):
        return not self.everyone and self.region is None

    def learner_filter(self, prefix=""):
        """A Q over users (``prefix`` leads from the queried model to the user, e.g. ``"user__"``)."""
        if self.everyone:
            return Q()
        if self.region is None:
            return Q(pk__in=[])
        return Q(**{f"{prefix}profile__region": self.region})

    def enrolments(self):
        return Enrolment.objects.filter(self.learner_filter("user__"))

    def teams(self):
        teams = Team.objects.select_related("region")
        if self.everyone:
            return teams
        return teams.filter(region=self.region) if self.region else teams.none()

    def regions(self):
        if self.everyone:
            return Region.objects.all()
        return Region.objects.filter(pk=self.region.pk) if self.region else Region.objects.none()


# The course list ---------------------------------------------------------------------------------------


@dataclass
class CourseSummary:
    course: CoursePage
    enrolled: int = 0
    in_progress: int = 0
    completed: int = 0

    @property
    def not_started(self):
        return self.enrolled - self.in_progress - self.completed


def status_counts():
    return {
        "enrolled": Count("pk"),
        "completed": Count("pk", filter=Q(completed_at__isnull=False)),
        "in_progress": Count("pk", filter=Q(completed_at__isnull=True, last_activity_at__isnull=False)),
    }


def course_summaries(scope):
    """Every live course with the counts of the learners in scope: two queries whatever their number."""
    courses = list(CoursePage.objects.live().select_related("locale").order_by("locale__language_code", "path"))
    counts = {
        row["course_id"]: row
        for row in scope.enrolments()
        .filter(course__in=[course.pk for course in courses])
        .values("course_id")
        .annotate(**status_counts())
        .order_by()
    }
    summaries = []
    for course in courses:
        row = counts.get(course.pk, {})
        summaries.append(
            CourseSummary(course, row.get("enrolled", 0), row.get("in_progress", 0), row.get("completed", 0))
        )
    return summaries


# One course's learners ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Quiz:
    """A quiz of the course: the lesson it is in and its block id (QuizAttempt's keys)."""

    lesson_id: int
    quiz_id: str
    label: str

    @property
    def key(self):
        return (self.lesson_id, self.quiz_id)


def course_quizzes(course):
    """The quizzes of the course's live lessons, in lesson order, named after their lesson."""
    quizzes = []
    for lesson in course.lessons:
        blocks = quiz_blocks(lesson)
        for block in blocks:
            title = block.value.get("title") or ""
            label = f"{lesson.title} – {title}" if len(blocks) > 1 and title else lesson.title
            quizzes.append(Quiz(lesson.pk, block.id, label))
    return quizzes


@dataclass
class Filters:
    """What the report is narrowed to; each is optional and already validated."""

    region: Region | None = None
    team: Team | None = None
    status: str = ""
    search: str = ""

    def apply(self, enrolments):
        if self.region:
            enrolments = enrolments.filter(user__profile__region=self.region)
        if self.team:
            enrolments = enrolments.filter(user__profile__team=self.team)
        if self.status == Enrolment.Status.COMPLETED:
            enrolments = enrolments.filter(completed_at__isnull=False)
        elif self.status == Enrolment.Status.IN_PROGRESS:
            enrolments = enrolments.filter(completed_at__isnull=True, last_activity_at__isnull=False)
        elif self.status == Enrolment.Status.ENROLLED:
            enrolments = enrolments.filter(completed_at__isnull=True, last_activity_at__isnull=True)
        for word in self.search.split()[:SEARCH_WORDS]:
            enrolments = enrolments.filter(
                Q(user__first_name__icontains=word)
                | Q(user__last_name__icontains=word)
                | Q(user__email__icontains=word)
                | Q(user__username__icontains=word)
            )
        return enrolments


def course_enrolments(scope, course, filters):
    """The enrolments the report lists, ordered by surname, with everything a row shows joined in."""
    enrolments = filters.apply(scope.enrolments().filter(course=course))
    return enrolments.select_related("user__profile__region", "user__profile__team", "certificate").order_by(
        "user__last_name", "user__first_name", "user__username", "pk"
    )


def report_counts(enrolments):
    """Enrolled / in progress / completed of the (filtered) report, in one query."""
    counts = enrolments.order_by().aggregate(**status_counts())
    counts["not_started"] = counts["enrolled"] - counts["in_progress"] - counts["completed"]
    return counts


def profile_of(user):
    try:
        return user.profile
    except Profile.DoesNotExist:
        return None


@dataclass
class LearnerRow:
    """One line of the report: an enrolment with the learner's place, progress and quiz results."""

    enrolment: Enrolment
    lesson_count: int
    lessons_completed: int = 0
    best_scores: dict = field(default_factory=dict)  # Quiz.key → best percent
    quizzes_passed: int = 0

    @property
    def user(self):
        return self.enrolment.user

    @property
    def name(self):
        return learner_name(self.user)

    @property
    def email(self):
        return self.user.email

    @property
    def region(self):
        profile = profile_of(self.user)
        return profile.region if profile else None

    @property
    def team(self):
        profile = profile_of(self.user)
        return profile.team if profile else None

    @property
    def status(self):
        return self.enrolment.status

    @property
    def status_label(self):
        return Enrolment.Status(self.enrolment.status).label

    @property
    def average_best_score(self):
        """The average of the learner's best result in each quiz they attempted (None: no attempt yet)."""
        if not self.best_scores:
            return None
        return round(sum(self.best_scores.values()) / len(self.best_scores))

    @property
    def certificate(self):
        try:
            return self.enrolment.certificate
        except Enrolment.certificate.RelatedObjectDoesNotExist:
            return None


def learner_rows(enrolments, course, quizzes, subquery=None):
    """Rows for ``enrolments`` (a list) in two more queries: completed lessons and best quiz results.

    ``subquery`` (a queryset of the same enrolments) replaces the list of ids for long lists such as
    an export, where thousands of ids would exceed the database's parameter limit.
    """
    lesson_ids = [lesson.pk for lesson in course.lessons]
    rows = {enrolment.pk: LearnerRow(enrolment, len(lesson_ids)) for enrolment in enrolments}
    if not rows:
        return []
    which = subquery.values("pk") if subquery is not None else list(rows)
    for row in (
        LessonProgress.objects.filter(enrolment_id__in=which, lesson_id__in=lesson_ids, completed_at__isnull=False)
        .values("enrolment_id")
        .annotate(done=Count("pk"))
        .order_by()
    ):
        if row["enrolment_id"] in rows:
            rows[row["enrolment_id"]].lessons_completed = row["done"]
    current = {quiz.key for quiz in quizzes}
    for attempt in (
        QuizAttempt.objects.filter(enrolment_id__in=which, lesson_id__in=lesson_ids)
        .values("enrolment_id", "lesson_id", "quiz_id")
        .annotate(best=Max("percent"), passes=Count("pk", filter=Q(passed=True)))
        .order_by()
    ):
        key = (attempt["lesson_id"], attempt["quiz_id"])
        row = rows.get(attempt["enrolment_id"])
        if row is None or key not in current:  # a quiz since removed from its lesson no longer counts
            continue
        row.best_scores[key] = attempt["best"]
        row.quizzes_passed += 1 if attempt["passes"] else 0
    return [rows[enrolment.pk] for enrolment in enrolments]


# Completions over time ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Month:
    start: datetime.date
    completions: int


def completions_by_month(enrolments):
    """Completions per calendar month (Europe/Warsaw), months without any included, oldest first."""
    counted = {}
    rows = (
        enrolments.filter(completed_at__isnull=False)
        .annotate(month=TruncMonth("completed_at", tzinfo=timezone.get_current_timezone()))
        .values("month")
        .annotate(n=Count("pk"))
        .order_by("month")
    )
    for row in rows:
        counted[timezone.localtime(row["month"]).date()] = row["n"]
    if not counted:
        return []
    months, current, last = [], min(counted), max(counted)
    while current <= last:
        months.append(Month(current, counted.get(current, 0)))
        current = (current + datetime.timedelta(days=32)).replace(day=1)
    return months


# Enrolment by coordinators -----------------------------------------------------------------------------


def team_members(team):
    """The active members of ``team`` (Profile.team), to enrol together."""
    return list(get_user_model().objects.filter(profile__team=team, is_active=True).order_by("pk"))


def learners_by_email(scope, addresses):
    """The active users in scope with these addresses (any case), and the addresses that matched none."""
    wanted = {address.lower() for address in addresses}
    users = list(
        get_user_model()
        .objects.annotate(email_lower=Lower("email"))
        .filter(scope.learner_filter(), email_lower__in=wanted, is_active=True)
        .order_by("pk")
    )
    found = {user.email_lower for user in users}
    return users, [address for address in addresses if address.lower() not in found]


def already_enrolled(course, users):
    return set(Enrolment.objects.filter(course=course, user__in=users).values_list("user_id", flat=True))


def sorted_teams(teams):
    return sorted(teams, key=lambda team: (polish_sort_key(team.region.short_name), polish_sort_key(team.name)))


def report_teams(scope, course):
    """The teams with a learner in scope enrolled in ``course``: the team filter's choices."""
    teams = scope.teams().filter(pk__in=scope.enrolments().filter(course=course).values("user__profile__team"))
    return sorted_teams(teams)
