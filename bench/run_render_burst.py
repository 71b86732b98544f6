#!/usr/bin/env python
"""Render burst: learners asking for the PDF of a genogram at the format's limit, in parallel, while anonymous
visitors read the site; the anonymous pages' p50/p99 before and after portal/render_limits.py.

    .venv/bin/python bench/run_render_burst.py [--duration 20] [--learners 6] [--workers 3]
        [--before <commit>] [--database-url postgres://postgres@127.0.0.1:5432/portal_render_burst]

About 5 minutes with the defaults.

1. creates the PostgreSQL database ``--database-url`` (it must not exist; it is dropped at the end),
   migrates it, runs ``load_demo`` and ``collectstatic`` with the production settings and a Redis cache
   (``REDIS_URL``, default redis://127.0.0.1:6379/0, under a key prefix of its own, removed at the end);
2. enrols ``--learners`` new learners in the demo's genogram course, each with a genogram at the format's
   limit stored as their work (200 people, 400 emotional relations, 500-character notes; about 290 kB of
   JSON), and times one PDF of it in-process;
3. for each code version, ``after`` (``--after``, by default HEAD from ``git archive``, so that edits
   made in the working tree during the run never reach a worker) and ``before`` (a copy of it whose
   ``render_once()`` makes every file at once, without kept files or limits: the portal as it was
   before portal/render_limits.py; an older commit could not serve the same database), starts
   gunicorn with the repository's configuration and ``--workers`` (3) workers on the same database, signs
   the learners in through ``POST /konto/logowanie/`` and runs three periods of ``--duration`` seconds:
   - ``quiet``: only the anonymous probes;
   - ``one learner``: one learner's ``--parallel`` (6) threads ask for their genogram's PDF again and again
     (``--pause`` (0.5) seconds after each answer);
   - ``several learners``: every learner asks for their own PDF, one thread each, the same way;
   meanwhile ``--probes`` (2) threads ask anonymously, one request after another, for /kontakt/ and the
   home page (from the page cache) and the news index with the bench's cookie (rendered, never from the
   page cache); and in the two burst periods the learners' genograms are changed in the database every
   ``--change-every`` (1) seconds (a note grows by one character), so that each change is a new version:
   a kept file is not enough, the limits must hold;
4. prints per version and period the anonymous requests' count, p50, p99 and max latency, the learners'
   answers by status with their median latency, and the renders counted in gunicorn's log; then the
   issue's target: anonymous p99 under 300 ms during both bursts, after.

The machine is shared: compare before with after in one run, read the figures with the load shown.
"""

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import threading
import time
import urllib.parse
import uuid
from collections import Counter
from pathlib import Path

import harness
import project
from genogram_family import limit_genogram
from harness import PROJECT_DIR, log

DEFAULT_DATABASE_URL = "postgres://postgres@127.0.0.1:5432/portal_render_burst"
PASSWORD = "bench-" + uuid.uuid4().hex
ANONYMOUS = [("/kontakt/", None), ("/", None), ("/aktualnosci/", harness.UNCACHED_COOKIE)]
TARGET_P99_MS = 300


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--duration", type=int, default=20, help="seconds per period (default 20)")
    parser.add_argument("--learners", type=int, default=6, help="learners with a genogram (default 6)")
    parser.add_argument("--parallel", type=int, default=6, help="one learner's parallel requests (default 6)")
    parser.add_argument("--probes", type=int, default=2, help="anonymous threads (default 2)")
    parser.add_argument("--change-every", type=float, default=1.0, help="seconds between changes (default 1)")
    parser.add_argument(
        "--pause",
        type=float,
        default=0.5,
        help="seconds a learner's thread waits after each answer before asking again, as someone clicking "
        "again (default 0.5; 0: a tight loop)",
    )
    parser.add_argument("--workers", type=int, default=3, help="gunicorn workers (default 3)")
    parser.add_argument(
        "--before",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="also measure 'before': the same code with render_once() making every file at once, without "
        "kept files or limits (default; --no-before measures only 'after')",
    )
    parser.add_argument(
        "--after",
        default="HEAD",
        help="the commit served as 'after' (default HEAD, from git archive: edits others make in the working "
        "tree during the run never reach the workers); 'worktree' serves the working tree itself",
    )
    parser.add_argument("--database-url", default=DEFAULT_DATABASE_URL)
    parser.add_argument("--keep", action="store_true", help="keep the temporary directory (gunicorn's logs)")
    return parser.parse_args()


# --------------------------------------------------------------------------------------------------
# The genogram at the format's limit, the learners
# --------------------------------------------------------------------------------------------------


def genogram_lesson():
    for lesson in project.LessonPage.objects.live().filter(locale__language_code="pl").order_by("pk"):
        for block in lesson.body:
            if block.block_type == "genogram":
                return lesson.specific, block.id
    raise SystemExit("the demo has no lesson with a genogram exercise")


def prepare_learners(count):
    """``count`` learners enrolled in the genogram course, each with the limit genogram as their work;
    [(username, download path)] and the seconds one PDF takes in this process."""
    from django.contrib.auth import get_user_model
    from django.utils import translation

    genogram = project.genogram
    lesson, block_id = genogram_lesson()
    data = genogram.parse(limit_genogram()).to_dict()
    course = lesson.get_parent().specific
    path = lesson.get_url() + lesson.reverse_subpage("exercise_download", kwargs={"block_id": block_id, "fmt": "pdf"})
    learners = []
    for number in range(count):
        username = f"burst{number + 1}"
        user = get_user_model().objects.create_user(
            username, f"{username}@example.org", PASSWORD, first_name="Uczestniczka", last_name=f"Nr {number + 1}"
        )
        enrolment = project.learning.enrol(user, course)
        project.ExerciseSubmission.objects.create(
            enrolment=enrolment, lesson=lesson, exercise_id=block_id, kind="genogram", data={"genogram": data}
        )
        learners.append((username, urllib.parse.quote(path)))
    with translation.override("pl"):
        genogram.pdf_bytes(data, lesson.title)  # warm-up (fonts)
        start = time.monotonic()
        genogram.pdf_bytes(data, lesson.title)
        seconds = time.monotonic() - start
    return learners, seconds


class Changer(threading.Thread):
    """Changes every learner's genogram (a note one character longer) every ``interval`` seconds."""

    def __init__(self, interval):
        super().__init__(daemon=True)
        self.interval, self.stopping, self.changes = interval, threading.Event(), 0

    def run(self):
        from django.db import connection

        try:
            while not self.stopping.wait(self.interval):
                for submission in project.ExerciseSubmission.objects.filter(
                    enrolment__user__username__startswith="burst"
                ):
                    person = submission.data["genogram"]["people"][0]
                    person["notes"] = (person.get("notes", "")[:480] + f" zmiana {self.changes}")[:500]
                    submission.save(update_fields=["data", "updated_at"])
                self.changes += 1
        finally:
            connection.close()

    def stop(self):
        self.stopping.set()
        self.join(30)


# --------------------------------------------------------------------------------------------------
# Traffic
# --------------------------------------------------------------------------------------------------


class Requester(threading.Thread):
    """Asks for ``targets`` (path, cookie) in turn, one request after another, until stopped; records
    (path, status, milliseconds)."""

    def __init__(self, port, targets, offset=0, pause=0.0):
        super().__init__(daemon=True)
        self.port, self.targets, self.offset, self.pause = port, targets, offset, pause
        self.records, self.stopping = [], threading.Event()

    def run(self):
        number = self.offset
        while not self.stopping.is_set():
            path, cookie = self.targets[number % len(self.targets)]
            number += 1
            start = time.monotonic()
            try:
                status = harness.http_request(self.port, path, cookie=cookie, timeout=60)[0]
            except OSError as error:
                status = type(error).__name__
            self.records.append((path, status, (time.monotonic() - start) * 1000))
            if self.pause:
                self.stopping.wait(self.pause)

    def stop(self):
        self.stopping.set()


def percentile(values, share):
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def run_period(port, duration, probes, learner_targets, change_every, pause):
    anonymous = [Requester(port, ANONYMOUS, offset=number) for number in range(probes)]
    learners = [Requester(port, [target], pause=pause) for target in learner_targets]
    changer = Changer(change_every) if learner_targets else None
    load_before = os.getloadavg()[0]
    for thread in [*anonymous, *learners, *([changer] if changer else [])]:
        thread.start()
    time.sleep(duration)
    for thread in [*anonymous, *learners]:
        thread.stop()
    if changer:
        changer.stop()
    for thread in [*anonymous, *learners]:
        thread.join(90)
    anonymous_records = [record for thread in anonymous for record in thread.records]
    learner_records = [record for thread in learners for record in thread.records]
    times = [ms for _path, _status, ms in anonymous_records]
    return {
        "anonymous": len(anonymous_records),
        "anonymous_statuses": Counter(status for _path, status, _ms in anonymous_records),
        "p50": percentile(times, 0.5),
        "p99": percentile(times, 0.99),
        "max": max(times, default=float("nan")),
        "learner_statuses": Counter(status for _path, status, _ms in learner_records),
        "learner_median": {
            status: statistics.median(ms for _path, code, ms in learner_records if code == status)
            for status in {status for _path, status, _ms in learner_records}
        },
        "changes": changer.changes if changer else 0,
        "load": (load_before, os.getloadavg()[0]),
    }


UNLIMITED = """

def render_once(request, kind, owner, content, make):  # written by bench/run_render_burst.py: 'before'
    renders[kind] += 1
    return make()
"""


def code_without_limits(tmp, after):
    """A copy of the 'after' code whose render_once() makes the file at once, every time, for anyone: the
    portal as it was before portal/render_limits.py (an older commit cannot serve this database: the
    schema has moved on since)."""
    target = tmp / "before-code"
    shutil.copytree(after, target)
    with open(target / "portal" / "render_limits.py", "a") as module:
        module.write(UNLIMITED)
    return target


def measure(args, tmp, version, code_dir, port, learners):
    version_tmp = tmp / version
    version_tmp.mkdir()
    process = harness.start_gunicorn(version_tmp, port, args.workers, code_dir)
    try:
        cookies = {username: harness.sign_in(port, username, PASSWORD) for username, _path in learners}
        for path, cookie in ANONYMOUS:  # fills the page cache
            harness.http_request(port, path, cookie=cookie)
        one = learners[0]
        periods = {
            "quiet": [],
            "one learner": [(one[1], cookies[one[0]])] * args.parallel,
            "several learners": [(path, cookies[username]) for username, path in learners],
        }
        results = {}
        for name, targets in periods.items():
            log(f"  {version}: {name} ({args.duration} s)")
            results[name] = run_period(port, args.duration, args.probes, targets, args.change_every, args.pause)
        return results
    finally:
        process.terminate()
        process.wait(30)


def report(args, results, pdf_seconds):
    print()
    print(
        f"Render burst: gunicorn -c deploy/gunicorn.conf.py -w {args.workers}, PostgreSQL, Redis; {args.probes} "
        f"anonymous threads (/kontakt/ and / from the page cache, /aktualnosci/ rendered); one learner's "
        f"{args.parallel} parallel PDF requests, then {args.learners} learners' one each; genograms changed every "
        f"{args.change_every:g} s; {args.duration} s per period; {os.cpu_count()} CPUs"
    )
    print(f"One PDF of the genogram at the limit, in-process: {pdf_seconds:.1f} s")
    print(
        f"{'version':8} {'period':18} {'anon':>6} {'p50 ms':>8} {'p99 ms':>8} {'max ms':>8}  learners' answers (median ms)  load"
    )
    for version, periods in results.items():
        for name, result in periods.items():
            answers = ", ".join(
                f"{status} × {count} ({result['learner_median'][status]:.0f})"
                for status, count in sorted(result["learner_statuses"].items(), key=lambda item: str(item[0]))
            )
            bad = {status: count for status, count in result["anonymous_statuses"].items() if status != 200}
            print(
                f"{version:8} {name:18} {result['anonymous']:6} {result['p50']:8.1f} {result['p99']:8.1f} "
                f"{result['max']:8.1f}  {answers or '-'}{f'  anonymous not 200: {dict(bad)}' if bad else ''}"
                f"  {result['load'][0]:.1f}→{result['load'][1]:.1f}"
            )
    after = results.get("after", {})
    met = all(after[name]["p99"] < TARGET_P99_MS for name in ("one learner", "several learners") if name in after)
    print(f"\nTarget: anonymous p99 under {TARGET_P99_MS} ms during both bursts, after: {'met' if met else 'MISSED'}")
    return met


def main():
    args = parse_args()
    started = time.monotonic()
    tmp = Path(tempfile.mkdtemp(prefix="portal-bench-render-burst-"))
    port = harness.free_port()
    database_url = args.database_url
    prefix = f"portal-bench-{uuid.uuid4().hex[:8]}"
    created = False
    met = False
    try:
        after = PROJECT_DIR if args.after == "worktree" else harness.code_at(tmp, "after", args.after)
        versions = {"before": code_without_limits(tmp, after)} if args.before else {}
        versions["after"] = after
        log(f"after: {args.after} ({after}); before: the same without the render limits")
        harness.create_database(database_url)
        created = True
        harness.set_environment(tmp, database_url, port)
        harness.use_redis(prefix)
        # The database is built by the 'after' code too, never by files others may be editing.
        harness.setup_django(versions["after"])
        from django.db import connections

        step = time.monotonic()
        harness.build_site(port)
        learners, pdf_seconds = prepare_learners(args.learners)
        connections.close_all()
        log(f"migrate, load_demo, collectstatic, {len(learners)} learners: {time.monotonic() - step:.0f} s; "
            f"one PDF {pdf_seconds:.1f} s")  # fmt: skip

        os.environ["DATABASE_CONN_MAX_AGE"] = "60"
        results = {}
        for version, code_dir in versions.items():
            harness.delete_redis_keys(prefix)  # no file kept by one version is served by the other
            results[version] = measure(args, tmp, version, code_dir, port, learners)
            connections.close_all()
        met = report(args, results, pdf_seconds)
        print(f"(total {time.monotonic() - started:.0f} s)")
    finally:
        harness.delete_redis_keys(prefix)
        if created:
            harness.drop_database(database_url)
        if args.keep:
            log(f"kept {tmp}")
        else:
            shutil.rmtree(tmp, ignore_errors=True)
    sys.exit(0 if met else 1)


if __name__ == "__main__":
    main()
