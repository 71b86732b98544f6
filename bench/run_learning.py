#!/usr/bin/env python
"""Learning benchmark: the coordinators' course report and "Moje szkolenia" with 20 and 2,000 learners.

    .venv/bin/python bench/run_learning.py [--learners 2000] [--small 20] [--duration 10]

The same way as bench/run_listings.py (through bench/harness.py: environment, gunicorn, CPU time), all
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
   dataharness. The big site is a copy topped up to ``--learners`` learners;
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
import io
import os
import re
import shutil
import statistics
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import harness
from harness import log
from school import School, session_for

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
    from django.test.utils import CaptureQueriesContext

    results = {}
    for target in target_list:
        client = harness.test_client(port, session=target.session)
        response = client.get(target.path)
        if response.status_code != 200:
            raise SystemExit(f"{target.path} answered {response.status_code} in-process")
        times, captured, timer = [], None, None
        for _ in range(5):
            timer = harness.SqlTimer()
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
    import openpyxl
    from django.urls import reverse

    client = harness.test_client(port, session=session, cached=True)
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
            rows = sum(1 for _row in openpyxl.load_workbook(io.BytesIO(data), read_only=True).active.iter_rows()) - 1
        results[export] = {"ms": statistics.median(times), "rows": rows, "kb": len(data) / 1024}
    return results


def session_cookie(session):
    """wrk's cookie: the session's, else the bench cookie (past the page cache)."""
    return f"sessionid={session}" if session else harness.UNCACHED_COOKIE


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
                f"{query['queries']:>2} queries; slowest {slowest[0]:>5.2f} ms: {harness.short_sql(slowest[1], 60)}")  # fmt: skip
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
    harness.require_wrk(parser)
    return args


def main():
    args = parse_args()
    started = time.monotonic()
    timings = {}
    tmp = Path(tempfile.mkdtemp(prefix="portal-bench-learning-"))
    ports = {"small": harness.free_port(), "big": harness.free_port()}
    urls = {size: f"sqlite:///{tmp / (size + '.sqlite3')}" for size in ("small", "big")}
    servers = []
    try:
        harness.set_environment(tmp, urls["small"], ports["small"])
        harness.setup_django()
        from django.contrib.auth.hashers import make_password
        from django.db import connection

        log(f"temporary directory {tmp}; database SQLite")
        timings["migrate + load_demo + collectstatic"] = harness.build_site(ports["small"])
        static_url = harness.static_css_url(tmp)
        log(f"migrate, load_demo, collectstatic: {timings['migrate + load_demo + collectstatic']:.0f} s")

        step = time.monotonic()
        for line in School.prepare():
            log(line)
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
        harness.switch_database(urls["big"])
        harness.set_site(ports["big"])
        step = time.monotonic()
        school = School()
        for start in range(args.small, args.learners, 500):
            school.add_learners(start, min(start + 500, args.learners), password)
        sizes["big"] = school.counts()
        timings["big site"] = time.monotonic() - step
        log(f"big site: {sizes['big']} in {timings['big site']:.1f} s")

        target_lists, queries, exports = {}, {}, {}
        for size in ("small", "big"):
            harness.switch_database(urls[size])
            school = School()
            target_lists[size] = targets(static_url, school, sessions)
            queries[size] = count_queries(target_lists[size][1:], ports[size])
            exports[size] = time_exports(school, sessions["coordinator"], ports[size])
            log(f"queries ({size}): " + ", ".join(f"{key} {value['queries']}" for key, value in queries[size].items()))
        connection.close()

        for size in ("small", "big"):
            servers.append(harness.Server(size, ports[size], urls[size], tmp, args.workers))
        for server in servers:
            server.wait_ready(static_url)
        by_size = dict(zip(("small", "big"), servers, strict=True))
        measures = {"small": {}, "big": {}}
        step = time.monotonic()
        load_before = os.getloadavg()[0]
        per_round = max(1, round(args.duration / args.rounds))
        for index, target in enumerate(target_lists["small"]):
            runs = {"small": [], "big": []}
            for size in harness.round_order(args.rounds):
                server, current = by_size[size], target_lists[size][index]
                cookie = session_cookie(current.session)
                if not runs[size]:
                    fetch(server.url(current.path), current.session)
                    if args.warmup:
                        harness.wrk(server.url(current.path), args.warmup, args.threads, args.connections, cookie)
                cpu_before = server.cpu_seconds()
                result = harness.wrk(server.url(current.path), per_round, args.threads, args.connections, cookie)
                result["cpu"] = server.cpu_seconds() - cpu_before
                runs[size].append(result)
                log(f"{size:<5} {current.path[:56]:<56} {result['rps']:8.1f} req/s  p50 {result['p50']:7.1f} ms  "
                    f"{1000 * result['cpu'] / max(result['requests'], 1):6.1f} CPU ms/request")  # fmt: skip
            for size, results in runs.items():
                measures[size][target.key] = harness.combine(results)
        timings["wrk"] = time.monotonic() - step
        timings["total"] = time.monotonic() - started
        report(sizes, target_lists, queries, exports, measures, args, timings, (load_before, os.getloadavg()[0]))
        return 0
    finally:
        for server in servers:
            server.stop()
        harness.close_connections()
        if args.keep:
            log(f"kept {tmp}")
        else:
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
