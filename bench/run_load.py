#!/usr/bin/env python
"""Load: mixed anonymous and signed-in traffic for five minutes without a single error, then the same
traffic with the database refusing connections for ten seconds in the middle: only 503s (and pages from
the page cache) while it is away, full recovery within seconds after.

    .venv/bin/python bench/run_load.py [--phase both|steady|outage] [--duration 300] [--outage-at 120]
        [--outage-seconds 10] [--snapshot] [--database-url postgres://postgres@127.0.0.1:5432/portal_load]

About 13 minutes with the defaults (two phases of 5 minutes after about 2 minutes of building).

1. creates the PostgreSQL database ``--database-url`` (it must not exist; it is dropped at the end),
   migrates it, runs ``load_demo`` and ``collectstatic`` with the production settings, HTTPS redirects
   on (every request says ``X-Forwarded-Proto: https``, as through the TLS proxy) and a Redis cache
   (``REDIS_URL``, default redis://127.0.0.1:6379/0, under a key prefix of its own, removed at the end);
2. starts gunicorn with the repository's configuration (deploy/gunicorn.conf.py), ``--workers`` (2) and
   ``DATABASE_CONN_MAX_AGE=60``: each worker keeps its connection, as in production;
3. signs ``--learners`` (4) demo learners enrolled in a course in through ``POST /konto/logowanie/``
   (learners sign in with a password; the two-step sign-in is for admin users only) and checks that
   every address of the mix answers 200, anonymously or with a learner's session;
4. runs ``wrk -t2 -c8 -d<duration>`` with a Lua script written to the temporary directory: anonymous
   requests (home, news index, three news items, events, document library, search, a static CSS file)
   and signed-in ones ("Moje szkolenia", /konto/, a course, a lesson; each request with the next
   learner's session cookie), weighted, mixed and taken in turn. The script counts the answers by
   status and, per second, by status with page-cache hits and static files apart, and prints them
   with the latency percentiles in ``done()``;
5. phase ``steady``: expects no answer ≥ 400 and no socket error (connect, read, write, timeout);
6. phase ``outage``: the same run; at ``--outage-at`` seconds the database refuses connections for
   ``--outage-seconds`` seconds. A probe thread asks every 0.2 s, in turn, for ``/aktualnosci/?probe=N``
   (anonymous: a new address each time, never from the page cache) and ``/konto/szkolenia/?probe=N``
   (signed in) and records each status and latency. Expected: no socket error; wrk's answers only
   2xx, 3xx or 503; 503s only from the outage's start to ``--max-recovery`` (5) seconds after its end; within the
   outage's whole seconds, 200s only from the page cache or static files; every probe 200 before,
   503 during (a probe overlapping an edge may be either), and after the database returns, 200 again
   within ``--max-recovery`` seconds and from then on. The recovery time is the time from the database
   accepting connections to the first probe answered 200 after which all are;
7. ``--snapshot`` builds and serves a copy of the working tree taken at the start, for a machine where
   others edit the tree meanwhile: gunicorn preloads the application in its master, but each worker
   imports the URLconf and the views itself on its first request, and a worker forked after the
   files changed (every ~1000 requests) mixes two versions of the code;
8. prints requests, req/s, p50/p90/p99 latency, counts by status, socket errors, the page-cache share,
   the statuses before, during and after the outage, the recovery time and what gunicorn logged
   (503s and 500s by path, worker timeouts), and wrk's answers second by second around the outage; the
   whole timeline (wrk per second, every probe) goes to ``timeline-<phase>.json`` in the temporary
   directory; exits 1 when an expectation fails (and then keeps the temporary directory with
   gunicorn's log).

The outage is made without stopping the PostgreSQL server, which other work on this machine shares:
``ALTER DATABASE … WITH ALLOW_CONNECTIONS false`` and ``pg_terminate_backend`` of the database's
connections (as tests/production/test_deployed.py does), then ``ALLOW_CONNECTIONS true``. For the
portal this looks like a stopped server: kept connections break and new ones are refused at once.

The machine is shared: count errors with any load, read latency and req/s with the load average shown.
"""

import argparse
import json
import os
import re
import shutil
import subprocess
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
from harness import PROJECT_DIR, http_request, log, sign_in

DEFAULT_DATABASE_URL = "postgres://postgres@127.0.0.1:5432/portal_load"
COURSE_SLUG = "kooperacja-w-praktyce"  # the demo course most demo learners are enrolled in
SEARCH_QUERY = "kooperacja"
PROBE_INTERVAL = 0.2  # seconds between probes, taking the paths in turn
# An anonymous listing (a new address each time: never from the page cache) and a signed-in page.
PROBE_PATHS = ("/aktualnosci/", "/konto/szkolenia/")
SOCKET_ERRORS = ("connect", "read", "write", "timeout")

# (key, weight): how often each address comes up in the mix; signed-in keys start with "learner-".
WEIGHTS = [
    ("home", 4),
    ("news-index", 3),
    ("news-1", 2),
    ("news-2", 2),
    ("news-3", 2),
    ("events", 2),
    ("documents", 2),
    ("search", 2),
    ("static", 3),
    ("learner-my-courses", 3),
    ("learner-account", 2),
    ("learner-course", 2),
    ("learner-lesson", 3),
]

LUA = r"""-- Written by bench/run_load.py: the mixed traffic of one load run.
local entries = {
%(entries)s
}
local threads = {}
local thread_count = 0

function setup(thread)
  -- each thread starts elsewhere in the mix
  thread:set("offset", thread_count * 7)
  thread_count = thread_count + 1
  table.insert(threads, thread)
end

function init(args)
  formatted = {}
  for i, entry in ipairs(entries) do
    local headers = {["X-Forwarded-Proto"] = "https", ["X-Forwarded-For"] = entry[3]}
    if entry[2] ~= "" then headers["Cookie"] = entry[2] end
    formatted[i] = wrk.format("GET", entry[1], headers)
  end
  position = offset or 0
  statuses = {}
  seconds = {}
  hits = 0
end

function request()
  position = position %% #formatted + 1
  return formatted[position]
end

function response(status, headers, body)
  local code = tostring(status)
  statuses[code] = (statuses[code] or 0) + 1
  local label = code
  if headers["X-Page-Cache"] == "hit" then
    hits = hits + 1
    label = "hit"
  elseif status == 200 and string.find(headers["Content-Type"] or "", "text/css", 1, true) then
    label = "static"
  end
  local key = os.time() .. " " .. label
  seconds[key] = (seconds[key] or 0) + 1
end

local function add(total, part)
  for key, count in pairs(part or {}) do total[key] = (total[key] or 0) + count end
end

function done(summary, latency, requests)
  local statuses, seconds, hits = {}, {}, 0
  for _, thread in ipairs(threads) do
    add(statuses, thread:get("statuses"))
    add(seconds, thread:get("seconds"))
    hits = hits + (thread:get("hits") or 0)
  end
  local errors = summary.errors
  io.write(string.format("@@ summary %%d %%d %%d %%d %%d %%d %%d %%d\n", summary.requests, summary.duration,
    errors.connect, errors.read, errors.write, errors.timeout, errors.status, hits))
  for _, p in ipairs({50, 90, 99}) do
    io.write(string.format("@@ latency p%%d %%d\n", p, latency:percentile(p)))
  end
  io.write(string.format("@@ latency max %%d\n", latency.max))
  for code, count in pairs(statuses) do io.write(string.format("@@ status %%s %%d\n", code, count)) end
  for key, count in pairs(seconds) do io.write(string.format("@@ second %%s %%d\n", key, count)) end
end
"""


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument(
        "--phase",
        choices=["both", "steady", "outage"],
        default="both",
        help="steady traffic, the database outage, or both one after the other on the same server (default)",
    )
    parser.add_argument("--duration", type=int, default=300, help="seconds of wrk per phase (default 300)")
    parser.add_argument(
        "--outage-at",
        type=float,
        help="seconds into the outage phase when the database starts refusing connections (default: the middle)",
    )
    parser.add_argument("--outage-seconds", type=float, default=10, help="how long it refuses them (default 10)")
    parser.add_argument(
        "--max-recovery",
        type=float,
        default=5,
        help="seconds after the outage within which every answer must be 200 again (default 5)",
    )
    parser.add_argument("--threads", type=int, default=2, help="wrk threads (default 2)")
    parser.add_argument("--connections", type=int, default=8, help="wrk connections (default 8)")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers (default 2)")
    parser.add_argument("--learners", type=int, default=4, help="demo learners signed in for the traffic (default 4)")
    parser.add_argument(
        "--database-url",
        default=DEFAULT_DATABASE_URL,
        help=f"a PostgreSQL database that does not exist yet: created, then dropped (default {DEFAULT_DATABASE_URL})",
    )
    parser.add_argument(
        "--snapshot",
        action="store_true",
        help="build and serve a copy of the working tree taken at the start (git's tracked and untracked, "
        "not ignored, files), so that edits made during the run never reach the workers gunicorn forks "
        "every ~1000 requests",
    )
    parser.add_argument("--keep", action="store_true", help="keep the temporary directory (gunicorn's log, the Lua)")
    args = parser.parse_args()
    if not harness.is_postgres(args.database_url):
        parser.error("--database-url must be a PostgreSQL database: the outage refuses its connections")
    if args.outage_at is None:
        args.outage_at = max(0.0, (args.duration - args.outage_seconds) / 2)
    if args.outage_at + args.outage_seconds + args.max_recovery >= args.duration:
        parser.error("the outage and the recovery must end before the run does: lower --outage-at or raise --duration")
    return args


# --------------------------------------------------------------------------------------------------
# The site and the mix
# --------------------------------------------------------------------------------------------------


def mix_addresses(static_path):
    """The addresses of the mix (quoted) and the demo learners enrolled in the course, to sign in."""
    home = project.HomePage.objects.get(locale__language_code="pl", depth=2)
    news = list(project.NewsPage.objects.live().descendant_of(home).order_by("-date", "pk")[:3])
    course = project.CoursePage.objects.live().descendant_of(home).get(slug=COURSE_SLUG)
    enrolled = project.Enrolment.objects.filter(course=course).select_related("user").order_by("pk")
    learners = [enrolment.user.username for enrolment in enrolled if not enrolment.user.is_staff]
    paths = {
        "home": home.get_url(),
        "news-index": project.NewsIndexPage.objects.child_of(home).get().get_url(),
        **{f"news-{number}": page.get_url() for number, page in enumerate(news, 1)},
        "events": project.EventIndexPage.objects.child_of(home).get().get_url(),
        "documents": project.DocumentLibraryPage.objects.child_of(home).get().get_url(),
        "search": f"/szukaj/?q={SEARCH_QUERY}",
        "static": static_path,
        "learner-my-courses": "/konto/szkolenia/",
        "learner-account": "/konto/",
        "learner-course": course.get_url(),
        "learner-lesson": course.lessons[1 if len(course.lessons) > 1 else 0].get_url(),
    }
    return {key: urllib.parse.quote(path, safe="/?=&%") for key, path in paths.items()}, learners


def lua_string(text):
    if not text.isascii() or any(char in text for char in '"\\\n'):
        raise ValueError(f"not a plain ASCII string: {text!r}")
    return f'"{text}"'


def write_lua(tmp, paths, cookies):
    """The wrk script: the weighted mix, spread evenly (each key's turns at even intervals)."""
    slots = []
    turn = 0
    for key, weight in WEIGHTS:
        for number in range(weight):
            slots.append(((number + 0.5) / weight, key))
    entries = []
    for _position, key in sorted(slots):
        cookie = ""
        if key.startswith("learner-"):
            cookie = cookies[turn % len(cookies)]
            turn += 1
        address = f"203.0.113.{10 + len(entries) % 200}"
        entries.append(f"  {{{lua_string(paths[key])}, {lua_string(cookie)}, {lua_string(address)}}},")
    script = tmp / "load.lua"
    script.write_text(LUA % {"entries": "\n".join(entries)})
    return script, len(entries)


def check_addresses(port, paths, cookies):
    """Every address of the mix answers 200 (this also fills the page cache)."""
    for key, path in paths.items():
        cookie = cookies[0] if key.startswith("learner-") else None
        for _ in range(2):
            status, headers, body = http_request(port, path, cookie=cookie)
        if status != 200:
            raise SystemExit(f"{key} {path} answered {status}: {body.decode('utf-8', 'replace')[:500]}")
        log(f"  {key:20} {path:60} 200 {len(body):7} bytes  {headers.get('X-Page-Cache') or '-'}")


# --------------------------------------------------------------------------------------------------
# wrk, probes and the outage
# --------------------------------------------------------------------------------------------------


def start_wrk(args, script, port):
    command = ["wrk", f"-t{args.threads}", f"-c{args.connections}", f"-d{args.duration}s", "--timeout", "10s"]
    command += ["-s", str(script), f"http://127.0.0.1:{port}/"]
    return subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)


def finish_wrk(process, args):
    output, _ = process.communicate(timeout=args.duration + 120)
    if process.returncode:
        raise SystemExit(f"wrk exited with {process.returncode}:\n{output}")
    result = {"statuses": Counter(), "seconds": {}, "latency": {}, "raw": output}
    for line in output.splitlines():
        fields = line.split()
        if not fields or fields[0] != "@@":
            continue
        if fields[1] == "summary":
            numbers = [int(value) for value in fields[2:]]
            result["requests"], result["duration"] = numbers[0], numbers[1] / 1e6
            result["errors"] = dict(zip(SOCKET_ERRORS, numbers[2:6], strict=True))
            result["status_errors"], result["hits"] = numbers[6], numbers[7]
        elif fields[1] == "latency":
            result["latency"][fields[2]] = int(fields[3]) / 1000  # ms
        elif fields[1] == "status":
            result["statuses"][int(fields[2])] = int(fields[3])
        elif fields[1] == "second":
            result["seconds"].setdefault(int(fields[2]), Counter())[fields[3]] = int(fields[4])
    if "requests" not in result:
        raise SystemExit(f"could not read wrk's output:\n{output}")
    return result


class Probe(threading.Thread):
    """Every PROBE_INTERVAL seconds, the next of ``targets`` (path, cookie) in turn, with ``?probe=N``;
    records (path, sent, answered, status)."""

    def __init__(self, port, targets):
        super().__init__(daemon=True)
        self.port, self.targets = port, targets
        self.records = []
        self.stopping = threading.Event()

    def run(self):
        number = 0
        next_time = time.time()
        while not self.stopping.is_set():
            path, cookie = self.targets[number % len(self.targets)]
            number += 1
            sent = time.time()
            try:
                status = http_request(self.port, f"{path}?probe={number}", cookie=cookie, timeout=15)[0]
            except OSError as error:
                status = type(error).__name__
            self.records.append((path, sent, time.time(), status))
            next_time += PROBE_INTERVAL
            self.stopping.wait(max(0.0, next_time - time.time()))

    def stop(self):
        self.stopping.set()
        self.join(30)


def set_connections_allowed(database_url, allowed):
    """The outage without stopping the shared server: the database refuses new connections and its open
    ones are ended."""
    name = harness.pg_name(database_url)
    harness.pg_admin(database_url, f'ALTER DATABASE "{name}" WITH ALLOW_CONNECTIONS {"true" if allowed else "false"}')
    if not allowed:
        harness.pg_admin(
            database_url,
            f"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{name}' AND pid <> pg_backend_pid()",
        )


def run_phase(args, phase, script, port, database_url, cookie):
    load_before = os.getloadavg()[0]
    outage = None
    probe = None
    started = time.time()
    process = start_wrk(args, script, port)
    if phase == "outage":
        probe = Probe(port, [(PROBE_PATHS[0], None), (PROBE_PATHS[1], cookie)])
        probe.start()
        time.sleep(max(0.0, started + args.outage_at - time.time()))
        try:
            set_connections_allowed(database_url, False)
            outage_start = time.time()
            log(f"  the database refuses connections ({outage_start - started:.1f} s into the run)")
            time.sleep(args.outage_seconds)
        finally:
            outage_end = time.time()
            set_connections_allowed(database_url, True)
        log(f"  the database accepts connections again after {time.time() - outage_start:.1f} s")
        outage = (outage_start, outage_end)
    try:
        result = finish_wrk(process, args)
    finally:
        if probe:
            probe.stop()
    result.update(phase=phase, started=started, outage=outage, probe=probe, load=(load_before, os.getloadavg()[0]))
    return result


# --------------------------------------------------------------------------------------------------
# Expectations and the report
# --------------------------------------------------------------------------------------------------


def probe_summary(records, path, outage, max_recovery):
    """One probe path's statuses and latencies before, during and after the outage, the recovery
    seconds, and the failures."""
    start, end = outage
    periods = {"before": [], "inside": [], "edges": [], "after": []}
    for _path, sent, answered, status in records:
        if answered < start:
            period = "before"
        elif sent >= start and answered <= end:
            period = "inside"
        elif sent > end:
            period = "after"
        else:
            period = "edges"
        periods[period].append((sent, answered, status))
    recovered_at = None
    for sent, _answered, status in periods["after"]:
        if status != 200:
            recovered_at = None
        elif recovered_at is None:
            recovered_at = sent
    recovery = None if recovered_at is None else max(0.0, recovered_at - end)
    first_ok = next((sent - end for sent, _answered, status in periods["after"] if status == 200), None)
    counts = {period: Counter(status for _sent, _answered, status in rows) for period, rows in periods.items()}
    failures = []
    for period, allowed in (("before", {200}), ("inside", {503}), ("edges", {200, 503})):
        if set(counts[period]) - allowed:
            failures.append(f"probe {path}: {period} the outage {dict(counts[period])} (expected {sorted(allowed)})")
    if not counts["inside"]:
        failures.append(f"probe {path}: no probe fell within the outage")
    early = Counter(
        status for sent, _answered, status in periods["after"] if recovered_at is None or sent < recovered_at
    )
    if set(early) - {503}:
        failures.append(f"probe {path}: while recovering {dict(early)} (only 503 expected)")
    if recovery is None or recovery > max_recovery:
        failures.append(f"probe {path}: not recovered within {max_recovery:g} s (recovery: {recovery})")
    latencies = {
        period: sorted(1000 * (answered - sent) for sent, answered, _status in rows) for period, rows in periods.items()
    }
    return {"counts": counts, "latencies": latencies, "recovery": recovery, "first_ok": first_ok}, failures


def wrk_periods(result, max_recovery):
    """wrk's answers per label before, during (whole seconds within the outage) and after it."""
    start, end = result["outage"]
    periods = {"before": Counter(), "edge": Counter(), "during": Counter(), "after": Counter()}
    for second, labels in result["seconds"].items():
        if second + 1 <= start:
            period = "before"
        elif second >= start and second + 1 <= end:
            period = "during"
        elif second > end + max_recovery:
            period = "after"
        else:
            period = "edge"  # a second that straddles an edge, or the recovery allowance
        periods[period].update(labels)
    return periods


def expectations(result, max_recovery):
    failures = []
    errors = {name: count for name, count in result["errors"].items() if count}
    if errors:
        failures.append(f"socket errors {errors}")
    if result["phase"] == "steady":
        bad = {status: count for status, count in result["statuses"].items() if status >= 400}
        if bad:
            failures.append(f"answers ≥ 400: {bad}")
        return failures, None, None
    bad = {status: count for status, count in result["statuses"].items() if status >= 400 and status != 503}
    if bad:
        failures.append(f"answers ≥ 400 other than 503: {bad}")
    periods = wrk_periods(result, max_recovery)
    for period in ("before", "after"):
        if periods[period]["503"]:
            failures.append(f"{periods[period]['503']} × 503 {period} the outage")
    rendered = periods["during"]["200"]
    if rendered:
        failures.append(f"{rendered} pages rendered (200 without the page cache) while the database was away")
    probes = {}
    for path in PROBE_PATHS:
        records = [record for record in result["probe"].records if record[0] == path]
        probes[path], probe_failures = probe_summary(records, path, result["outage"], max_recovery)
        failures += probe_failures
    return failures, periods, probes


def gunicorn_log_summary(log_path, offset):
    """What gunicorn and Django logged since ``offset``: error answers by status line and path, the
    exceptions' last lines, worker timeouts."""
    text = log_path.read_text(errors="replace")[offset:]
    answers = Counter(re.findall(r"^(?:ERROR:django\.request:)?([A-Z][A-Za-z ]+): (/\S*)$", text, re.M))
    # gunicorn answers 500 itself when Django's own error handling fails (e.g. the URLconf cannot be imported)
    answers.update(
        ("Error handling request (gunicorn's 500)", path)
        for path in re.findall(r"\[ERROR\] Error handling request [A-Z]+ (\S+)$", text, re.M)
    )
    by_status = Counter()
    for (reason, path), count in answers.items():
        by_status[(reason, re.sub(r"\?.*", "", path))] += count
    exceptions = Counter(
        re.sub(r"(connection|pid) \S+", r"\1 …", line)
        for line in re.findall(r"^((?:[a-z_]+\.)*[A-Za-z_]*(?:Error|Exception)\b.*)$", text, re.M)
    )
    timeouts = len(re.findall(r"WORKER TIMEOUT", text))
    server_error = re.search(
        r"^(?:ERROR:django\.request:)?Internal Server Error:|\[ERROR\] Error handling request", text, re.M
    )
    first_500 = ""
    if server_error:
        block = text[server_error.start() : server_error.start() + 8000]
        following = re.search(r"^\[\d{4}-|^[A-Z][A-Za-z ]+: /", block[200:], re.M)  # the next log record
        first_500 = block[: 200 + following.start()] if following else block
    return {"by_status": by_status, "exceptions": exceptions, "timeouts": timeouts, "first_500": first_500}


def format_counts(counter):
    return ", ".join(f"{key} × {count}" for key, count in sorted(counter.items(), key=lambda item: str(item[0])))


def report(args, result, failures, periods, probes, logged, mix_size):
    duration = result["duration"]
    latency = result["latency"]
    print()
    print(f"Phase '{result['phase']}': wrk -t{args.threads} -c{args.connections} -d{args.duration}s, a mix of "
          f"{mix_size} requests; gunicorn -c deploy/gunicorn.conf.py -w {args.workers}, DATABASE_CONN_MAX_AGE=60, "
          f"PostgreSQL, Redis; {os.cpu_count()} CPUs, load average {result['load'][0]:.2f} before, {result['load'][1]:.2f} after")  # fmt: skip
    print(f"  requests          {result['requests']} in {duration:.1f} s: {result['requests'] / duration:.1f} req/s")
    print(f"  latency           p50 {latency['p50']:.1f} ms, p90 {latency['p90']:.1f} ms, p99 {latency['p99']:.1f} ms, "
          f"max {latency['max']:.1f} ms")  # fmt: skip
    print(f"  by status         {format_counts(result['statuses'])}")
    print(f"  page-cache hits   {result['hits']} ({result['hits'] / max(result['requests'], 1):.0%} of the answers)")
    print(f"  socket errors     {', '.join(f'{name} {count}' for name, count in result['errors'].items())}")
    seconds = sorted(result["seconds"])
    silent = (
        [second for second in range(seconds[0], seconds[-1] + 1) if second not in result["seconds"]] if seconds else []
    )
    at = f" (at {', '.join(str(round(second - result['started'])) for second in silent)} s)" if silent else ""
    print(f"  seconds without an answer: {len(silent)}{at}")
    if result["outage"]:
        start, end = result["outage"]
        print(f"  outage            {start - result['started']:.1f} s to {end - result['started']:.1f} s into the run "
              f"({end - start:.1f} s)")  # fmt: skip
        print("  wrk's answers (hit: page cache, static: static file)")
        for period, label in (
            ("before", "before the outage"),
            ("during", "during (whole seconds)"),
            ("edge", f"edges, first {args.max_recovery:g} s after"),
            ("after", "after"),
        ):
            print(f"    {label:32} {format_counts(periods[period]) or '-'}")
        print("  wrk's answers per second around the outage (seconds from its start)")
        for second in range(int(start) - 2, int(end) + 6):
            labels = result["seconds"].get(second, Counter())
            print(f"    {second - start:+6.1f} s  {format_counts(labels) or '-'}")
        for path, summary in probes.items():
            recovery = "never" if summary["recovery"] is None else f"{summary['recovery']:.2f} s"
            every = PROBE_INTERVAL * len(PROBE_PATHS)
            first = "never" if summary["first_ok"] is None else f"{summary['first_ok']:.2f} s"
            print(f"  probe {path}?probe=N every {every:g} s, after the database returned: first 200 at {first}, "
                  f"200 from then on: {recovery}")  # fmt: skip
            for key in ("before", "inside", "edges", "after"):
                times = summary["latencies"][key]
                timing = f" (median {times[len(times) // 2]:.0f} ms, max {times[-1]:.0f} ms)" if times else ""
                print(f"    {key:8} {format_counts(summary['counts'][key]) or '-'}{timing}")
    print("  gunicorn log")
    for (reason, path), count in sorted(logged["by_status"].items()):
        print(f"    {count:6} × {reason}: {path}")
    for line, count in logged["exceptions"].most_common(6):
        print(f"    {count:6} × {line[:150]}")
    print(f"    worker timeouts: {logged['timeouts']}")
    if logged["first_500"]:
        print("  the first 500 in gunicorn's log:")
        print("    " + logged["first_500"].replace("\n", "\n    "))
    print(f"  expectations      {'met' if not failures else 'FAILED'}")
    for failure in failures:
        print(f"    - {failure}")


def save_timeline(path, result):
    """wrk's answers per second and every probe, in seconds from the start of the run."""
    zero = result["started"]
    timeline = {
        "outage": [moment - zero for moment in result["outage"]] if result["outage"] else None,
        "wrk_per_second": {second - int(zero): labels for second, labels in sorted(result["seconds"].items())},
        "probes": [
            [path, round(sent - zero, 3), round(answered - zero, 3), status]
            for path, sent, answered, status in (result["probe"].records if result["probe"] else [])
        ],
    }
    path.write_text(json.dumps(timeline, indent=1))


def main():
    args = parse_args()
    started = time.monotonic()
    tmp = Path(tempfile.mkdtemp(prefix="portal-bench-load-"))
    port = harness.free_port()
    database_url = args.database_url
    prefix = f"portal-bench-{uuid.uuid4().hex[:8]}"
    process = None
    created = False
    all_failures = []
    try:
        harness.create_database(database_url)
        created = True
        harness.set_environment(tmp, database_url, port)
        harness.use_redis(prefix)
        os.environ["SECURE_SSL_REDIRECT"] = "true"  # as in production: the requests say X-Forwarded-Proto: https
        code_dir = PROJECT_DIR
        if args.snapshot:
            code_dir = harness.snapshot_code(tmp)
            log(f"serving a copy of the working tree: {code_dir}")
        harness.setup_django(code_dir)
        log(f"migrate, load_demo, collectstatic: {harness.build_site(port):.0f} s")
        paths, learners = mix_addresses(harness.static_css_url(tmp))
        harness.close_connections()
        if len(learners) < args.learners:
            raise SystemExit(f"only {len(learners)} demo learners are enrolled in {COURSE_SLUG}")

        os.environ["DATABASE_CONN_MAX_AGE"] = "60"  # for gunicorn: kept connections, as in production
        process = harness.start_gunicorn(tmp, port, args.workers, code_dir)
        password = os.environ["DEMO_ADMIN_PASSWORD"]  # load_demo gives the demo learners this password
        cookies = [sign_in(port, username, password) for username in learners[: args.learners]]
        log(f"signed in: {', '.join(learners[: args.learners])}")
        check_addresses(port, paths, cookies)
        script, mix_size = write_lua(tmp, paths, cookies)
        log_path = tmp / "gunicorn.log"

        phases = ["steady", "outage"] if args.phase == "both" else [args.phase]
        for phase in phases:
            log(f"phase {phase}: {args.duration} s of wrk")
            offset = len(log_path.read_text(errors="replace"))
            result = run_phase(args, phase, script, port, database_url, cookies[0])
            failures, periods, probes = expectations(result, args.max_recovery)
            logged = gunicorn_log_summary(log_path, offset)
            if logged["timeouts"]:
                failures.append(f"{logged['timeouts']} gunicorn worker timeouts")
            if logged["first_500"]:
                failures.append("a 500 in gunicorn's log (shown above)")
            status, _headers, body = http_request(port, "/health/")
            if status != 200 or json.loads(body).get("status") != "ok":
                failures.append(f"/health/ after the run: {status} {body[:200]!r}")
            report(args, result, failures, periods, probes, logged, mix_size)
            save_timeline(tmp / f"timeline-{phase}.json", result)
            all_failures += [f"{phase}: {failure}" for failure in failures]
        print(f"\n(total {time.monotonic() - started:.0f} s)")
    finally:
        if process and process.poll() is None:
            process.terminate()
            process.wait(30)
        harness.delete_redis_keys(prefix)
        if created:
            harness.close_connections()
            set_connections_allowed(database_url, True)
            harness.drop_database(database_url)
        if args.keep or all_failures:
            log(f"kept {tmp} (gunicorn.log, load.lua)")
        else:
            shutil.rmtree(tmp, ignore_errors=True)
    if all_failures:
        print("FAILED:\n  " + "\n  ".join(all_failures))
        sys.exit(1)


if __name__ == "__main__":
    main()
