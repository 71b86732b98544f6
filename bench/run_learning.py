#!/usr/bin/env python
"""Learning benchmark: the coordinators' course report and "Moje szkolenia" with 20 and 2,000 learners.

    .venv/bin/python bench/run_learning.py [--learners 2000] [--small 20] [--duration 10]

The same way as bench/run_listings.py (whose helpers it uses: environment, gunicorn, CPU time), all
in a temporary directory removed at the end (``--keep`` keeps it):

1. migrates a fresh SQLite database, collects static files and runs ``load_demo`` (home, 15 regions,
   the governance groups, the Szkoła Kooperacji with its four demo courses), then tops the school up
   to 10 live courses of about 5 lessons (two of them with a quiz), makes 3 cooperation teams per
   region and removes the demo's enrolments, so that the counts below are exact;
2. bulk-creates ``--small`` learners (a region and team each, round-robin), every one enrolled in the
   first course and in 0–3 others, at a realistic spread of stages: a fifth not started, two fifths
   in progress (some lessons done, quiz attempts, some failed), two fifths completed over the last
   18 months (every lesson, a passed attempt, a certificate). Also one learner enrolled in all 10
   courses (the "Moje szkolenia" page) and a course coordinator, each with a session in the
   database. The big site is a copy topped up to ``--learners`` learners;
3. counts the SQL queries of every page in-process (Django test client, the same session cookies,
   after one warm-up request) and times the CSV and XLSX exports of the first course;
4. serves each database with ``gunicorn -w 2`` (production settings) and measures every URL with
   ``wrk -t2 -c8 --latency -H "Cookie: sessionid=…"``, small and big in alternating rounds, the
   static file served by whitenoise as the ceiling;
5. prints req/s, p50, p99, the ratio to the static file, queries and CPU ms per request, then the
   big/small ratio of every page.

Compare the ratios, not the absolute figures across runs: the machines are shared.
"""

import argparse
import contextlib
import datetime
import io
import json
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import run_listings as base  # noqa: E402  (the listing benchmark's environment, gunicorn and CPU helpers)

PROJECT_DIR = base.PROJECT_DIR
SEED = 20250301
COURSES = 10
LESSONS_PER_COURSE = 5
TEAMS_PER_REGION = 3
log = base.log

FIRST_NAMES = ["Anna", "Katarzyna", "Małgorzata", "Agnieszka", "Barbara", "Ewa", "Piotr", "Krzysztof", "Tomasz",
               "Paweł", "Magdalena", "Joanna", "Michał", "Łukasz", "Zofia", "Grażyna", "Jan", "Dorota"]  # fmt: skip
LAST_NAMES = ["Nowak", "Kowalska", "Wiśniewski", "Wójcik", "Kowalczyk", "Kamińska", "Lewandowski", "Zielińska",
              "Szymański", "Woźniak", "Dąbrowska", "Kozłowski", "Jankowska", "Mazur", "Kwiatkowski", "Krawczyk",
              "Piotrowska", "Grabowski", "Nowakowska", "Pawłowski", "Michalska", "Król", "Wieczorek", "Jabłońska"]  # fmt: skip
QUIZ = {
    "title": "Sprawdź się",
    "pass_threshold": 60,
    "max_attempts": 0,
    "questions": [
        {
            "kind": "single",
            "text": "Kto zwołuje posiedzenie zespołu kooperacji?",
            "answers": [
                {"text": "Koordynator zespołu", "correct": True, "feedback": "Tak – koordynator zwołuje zespół."},
                {"text": "Każdy członek zespołu", "correct": False, "feedback": "Nie – robi to koordynator."},
            ],
        },
        {
            "kind": "true_false",
            "text": "Rodzina współtworzy plan kooperacji.",
            "answers": [
                {"text": "Prawda", "correct": True, "feedback": "Tak – rodzina jest współautorem planu."},
                {"text": "Fałsz", "correct": False, "feedback": "Nie – bez rodziny plan nie zadziała."},
            ],
        },
    ],
}


# --------------------------------------------------------------------------------------------------
# Content
# --------------------------------------------------------------------------------------------------


class School:
    """The bench's courses, lessons, quizzes, regions and teams (the same objects on both sites)."""

    def __init__(self):
        from courses.models import CourseIndexPage, CoursePage
        from portal.models import Region, Team

        self.index = CourseIndexPage.objects.live().order_by("path").first()
        self.courses = list(CoursePage.objects.child_of(self.index).live().order_by("path"))[:COURSES]
        self.lessons = {course.pk: course.lessons for course in self.courses}
        self.quizzes = {
            course.pk: [
                (lesson.pk, block.id)
                for lesson in course.lessons
                for block in lesson.body
                if block.block_type == "quiz"
            ]
            for course in self.courses
        }
        self.regions = list(Region.objects.order_by("slug"))
        teams = list(Team.objects.order_by("pk"))
        self.teams = {region.pk: [team for team in teams if team.region_id == region.pk] for region in self.regions}

    @staticmethod
    def prepare():
        """Up to 10 live courses of about 5 lessons, 3 teams per region, the governance groups."""
        from courses.models import CourseIndexPage, CoursePage, Enrolment, LessonPage
        from home.models import HomePage
        from portal.governance import setup_governance
        from portal.models import Region, Team

        done = []
        home = HomePage.objects.get(locale__language_code="pl", depth=2)
        index = CourseIndexPage.objects.child_of(home).first()
        if index is None:
            index = CourseIndexPage(title="Szkoła Kooperacji", slug="szkola-kooperacji")
            home.add_child(instance=index)
            index.save_revision().publish()
            done.append("created the course index")
        existing = CoursePage.objects.child_of(index).live().count()
        for number in range(existing + 1, COURSES + 1):
            course = CoursePage(
                title=f"Szkolenie pomiarowe {number}",
                slug=f"szkolenie-pomiarowe-{number}",
                summary="Jak zespół kooperacji planuje wsparcie rodziny krok po kroku.",
                outcomes="Potrafisz opisać rolę koordynatora G-PZK.\nWiesz, jak przygotować wspólną diagnozę.",
                audience="pracownicy socjalni, członkowie G-PZK",
            )
            index.add_child(instance=course)
            course.save_revision().publish()
            for lesson_number in range(1, LESSONS_PER_COURSE + 1):
                with_quiz = lesson_number in (3, LESSONS_PER_COURSE)
                body = [{"type": "paragraph", "value": "<p>Koordynator zwołuje zespół i prowadzi spotkanie.</p>"}]
                if with_quiz:
                    body.append({"type": "quiz", "value": QUIZ})
                lesson = LessonPage(
                    title=f"Lekcja {lesson_number}",
                    slug=f"lekcja-{lesson_number}",
                    body=json.dumps(body),
                    completion="quiz" if with_quiz else "viewed",
                )
                course.add_child(instance=lesson)
                lesson.save_revision().publish()
        if existing < COURSES:
            done.append(f"{existing} courses made by load_demo, {COURSES - existing} added")
        for region in Region.objects.order_by("slug"):
            for number in range(1, TEAMS_PER_REGION + 1):
                Team.objects.get_or_create(
                    region=region,
                    name=f"G-PZK nr {number} – {region.city}",
                    defaults={"municipality": f"{region.city} (gmina {number})"},
                )
        setup_governance()
        deleted, _by_model = Enrolment.objects.all().delete()
        if deleted:
            done.append(f"removed the demo's enrolments and their progress ({deleted} rows): exact counts")
        return done

    def add_learners(self, start, stop, password):
        """Learners number ``start`` … ``stop - 1``, deterministic, with their enrolments and progress."""
        from django.contrib.auth import get_user_model

        from portal.models import Profile

        rng = random.Random(SEED + start)
        users = [
            get_user_model()(
                username=f"uczestnik{number:05d}",
                email=f"uczestnik{number:05d}@example.org",
                first_name=FIRST_NAMES[number % len(FIRST_NAMES)],
                last_name=LAST_NAMES[(number * 7) % len(LAST_NAMES)],
                password=password,
            )
            for number in range(start, stop)
        ]
        get_user_model().objects.bulk_create(users, batch_size=500)
        profiles = []
        for number, user in enumerate(users, start):
            region = self.regions[number % len(self.regions)]
            teams = self.teams[region.pk]
            profiles.append(Profile(user=user, region=region, team=teams[number // len(self.regions) % len(teams)]))
        Profile.objects.bulk_create(profiles, batch_size=500)
        plan = []
        for user in users:
            courses = [self.courses[0], *rng.sample(self.courses[1:], rng.randint(0, 3))]
            plan.extend((user, course) for course in courses)
        self.enrol(plan, rng)
        return len(users)

    def enrol(self, plan, rng):
        """Enrolments for (user, course) pairs, each at a random stage, with progress, attempts, certificates."""
        from django.db import transaction
        from django.utils import timezone

        from courses.learning import learner_name
        from courses.models import Certificate, Enrolment, LessonProgress, QuizAttempt
        from courses.models.learning import new_certificate_code

        now = timezone.now()
        enrolments, details = [], []
        for user, course in plan:
            lessons = self.lessons[course.pk]
            stage = rng.random()
            enrolment = Enrolment(user=user, course=course)
            done = 0
            if stage >= 0.6:  # completed, some time in the last 18 months
                done = len(lessons)
                enrolment.completed_at = now - datetime.timedelta(days=rng.randrange(540), hours=rng.randrange(24))
                enrolment.last_activity_at = enrolment.completed_at
                enrolment.last_lesson_id = lessons[-1].pk
            elif stage >= 0.2:  # in progress
                done = rng.randrange(0, len(lessons))
                enrolment.last_activity_at = now - datetime.timedelta(days=rng.randrange(120), hours=rng.randrange(24))
                enrolment.last_lesson_id = lessons[min(done, len(lessons) - 1)].pk
            enrolments.append(enrolment)
            details.append((course, done))
        with transaction.atomic():
            Enrolment.objects.bulk_create(enrolments, batch_size=500)
            progress, attempts, certificates, codes = [], [], [], set()
            for enrolment, (course, done) in zip(enrolments, details, strict=True):
                lessons = self.lessons[course.pk]
                quiz_of = {lesson_id: quiz_id for lesson_id, quiz_id in self.quizzes[course.pk]}
                opened = done + (1 if enrolment.last_activity_at and done < len(lessons) else 0)
                for position, lesson in enumerate(lessons[:opened]):
                    completed = position < done
                    progress.append(
                        LessonProgress(
                            enrolment=enrolment,
                            lesson=lesson,
                            completed_at=enrolment.last_activity_at if completed else None,
                        )
                    )
                    if lesson.pk in quiz_of:
                        tries = rng.randint(1, 3)
                        for number in range(tries):
                            passed = completed and number == tries - 1
                            percent = rng.choice((60, 80, 100)) if passed else rng.choice((0, 20, 40, 50))
                            attempts.append(
                                QuizAttempt(
                                    enrolment=enrolment,
                                    lesson=lesson,
                                    quiz_id=quiz_of[lesson.pk],
                                    answers=[[0], [0]],
                                    score=percent * 2 // 100,
                                    max_score=2,
                                    percent=percent,
                                    passed=passed,
                                )
                            )
                if enrolment.completed_at and course.issues_certificate:
                    code = new_certificate_code()
                    while code in codes:
                        code = new_certificate_code()
                    codes.add(code)
                    certificates.append(
                        Certificate(
                            enrolment=enrolment,
                            code=code,
                            learner_name=learner_name(enrolment.user),
                            course_title=course.title,
                            minutes=sum(lesson.estimated_minutes for lesson in lessons),
                        )
                    )
            LessonProgress.objects.bulk_create(progress, batch_size=1000)
            QuizAttempt.objects.bulk_create(attempts, batch_size=1000)
            Certificate.objects.bulk_create(certificates, batch_size=1000)
        return len(enrolments)

    def add_people(self, password):
        """The learner enrolled in all 10 courses and the coordinator who reads the reports."""
        from django.contrib.auth import get_user_model
        from django.contrib.auth.models import Group

        from portal.governance import COORDINATORS
        from portal.models import Profile

        User = get_user_model()
        learner = User.objects.create(
            username="uczestnik-pomiar", email="pomiar@example.org", first_name="Ewa", last_name="Pomiarowa",
            password=password,
        )  # fmt: skip
        Profile.objects.create(user=learner, region=self.regions[0], team=self.teams[self.regions[0].pk][0])
        self.enrol([(learner, course) for course in self.courses], random.Random(SEED - 1))
        coordinator = User.objects.create(
            username="koordynator-pomiar", email="koordynator@example.org", first_name="Jan", last_name="Koordynator",
            password=password,
        )  # fmt: skip
        coordinator.groups.add(Group.objects.get(name=COORDINATORS))
        return learner, coordinator

    def counts(self):
        from courses.models import Enrolment, LessonProgress, QuizAttempt

        return {
            "learners": Enrolment.objects.values("user").distinct().count(),
            "enrolments": Enrolment.objects.count(),
            "first course": Enrolment.objects.filter(course=self.courses[0]).count(),
            "lesson progress": LessonProgress.objects.count(),
            "quiz attempts": QuizAttempt.objects.count(),
        }


def session_for(user):
    """A database session signed in as ``user``, as the login view would make it; returns its key."""
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
    from django.contrib.sessions.backends.db import SessionStore

    session = SessionStore()
    session[SESSION_KEY] = str(user.pk)
    session[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
    session[HASH_SESSION_KEY] = user.get_session_auth_hash()
    session.create()
    return session.session_key


# --------------------------------------------------------------------------------------------------
# URLs, query counts, exports
# --------------------------------------------------------------------------------------------------


class Target:
    def __init__(self, key, label, path, session=None):
        self.key, self.label, self.path, self.session = key, label, path, session


def targets(static_url, school, sessions):
    from django.urls import reverse

    course = school.courses[0]
    report = reverse("course_reports:course", args=[course.pk])
    region = school.regions[0].slug
    coordinator, learner = sessions["coordinator"], sessions["learner"]
    return [
        Target("static", "static css (whitenoise)", static_url),
        Target("reports", "course list (reports)", reverse("course_reports:index"), coordinator),
        Target("report", "course report, page 1", report, coordinator),
        Target("report_filtered", "report, region+status", f"{report}?region={region}&status=in_progress", coordinator),
        Target("report_search", "report, name search", f"{report}?q=nowak", coordinator),
        Target("my_courses", "Moje szkolenia (10 courses)", reverse("courses:my_courses"), learner),
    ]


def count_queries(target_list, port):
    """Per URL: queries and SQL ms of a warm request, median in-process ms of five, learners in the caption."""
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    results = {}
    for target in target_list:
        client = Client(HTTP_HOST=f"127.0.0.1:{port}")
        client.cookies.load(base.UNCACHED_COOKIE)
        if target.session:
            client.cookies["sessionid"] = target.session
        response = client.get(target.path)
        if response.status_code != 200:
            raise SystemExit(f"{target.path} answered {response.status_code} in-process")
        times, captured, timer = [], None, None
        for _ in range(5):
            timer = base.SqlTimer()
            with CaptureQueriesContext(connection) as queries, connection.execute_wrapper(timer):
                started = time.perf_counter()
                response = client.get(target.path)
                body = b"".join(response) if response.streaming else response.content
                times.append((time.perf_counter() - started) * 1000)
            captured = queries
        text = body.decode("utf-8", "replace")
        found = re.search(r'class="listing learner-report">\s*<caption[^>]*>\s*(\d+)', text)
        table = re.search(r'class="listing learner-report">.*?</table>', text, re.S)
        results[target.key] = {
            "queries": len(captured),
            "sql_ms": sum(ms for ms, _sql in timer.calls),
            "ms": statistics.median(times),
            "slowest": sorted(timer.calls, key=lambda call: -call[0])[:1],
            "learners": found.group(1) if found else "",
            "rows": table.group(0).count("<tr>") - 1 if table else "",
        }
    return results


def time_exports(school, session, port):
    """Median ms, rows and size of the first course's CSV and XLSX exports (every learner, no paging)."""
    from django.test import Client
    from django.urls import reverse

    client = Client(HTTP_HOST=f"127.0.0.1:{port}")
    client.cookies["sessionid"] = session
    url = reverse("course_reports:course", args=[school.courses[0].pk])
    results = {}
    for export in ("csv", "xlsx"):
        times, data = [], b""
        for _ in range(3):
            started = time.perf_counter()
            response = client.get(url, {"export": export})
            data = b"".join(response) if response.streaming else response.content
            times.append((time.perf_counter() - started) * 1000)
            if response.status_code != 200:
                raise SystemExit(f"the {export} export answered {response.status_code}")
        if export == "csv":
            rows = data.decode("utf-8-sig").count("\n") - 1
        else:
            import openpyxl

            rows = sum(1 for _row in openpyxl.load_workbook(io.BytesIO(data), read_only=True).active.iter_rows()) - 1
        results[export] = {"ms": statistics.median(times), "rows": rows, "kb": len(data) / 1024}
    return results


# --------------------------------------------------------------------------------------------------
# wrk with a session cookie
# --------------------------------------------------------------------------------------------------


def wrk(url, duration, threads, connections, session=None):
    command = ["wrk", f"-t{threads}", f"-c{connections}", f"-d{duration}s", "--timeout", "10s", "--latency"]
    command += ["-H", f"Cookie: sessionid={session}" if session else f"Cookie: {base.UNCACHED_COOKIE}"]
    output = subprocess.run(command + [url], capture_output=True, text=True, timeout=duration + 60, check=True).stdout
    result = {"rps": None, "p50": None, "p99": None, "errors": 0, "non2xx": 0, "requests": 0}
    for line in output.splitlines():
        line = line.strip()
        if match := re.match(r"^Requests/sec:\s+([\d.]+)", line):
            result["rps"] = float(match.group(1))
        elif match := re.match(r"^(50|99)(?:\.0+)?%\s+([\d.]+)(us|ms|s|m)$", line):
            result["p" + match.group(1)] = float(match.group(2)) * base.UNITS_MS[match.group(3)]
        elif match := re.match(r"^(\d+) requests in", line):
            result["requests"] = int(match.group(1))
        elif match := re.match(r"^Non-2xx or 3xx responses:\s+(\d+)", line):
            result["non2xx"] = int(match.group(1))
        elif line.startswith("Socket errors:"):
            result["errors"] = sum(int(number) for number in re.findall(r"\d+", line))
    if result["rps"] is None:
        raise SystemExit(f"Could not read wrk's output for {url}:\n{output}")
    return result


def fetch(url, session):
    request = urllib.request.Request(url, headers={"Cookie": f"sessionid={session}"} if session else {})
    with urllib.request.urlopen(request, timeout=30) as response:
        if response.status != 200 or "/login/" in response.url or "logowanie" in response.url:
            raise SystemExit(f"{url} answered {response.status} at {response.url}: is the session cookie refused?")


# --------------------------------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------------------------------


def report(sizes, target_lists, queries, exports, measures, args, timings, loads):
    lines = []
    out = lines.append
    per_round = max(1, round(args.duration / args.rounds))
    out("")
    out(f"Learning benchmark: gunicorn -w {args.workers} (sync), wrk -t{args.threads} -c{args.connections}, "
        f"{args.rounds} × {per_round} s per URL and site (small, big, big, small…), {os.cpu_count()} CPUs, "
        f"SQLite; load average {loads[0]:.2f} before wrk, {loads[1]:.2f} after")  # fmt: skip
    for size in ("small", "big"):
        out(f"{size} site: " + ", ".join(f"{count} {name}" for name, count in sizes[size].items()))
    out("")
    header = (f"{'URL':<52} {'learners':>8} {'rows':>4} {'req/s':>7} {'p50 ms':>7} {'p99 ms':>7} {'/static':>7} "
              f"{'queries':>7} {'CPU ms':>6}  req/s per round")  # fmt: skip
    out(header)
    out("-" * len(header))
    for index, target in enumerate(target_lists["small"]):
        for size in ("small", "big"):
            current = target_lists[size][index]
            measure = measures[size][target.key]
            ceiling = measures[size]["static"]["rps"]
            count = queries[size][target.key]["queries"] if target.key != "static" else 0
            learners = queries[size][target.key]["learners"] if target.key != "static" else ""
            rows = queries[size][target.key]["rows"] if target.key != "static" else ""
            extra = " / ".join(f"{rps:.1f}" for rps in measure["rounds"])
            if measure["non2xx"] or measure["errors"]:
                extra += f"  ! {measure['non2xx']} non-2xx, {measure['errors']} socket errors"
            out(f"{current.path[:52]:<52} {learners:>8} {rows!s:>4} {measure['rps']:>7.1f} {measure['p50']:>7.1f} "
                f"{measure['p99']:>7.1f} {measure['rps'] / ceiling:>7.3f} {count:>7} {measure['cpu_ms']:>6.1f}  {extra}")  # fmt: skip
    out(
        "(learners: the report's caption; rows: shown on its page; /static: req/s over the static file's; "
        "CPU ms: gunicorn CPU per request)"
    )
    out("")
    header = (f"{'page':<30} {'queries s/b':>11} {'req/s small':>11} {'req/s big':>9} {'big/small':>9} "
              f"{'CPU ms small':>12} {'CPU ms big':>10} {'small/big':>9}")  # fmt: skip
    out(header)
    out("-" * len(header))
    for target in target_lists["small"]:
        if target.key == "static":
            continue
        small, big = measures["small"][target.key], measures["big"][target.key]
        counts = f"{queries['small'][target.key]['queries']}/{queries['big'][target.key]['queries']}"
        cpu_ratio = small["cpu_ms"] / big["cpu_ms"] if big["cpu_ms"] else float("nan")
        out(f"{target.label:<30} {counts:>11} {small['rps']:>11.1f} {big['rps']:>9.1f} "
            f"{big['rps'] / small['rps']:>9.2f} {small['cpu_ms']:>12.1f} {big['cpu_ms']:>10.1f} {cpu_ratio:>9.2f}")  # fmt: skip
    static_ratio = measures["big"]["static"]["rps"] / measures["small"]["static"]["rps"]
    out(
        f"(big/small of the static file, the same on both servers: {static_ratio:.2f}; far from 1.00 = a noisy machine)"
    )
    out("")
    out("In-process (Django test client, warm, one request at a time): median of 5 requests, SQL time, slowest query")
    for size in ("small", "big"):
        for target in target_lists[size]:
            if target.key == "static":
                continue
            query = queries[size][target.key]
            slowest = query["slowest"][0] if query["slowest"] else (0, "")
            out(f"  {size:<5} {target.path[:52]:<52} {query['ms']:>6.1f} ms, SQL {query['sql_ms']:>5.1f} ms in "
                f"{query['queries']:>2} queries; slowest {slowest[0]:>5.2f} ms: {base.short_sql(slowest[1], 60)}")  # fmt: skip
    out("")
    out("Exports of the first course (every learner, in-process, median of 3):")
    for size in ("small", "big"):
        out("  " + size + ": " + "; ".join(
            f"{export.upper()} {result['rows']} rows, {result['kb']:.0f} KB in {result['ms']:.0f} ms"
            for export, result in exports[size].items()
        ))  # fmt: skip
    out("")
    out("Timings: " + ", ".join(f"{name} {seconds:.0f} s" for name, seconds in timings.items()))
    print("\n".join(lines), flush=True)


# --------------------------------------------------------------------------------------------------


def parse_args():
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--learners", type=int, default=2000, help="learners of the big site")
    parser.add_argument("--small", type=int, default=20, help="learners of the small site")
    parser.add_argument("--duration", type=int, default=10, help="seconds of wrk per URL and site, all rounds")
    parser.add_argument("--rounds", type=int, default=2, help="split --duration into rounds: small/big, big/small…")
    parser.add_argument("--warmup", type=int, default=2, help="seconds of wrk before each measurement, not counted")
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers")
    parser.add_argument("--keep", action="store_true", help="keep the temporary directory")
    args = parser.parse_args()
    if args.learners <= args.small:
        parser.error("--learners must be above --small")
    if not shutil.which("wrk"):
        parser.error("wrk is missing: apt-get install -y wrk")
    return args


def main():
    args = parse_args()
    started = time.monotonic()
    timings = {}
    tmp = Path(tempfile.mkdtemp(prefix="portal-bench-learning-"))
    ports = {"small": base.free_port(), "big": base.free_port()}
    urls = {size: f"sqlite:///{tmp / (size + '.sqlite3')}" for size in ("small", "big")}
    servers = []
    try:
        base.set_environment(tmp, urls["small"], ports["small"])
        sys.path.insert(0, str(PROJECT_DIR))
        os.chdir(PROJECT_DIR)
        import django

        django.setup()
        from django.contrib.auth.hashers import make_password
        from django.core.management import call_command
        from django.db import connection

        log(f"temporary directory {tmp}; database SQLite")
        step = time.monotonic()
        call_command("migrate", interactive=False, verbosity=0)
        call_command("load_demo", stdout=io.StringIO())
        call_command("collectstatic", interactive=False, verbosity=0)
        manifest = json.loads((tmp / "static" / "staticfiles.json").read_text())
        static_url = "/static/" + manifest["paths"]["css/portal.css"]
        timings["migrate + load_demo + collectstatic"] = time.monotonic() - step
        log(f"migrate, load_demo, collectstatic: {timings['migrate + load_demo + collectstatic']:.0f} s")

        step = time.monotonic()
        for line in School.prepare():
            log(line)
        base.set_site(ports["small"])
        school = School()
        password = make_password(None)  # unusable: the bench signs in through sessions
        learner, coordinator = school.add_people(password)
        school.add_learners(0, args.small, password)
        sessions = {"learner": session_for(learner), "coordinator": session_for(coordinator)}
        sizes = {"small": school.counts()}
        timings["small site"] = time.monotonic() - step
        log(f"small site: {sizes['small']} in {timings['small site']:.1f} s")

        connection.close()
        shutil.copyfile(tmp / "small.sqlite3", tmp / "big.sqlite3")
        base.switch_database(urls["big"])
        base.set_site(ports["big"])
        step = time.monotonic()
        school = School()
        for start in range(args.small, args.learners, 500):
            school.add_learners(start, min(start + 500, args.learners), password)
        sizes["big"] = school.counts()
        timings["big site"] = time.monotonic() - step
        log(f"big site: {sizes['big']} in {timings['big site']:.1f} s")

        target_lists, queries, exports = {}, {}, {}
        for size in ("small", "big"):
            base.switch_database(urls[size])
            school = School()
            target_lists[size] = targets(static_url, school, sessions)
            queries[size] = count_queries(target_lists[size][1:], ports[size])
            exports[size] = time_exports(school, sessions["coordinator"], ports[size])
            log(f"queries ({size}): " + ", ".join(f"{key} {value['queries']}" for key, value in queries[size].items()))
        connection.close()

        for size in ("small", "big"):
            servers.append(base.Server(size, ports[size], urls[size], tmp, args.workers))
        for server in servers:
            server.wait_ready(static_url)
        by_size = dict(zip(("small", "big"), servers, strict=True))
        measures = {"small": {}, "big": {}}
        step = time.monotonic()
        load_before = os.getloadavg()[0]
        per_round = max(1, round(args.duration / args.rounds))
        for index, target in enumerate(target_lists["small"]):
            runs = {"small": [], "big": []}
            order = [size for number in range(args.rounds) for size in (("small", "big"), ("big", "small"))[number % 2]]
            for size in order:
                server, current = by_size[size], target_lists[size][index]
                if not runs[size]:
                    fetch(server.url(current.path), current.session)
                    if args.warmup:
                        wrk(server.url(current.path), args.warmup, args.threads, args.connections, current.session)
                cpu_before = server.cpu_seconds()
                result = wrk(server.url(current.path), per_round, args.threads, args.connections, current.session)
                result["cpu"] = server.cpu_seconds() - cpu_before
                runs[size].append(result)
                log(f"{size:<5} {current.path[:56]:<56} {result['rps']:8.1f} req/s  p50 {result['p50']:7.1f} ms  "
                    f"{1000 * result['cpu'] / max(result['requests'], 1):6.1f} CPU ms/request")  # fmt: skip
            for size, results in runs.items():
                measures[size][target.key] = base.combine(results)
        timings["wrk"] = time.monotonic() - step
        timings["total"] = time.monotonic() - started
        report(sizes, target_lists, queries, exports, measures, args, timings, (load_before, os.getloadavg()[0]))
        return 0
    finally:
        for server in servers:
            server.stop()
        with contextlib.suppress(Exception):
            from django.db import connections

            connections.close_all()
        if args.keep:
            log(f"kept {tmp}")
        else:
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
