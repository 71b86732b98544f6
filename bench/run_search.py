#!/usr/bin/env python
"""Search benchmark: /szukaj/ with 100 and with 10,000 news items, five Polish queries.

    .venv/bin/python bench/run_search.py [--items 10000] [--small 100] [--requests 30] [--duration 10]

The same way as bench/run_listings.py, through bench/harness.py and bench/content.py (environment, bulk page
creation, gunicorn, wrk), all in a temporary directory removed at the end (``--keep`` keeps it):

1. migrates a fresh database, runs ``load_demo`` and ``collectstatic``, removes the demo's news, events and
   documents (the demo's region, course and standard pages stay: the search covers them too);
2. bulk-creates ``--small`` news items over the 15 region pages and 2018–2025, with varied Polish titles,
   leads and bodies about the Model Kooperacji (events, towns of each region in three cases, institutions,
   topics, dates), so that the queries have selective and broad matches; bulk-created pages bypass the
   model's save, so the index is built with ``manage.py update_index`` (in a subprocess: it also fills
   ``SearchTerm`` through ``BasePage.search_lemmas``), timed. The big site is a copy topped up to
   ``--items`` and indexed again from scratch;
3. in-process: the first search of a fresh process is timed in a subprocess ("cold start": simplemma loads
   its Polish dictionary; this process has it already, load_demo indexed the demo's pages); then, with the
   Django test client, per query and site ``--profile`` profiled requests (SQL queries, and where the time
   goes: the search with its count and fallbacks, the top 200 fetched and reranked, the 10 results
   presented, "did you mean", the rest), then ``--requests`` sequential requests in rounds small, big, big,
   small, for p50 and p99; a slow query gets fewer (about ``--budget`` seconds per query and site);
4. under ``gunicorn -w 2`` and ``wrk -t2 -c8 --latency`` (``--duration`` s per query and site, the same
   rounds), req/s, p50, p99 and the workers' CPU ms per request, after the first request of a fresh
   server is timed (the cold start of a worker) and both workers are warmed up; a site slower than
   ``--wrk-limit-ms`` a request in-process is left out (the figures would be queueing and time-outs);
   ``--no-wrk`` skips this step;
5. prints the figures, the big/small ratios, and flags queries whose in-process p50 on the big site is
   above ``--target-ms`` (100 ms, the issue's target).

PostgreSQL: ``--database-url postgres://postgres@127.0.0.1:5432/portal_bench_search --create-database``
as in run_listings (``<name>_big`` is made from it with CREATE DATABASE … TEMPLATE; both dropped at the
end). The databases are ANALYZEd after indexing on PostgreSQL (``--analyze`` on SQLite too).

Compare the ratios within one run, not absolute figures across runs: the machine is shared.
"""

import argparse
import contextlib
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from urllib.parse import urlencode

import harness
import project
from content import verify_pages
from harness import PROJECT_DIR, log
from search_content import SearchContent

# (key, label, query, what it exercises)
QUERIES = [
    ("selective", "two words, inflected", "spotkanie Sandomierz", "Sandomierz is one town of one region"),
    ("broad", "one broad word", "kooperacja", "in most items, any form"),
    ("three", "three words, inflected", "szkolenie asystentów rodziny", "every word in several forms"),
    ("diacritics", "without diacritics", "zaswiadczenie", "restored through SearchTerm"),
    ("nothing", "typos: nothing found", "konsutlacje spotaknie", "every fallback, then “did you mean”"),
]


def update_index(database_url):
    """``manage.py update_index`` in a subprocess (its own simplemma load, as in production); seconds."""
    started = time.monotonic()
    completed = subprocess.run(
        [sys.executable, "manage.py", "update_index"],
        cwd=PROJECT_DIR,
        env=dict(os.environ, DATABASE_URL=database_url),
        capture_output=True,
        text=True,
        timeout=3600,
    )
    if completed.returncode:
        raise SystemExit(f"update_index failed:\n{completed.stdout[-3000:]}\n{completed.stderr[-3000:]}")
    return time.monotonic() - started


def index_sizes(engine, database_url, tmp, size):
    """Rows of the search index and of SearchTerm, and the database's size in MB."""
    from django.db import connection
    from wagtail.search.models import IndexEntry

    if engine == "SQLite":
        megabytes = (tmp / f"{size}.sqlite3").stat().st_size / 1e6
    else:
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_database_size(current_database())")
            megabytes = cursor.fetchone()[0] / 1e6
    return {"entries": IndexEntry.objects.count(), "terms": project.SearchTerm.objects.count(), "mb": megabytes}


# --------------------------------------------------------------------------------------------------
# In-process measurements
# --------------------------------------------------------------------------------------------------

PHASES = [  # (key, label): where the view's time goes, each exclusive of the others
    ("diacritics", "diacritics lookup (SearchTerm)"),
    ("search", "search: fallbacks"),
    ("rank", "ranked query (top 201)"),
    ("titles", "top 200 reordered by title"),
    ("present", "10 results: pages, excerpts"),
    ("suggest", "did you mean (with its searches)"),
    ("other", "the rest: routing, form, template"),
]


class Phases:
    """Wraps the search view's steps in this process and adds up their exclusive wall and SQL time."""

    def __init__(self):
        self.stack, self.undo = [], []
        self.reset()

    def reset(self):
        self.ms = dict.fromkeys((key for key, _label in PHASES), 0.0)
        self.sql_ms = dict(self.ms)
        self.queries = dict.fromkeys(self.ms, 0)
        self.searches = 0  # query.build calls of the top-level search: 1 = every word found something
        self.sql = []

    def wrap(self, name, function):
        def wrapper(*args, **kwargs):
            inside = self.stack[-1][0] if self.stack else None
            if inside == "suggest":  # "did you mean" runs its own searches: they stay in its time
                return function(*args, **kwargs)
            if name == "build":  # not a phase: counts the searches tried
                self.searches += inside == "search"
                return function(*args, **kwargs)
            self.stack.append([name, time.perf_counter(), 0.0])
            try:
                return function(*args, **kwargs)
            finally:
                _name, started, children = self.stack.pop()
                elapsed = (time.perf_counter() - started) * 1000
                self.ms[name] += elapsed - children
                if self.stack:
                    self.stack[-1][2] += elapsed

        wrapper.__name__ = function.__name__
        return wrapper

    def __call__(self, execute, sql, params, many, context):  # a connection.execute_wrapper
        started = time.perf_counter()
        try:
            return execute(sql, params, many, context)
        finally:
            ms = (time.perf_counter() - started) * 1000
            phase = self.stack[-1][0] if self.stack else "other"
            self.sql_ms[phase] += ms
            self.queries[phase] += 1
            self.sql.append((ms, phase, sql))

    @contextlib.contextmanager
    def installed(self):
        query, ranking = project.search_query, project.search_ranking
        views, vocabulary = project.search_views, project.search_vocabulary

        def patch(owner, attribute, replacement):
            self.undo.append((owner, attribute, owner.__dict__[attribute]))
            setattr(owner, attribute, replacement)

        patch(vocabulary, "restore_diacritics", self.wrap("diacritics", vocabulary.restore_diacritics))
        patch(query, "build", self.wrap("build", query.build))
        patch(views, "run", self.wrap("search", views.run))
        patch(views, "present", self.wrap("present", views.present))
        patch(views, "did_you_mean", self.wrap("suggest", views.did_you_mean))
        patch(ranking, "best_page_ids", self.wrap("rank", ranking.best_page_ids))
        patch(views, "by_title_hits", self.wrap("titles", views.by_title_hits))
        try:
            yield self
        finally:
            while self.undo:
                owner, attribute, original = self.undo.pop()
                setattr(owner, attribute, original)

    def finish(self, total_ms):
        self.ms["other"] = max(0.0, total_ms - sum(value for key, value in self.ms.items() if key != "other"))


def percentile(values, fraction):
    """Linear interpolation between the closest ranks (p99 of 30 values lies between the two slowest)."""
    ordered = sorted(values)
    position = (len(ordered) - 1) * fraction
    low = int(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def search_path(q):
    from django.urls import reverse
    from django.utils import translation

    with translation.override("pl"):
        return f"{reverse('search')}?{urlencode({'q': q})}"


def read_page(response):
    """(results, suggestion, every word found) from the rendered results page."""
    text = response.content.decode("utf-8", "replace")
    count = re.search(r'class="result-count"[^>]*>\s*(Ponad )?(\d+)', text)
    suggestion = re.search(r'class="search-suggestion">.*?<a [^>]*>([^<]*)</a>', text, re.S)
    return {
        "results": (f">{count.group(2)}" if count.group(1) else int(count.group(2))) if count else None,
        "suggestion": suggestion.group(1) if suggestion else "",
        "shown": text.count('class="search-result"'),
    }


COLD_START = """
import time
from django.test import Client
import {lemmas} as lemmas
client = Client(HTTP_HOST={host!r})
client.cookies.load("portal-bench=uncached")  # past the page cache
client.get("/")  # Django, templates, the connection: what is left is the search's own start
cached = lemmas.lemmas_of.cache_info().currsize
times = []
for _ in range(3):
    began = time.perf_counter()
    status = client.get({path!r}).status_code
    times.append((time.perf_counter() - began) * 1000)
print("COLD", status, cached, *times)
"""


def cold_start(database_url, port):
    """The first search of a fresh process (simplemma loads its Polish dictionary), then the next two.

    In a subprocess: this process has loaded the dictionary already (load_demo indexed the demo pages)."""
    code = COLD_START.format(
        host=f"127.0.0.1:{port}", path=search_path(QUERIES[0][2]), lemmas=project.module_path("search_lemmas")
    )
    completed = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", code],
        cwd=PROJECT_DIR,
        env=dict(os.environ, DATABASE_URL=database_url),
        capture_output=True,
        text=True,
        timeout=600,
    )
    line = next((line for line in completed.stdout.splitlines() if line.startswith("COLD ")), None)
    if completed.returncode or line is None:
        raise SystemExit(f"the cold start failed:\n{completed.stdout[-2000:]}\n{completed.stderr[-2000:]}")
    _cold, status, cached, first, *then = line.split()
    if status != "200":
        raise SystemExit(f"the cold start's search answered {status}")
    return {"ms": float(first), "cached_before": int(cached), "then": statistics.median(map(float, then))}


@contextlib.contextmanager
def searched_afresh():
    """The search page with its results' cache bypassed: every request runs the ranked query, as the
    first search for these words since the last publication does (the cache holds them afterwards)."""
    ranking = project.search_ranking
    original = ranking.cached_values
    ranking.cached_values = list
    try:
        yield
    finally:
        ranking.cached_values = original


def profile(port, repeat, budget_ms):
    """Per query: the page's result count and suggestion, its queries, and the median time of each phase.

    A query whose warm-up alone takes more than ``budget_ms`` / ``repeat`` is profiled once."""
    from django.db import connection

    client = harness.test_client(port)
    results = {}
    for key, _label, q, _why in QUERIES:
        path = search_path(q)
        started = time.perf_counter()
        response = client.get(path)  # warm-up
        warm_ms = (time.perf_counter() - started) * 1000
        if response.status_code != 200:
            raise SystemExit(f"{path} answered {response.status_code} in-process")
        runs = []
        for _ in range(repeat if warm_ms * repeat < budget_ms else 1):
            phases = Phases()
            with searched_afresh(), phases.installed(), connection.execute_wrapper(phases):
                started = time.perf_counter()
                response = client.get(path)
                total = (time.perf_counter() - started) * 1000
            phases.finish(total)
            runs.append((total, phases))
        total, middle = sorted(runs, key=lambda run: run[0])[len(runs) // 2]
        results[key] = {
            **read_page(response),
            "warm_ms": warm_ms,
            "queries": len(middle.sql),
            "sql_ms": sum(ms for ms, _phase, _sql in middle.sql),
            "total": total,
            "phase_ms": {name: statistics.median(run.ms[name] for _t, run in runs) for name in middle.ms},
            "phase_sql": {name: statistics.median(run.sql_ms[name] for _t, run in runs) for name in middle.ms},
            "phase_queries": middle.queries,
            "searches": middle.searches,
            "sql": middle.sql,
        }
    return results


def time_requests(port, q, count, afresh=True):
    """``count`` sequential requests, after a warm-up of the page without a query (caches, connection);
    ``afresh``: with the results' cache bypassed (see ``searched_afresh``)."""
    client = harness.test_client(port)
    path = search_path(q)
    client.get(search_path(""))
    client.get(path)  # fills the results' cache for the cached measurement
    times = []
    with searched_afresh() if afresh else contextlib.nullcontext():
        for _ in range(count):
            started = time.perf_counter()
            response = client.get(path)
            times.append((time.perf_counter() - started) * 1000)
            assert response.status_code == 200, response.status_code
    return times


# --------------------------------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------------------------------


def ratio(numerator, denominator):
    return numerator / denominator if denominator else float("nan")


def report(args, sizes, indexing, cold, profiles, latency, cached, measures, server_cold, timings, loads):
    lines = []
    out = lines.append
    small, big = sizes["small"]["news"], sizes["big"]["news"]
    out("")
    out(f"Search benchmark, database {args.engine}{' (ANALYZEd)' if args.analyze else ''}, {os.cpu_count()} CPUs; "
        f"small site {small} news items, big site {big} (plus the demo's region, course and standard pages)")  # fmt: skip
    for size in ("small", "big"):
        index = indexing[size]
        out(f"  update_index ({size}): {index['seconds']:.1f} s; {index['entries']} index entries, "
            f"{index['terms']} SearchTerm rows, database {index['mb']:.0f} MB")  # fmt: skip
    out("  cold start, in a fresh process (simplemma loads its dictionary), first search: " + ", ".join(
        f"{size} {cold[size]['ms']:.0f} ms (then {cold[size]['then']:.0f} ms; {cold[size]['cached_before']} lemmas cached before)"
        for size in ("small", "big")))  # fmt: skip
    if server_cold:
        out("  cold start under gunicorn (first search of a fresh server, one worker): " + ", ".join(
            f"{size} {ms:.0f} ms" for size, ms in server_cold.items()))  # fmt: skip
    out("")
    wrk_note = f"; wrk -t{args.threads} -c{args.connections} on gunicorn -w {args.workers}" if measures else ""
    out(f"In-process: up to {args.requests} sequential requests per query and site, in rounds small, big, big, "
        f"small (fewer when a request takes long: about {args.budget:.0f} s per query and site){wrk_note}")  # fmt: skip
    header = (f"{'query':<30} {'items':>6} {'results':>7} {'queries':>7} {'SQL ms':>7} {'n':>3} {'p50 ms':>8} "
              f"{'p99 ms':>8} {'cached':>7}" + (f" {'req/s':>7} {'p50 ms':>8} {'p99 ms':>8} {'CPU ms':>7}" if measures else ""))  # fmt: skip
    out(header)
    out("-" * len(header))
    for key, _label, q, _why in QUERIES:
        for size in ("small", "big"):
            found, times = profiles[size][key], latency[size][key]
            row = (f"{q[:30]:<30} {sizes[size]['news']:>6} {found['results']!s:>7} {found['queries']:>7} "
                   f"{found['sql_ms']:>7.1f} {len(times):>3} {statistics.median(times):>8.1f} "
                   f"{percentile(times, 0.99):>8.1f} {statistics.median(cached[size][key]):>7.1f}")  # fmt: skip
            measure = measures.get(size, {}).get(key)
            if measure:
                row += (
                    f" {measure['rps']:>7.1f} {measure['p50']:>8.1f} {measure['p99']:>8.1f} {measure['cpu_ms']:>7.1f}"
                )
                if measure["non2xx"] or measure["errors"]:
                    row += f"  ! {measure['non2xx']} non-2xx, {measure['errors']} socket errors"
            elif measures:
                row += f" {'(too slow for wrk)':>33}"
            out(row)
    out("(results: the page's count, >200 when the page says \"more than 200\"; queries and SQL ms: one warm request; "
        "n: timed requests; p50/p99: in-process wall time, the results' cache bypassed; cached: p50 with the "
        "results cached, as a repeated search until the next publication" + ("; req/s, p50, p99: wrk; CPU ms: gunicorn CPU per request)" if measures else ")"))  # fmt: skip
    out("")
    header = (f"{'query':<30} {'p50 small':>9} {'p50 big':>9} {'big/small':>9}"
              + (f" {'req/s s/b':>9} {'CPU b/s':>7}" if measures else "") + f"  target p50 < {args.target_ms:.0f} ms")  # fmt: skip
    out(header)
    out("-" * len(header))
    flags = []
    for key, _label, q, _why in QUERIES:
        p50s = {size: statistics.median(latency[size][key]) for size in ("small", "big")}
        row = f"{q[:30]:<30} {p50s['small']:>9.1f} {p50s['big']:>9.1f} {ratio(p50s['big'], p50s['small']):>9.2f}"
        if measures:
            small_wrk, big_wrk = measures["small"].get(key), measures["big"].get(key)
            if small_wrk and big_wrk:
                row += (f" {ratio(small_wrk['rps'], big_wrk['rps']):>9.2f}"
                        f" {ratio(big_wrk['cpu_ms'], small_wrk['cpu_ms']):>7.2f}")  # fmt: skip
            else:
                row += f" {'—':>9} {'—':>7}"
        verdict = "ok" if p50s["big"] < args.target_ms else "MISSED"
        if verdict == "MISSED":
            flags.append(f"{q}: p50 {p50s['big']:.0f} ms at {big} items (> {args.target_ms:.0f} ms)")
        out(f"{row}  {verdict}")
    out("(big/small: p50 of the big site over the small; req/s s/b: wrk's req/s small over big; "
        "CPU b/s: gunicorn CPU ms per request, big over small)")  # fmt: skip
    out("")
    out("Where the time goes (in-process, median of the profiled requests): ms of wall time / of it SQL ms / queries")
    labels = dict(PHASES)
    header = f"{'query':<24} {'items':>6} {'total':>8} {'tries':>5}  " + " ".join(f"{key:>18}" for key in labels)
    out(header)
    out("-" * len(header))
    for key, _label, q, _why in QUERIES:
        for size in ("small", "big"):
            found = profiles[size][key]
            cells = " ".join(
                f"{found['phase_ms'][name]:.1f}/{found['phase_sql'][name]:.1f}/{found['phase_queries'][name]}q".rjust(18)
                for name in labels
            )  # fmt: skip
            out(f"{q[:24]:<24} {sizes[size]['news']:>6} {found['total']:>8.1f} {found['searches']:>5}  {cells}")
    out("(tries: searches run by the view's run(): 1 = every word found something; then all but one, then any. "
        "Phases: " + "; ".join(f"{key} = {label}" for key, label in PHASES) + ")")  # fmt: skip
    out("")
    out("Slowest queries (big site, one warm request each):")
    for key, _label, q, _why in QUERIES:
        for ms, phase, sql in sorted(profiles["big"][key]["sql"], key=lambda call: -call[0])[:2]:
            out(f"  {q[:24]:<24} {ms:>9.2f} ms [{phase}] {short_sql(sql, 100)}")
    out("")
    out("Shown results and suggestions: " + "; ".join(
        f"{size} {q!r} {profiles[size][key]['shown']}"
        + (f" (did you mean {profiles[size][key]['suggestion']!r})" if profiles[size][key]["suggestion"] else "")
        for key, _label, q, _why in QUERIES for size in ("small", "big")
    ))  # fmt: skip
    if args.show_queries:
        for size in ("small", "big"):
            for key, _label, q, _why in QUERIES:
                out(f"Queries of {q!r} ({size} site):")
                for number, (ms, phase, sql) in enumerate(profiles[size][key]["sql"], 1):
                    out(f"  {number:>2}. {ms:9.2f} ms [{phase:<10}] {short_sql(sql, args.show_queries)}")
    out("")
    out("Timings: " + ", ".join(f"{name} {seconds:.0f} s" for name, seconds in timings.items())
        + f"; load average {loads[0]:.2f} before the measurements, {loads[1]:.2f} after")  # fmt: skip
    out("")
    if flags:
        out("TARGET MISSED:")
        for flag in flags:
            out(f"  - {flag}")
    else:
        out(f"Target met: every query's in-process p50 at {big} items under {args.target_ms:.0f} ms.")
    print("\n".join(lines), flush=True)
    return flags


# --------------------------------------------------------------------------------------------------


def parse_args():
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--items", type=int, default=10000, help="news items of the big site")
    parser.add_argument("--small", type=int, default=100, help="news items of the small site")
    parser.add_argument("--requests", type=int, default=30, help="sequential in-process requests per query and site")
    parser.add_argument("--profile", type=int, default=5, help="profiled in-process requests per query and site")
    parser.add_argument("--budget", type=float, default=60,
                        help="seconds of in-process requests per query and site: slow queries get fewer")  # fmt: skip
    parser.add_argument("--wrk-limit-ms", type=float, default=500,
                        help="no wrk for a query slower than this in-process (8 connections on 2 workers wait "
                        "about 4 requests each: the figures would be mostly queueing and timeouts)")  # fmt: skip
    parser.add_argument("--duration", type=int, default=10, help="seconds of wrk per query and site, all rounds")
    parser.add_argument("--rounds", type=int, default=2, help="split the requests and --duration into rounds")
    parser.add_argument("--warmup", type=int, default=2, help="seconds of wrk before each measurement, not counted")
    parser.add_argument("--cold-warmup", type=int, default=10,
                        help="seconds of wrk on a fresh server, so that every worker loads simplemma first")  # fmt: skip
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers")
    parser.add_argument("--no-wrk", dest="wrk", action="store_false", help="in-process measurements only")
    parser.add_argument("--target-ms", type=float, default=100.0, help="the p50 target at the big site (ms)")
    parser.add_argument("--database-url", help="a PostgreSQL database for the small site instead of SQLite")
    parser.add_argument(
        "--create-database", action="store_true", help="create the --database-url database, drop it at the end"
    )
    parser.add_argument("--analyze", action=argparse.BooleanOptionalAction, default=None,
                        help="ANALYZE after indexing (default: yes on PostgreSQL, no on SQLite)")  # fmt: skip
    parser.add_argument("--show-queries", type=int, default=0, metavar="CHARS",
                        help="list every query of every search, cut to CHARS characters")  # fmt: skip
    parser.add_argument("--keep", action="store_true", help="keep the temporary directory (and PostgreSQL databases)")
    parser.add_argument("--strict", action="store_true", help="exit with status 1 when the target is missed")
    args = parser.parse_args()
    if args.items <= args.small:
        parser.error("--items must be above --small")
    if args.database_url and not harness.is_postgres(args.database_url):
        parser.error("--database-url must be a PostgreSQL URL (the default is a temporary SQLite file)")
    if args.create_database and not args.database_url:
        parser.error("--create-database needs --database-url")
    if args.analyze is None:
        args.analyze = bool(args.database_url)
    if args.wrk:
        harness.require_wrk(parser, " (or --no-wrk)")
    args.rounds = max(1, min(args.rounds, args.requests))
    return args


def drain(server, limit=60):
    """Wait until the workers are idle: sync workers finish the requests of connections wrk has closed,
    and a slow page would otherwise start the next measurement with a backlog."""
    deadline = time.monotonic() + limit
    before = server.cpu_seconds()
    while time.monotonic() < deadline:
        time.sleep(0.3)
        now = server.cpu_seconds()
        if now - before < 0.02:
            return
        before = now


def short_sql(sql, width):
    """One line; a search's correlated score subquery is named, not shown."""
    sql = re.sub(r"\s+", " ", sql)
    sql = re.sub(r'^SELECT .*? AS "_score" FROM ', 'SELECT …, (correlated score subquery) AS "_score" FROM ', sql)
    return harness.short_sql(sql, width) if "_score" not in sql[:80] else sql[:width]


def main():
    args = parse_args()
    started = time.monotonic()
    timings = {}
    tmp = Path(tempfile.mkdtemp(prefix="portal-bench-search-"))
    ports = {"small": harness.free_port(), "big": harness.free_port()}
    servers, databases = [], None
    try:
        databases = harness.TwoSites(tmp, args.database_url, args.create_database)
        args.engine, urls = databases.engine, databases.urls
        harness.set_environment(tmp, urls["small"], ports["small"])
        harness.setup_django()
        from django.db import connection

        log(f"temporary directory {tmp}; database {args.engine}")
        seconds = harness.build_site(ports["small"], require_empty=bool(args.database_url))
        static_url = harness.static_css_url(tmp)
        timings["migrate + load_demo + collectstatic"] = seconds
        log(f"migrate, load_demo, collectstatic: {timings['migrate + load_demo + collectstatic']:.0f} s")

        content = SearchContent()
        for line in content.prepare():
            log(line)
        step = time.monotonic()
        content.add("news", 0, args.small)
        harness.check_tree()
        verify_pages(ports["small"], [project.NewsPage])
        sizes = {"small": content.counts()}
        timings["small site content"] = time.monotonic() - step
        connection.close()
        indexing = {"small": {"seconds": update_index(urls["small"])}}
        if args.analyze:
            harness.analyze()
        indexing["small"].update(index_sizes(args.engine, urls["small"], tmp, "small"))
        log(f"small site: {sizes['small']['news']} news in {timings['small site content']:.1f} s; "
            f"update_index {indexing['small']['seconds']:.1f} s: {indexing['small']}")  # fmt: skip

        # The big site: a copy of the small one, topped up and indexed again from scratch.
        databases.copy_small_to_big()
        content = SearchContent()
        content.load_fixtures()
        harness.set_site(ports["big"])
        step = time.monotonic()
        for start in range(args.small, args.items, 2000):
            content.add("news", start, min(start + 2000, args.items))
        harness.check_tree()
        verify_pages(ports["big"], [project.NewsPage])
        sizes["big"] = content.counts()
        timings["big site content"] = time.monotonic() - step
        connection.close()
        indexing["big"] = {"seconds": update_index(urls["big"])}
        if args.analyze:
            harness.analyze()
        indexing["big"].update(index_sizes(args.engine, urls["big"], tmp, "big"))
        timings["update_index (small, big)"] = indexing["small"]["seconds"] + indexing["big"]["seconds"]
        log(f"big site: {sizes['big']['news']} news in {timings['big site content']:.1f} s; "
            f"update_index {indexing['big']['seconds']:.1f} s: {indexing['big']}")  # fmt: skip

        # In-process: the cold start, the profiled requests, then the timed ones in alternating rounds.
        step = time.monotonic()
        load_before = os.getloadavg()[0]
        cold = {}
        for size in ("small", "big"):
            cold[size] = cold_start(urls[size], ports[size])
            log(f"cold start ({size}, a fresh process): {cold[size]['ms']:.0f} ms, then {cold[size]['then']:.0f} ms")
        profiles = {}
        budget_ms = 1000 * args.budget
        for size in ("small", "big"):
            harness.switch_database(urls[size])
            profiles[size] = profile(ports[size], args.profile, budget_ms)
            log(f"profiled ({size}): " + ", ".join(
                f"{q!r} {profiles[size][key]['results']} results, {profiles[size][key]['queries']} queries, "
                f"{profiles[size][key]['total']:.0f} ms" for key, _label, q, _why in QUERIES))  # fmt: skip
        latency, cached = {"small": {}, "big": {}}, {"small": {}, "big": {}}
        per_round = [len(part) for part in _split(args.requests, args.rounds)]
        for key, _label, q, _why in QUERIES:
            for number, size in enumerate(harness.round_order(args.rounds)):
                harness.switch_database(urls[size])
                # A slow query gets fewer requests: about --budget seconds per query and site in all.
                affordable = int(budget_ms / args.rounds / max(profiles[size][key]["total"], 1))
                count = max(1, min(per_round[number // 2], affordable))
                latency[size].setdefault(key, []).extend(time_requests(ports[size], q, count))
                cached[size].setdefault(key, []).extend(time_requests(ports[size], q, count, afresh=False))
            log(f"in-process {q!r}: p50 small {statistics.median(latency['small'][key]):.1f} ms, "
                f"big {statistics.median(latency['big'][key]):.1f} ms; cached results: small "
                f"{statistics.median(cached['small'][key]):.1f} ms, big {statistics.median(cached['big'][key]):.1f} ms")  # fmt: skip
        connection.close()
        timings["in-process"] = time.monotonic() - step

        # Under gunicorn and wrk.
        measures, server_cold = {}, {}
        if args.wrk:
            step = time.monotonic()
            for size in ("small", "big"):
                servers.append(harness.Server(size, ports[size], urls[size], tmp, args.workers))
            by_size = dict(zip(("small", "big"), servers, strict=True))
            for size, server in by_size.items():
                server.wait_ready(static_url)
                url = server.url(search_path(QUERIES[0][2]))
                began = time.perf_counter()
                with urllib.request.urlopen(url, timeout=60) as response:
                    assert response.status == 200, response.status
                server_cold[size] = (time.perf_counter() - began) * 1000
                harness.wrk(url, args.cold_warmup, args.threads, args.connections)  # every worker loads simplemma
                log(
                    f"gunicorn {size}: first search {server_cold[size]:.0f} ms; workers warmed for {args.cold_warmup} s"
                )
            measures = {"small": {}, "big": {}}
            seconds = max(1, round(args.duration / args.rounds))
            for key, _label, q, _why in QUERIES:
                # A site where one request takes longer than --wrk-limit-ms in-process is left out.
                sites = [
                    size for size in ("small", "big") if statistics.median(latency[size][key]) <= args.wrk_limit_ms
                ]
                if len(sites) < 2:
                    log(f"wrk skipped for {q!r} on the {' and '.join({'small', 'big'} - set(sites))} site: "
                        f"slower than {args.wrk_limit_ms:.0f} ms a request in-process")  # fmt: skip
                runs = {size: [] for size in sites}
                for size in [size for size in harness.round_order(args.rounds) if size in sites]:
                    server = by_size[size]
                    url = server.url(search_path(q))
                    if not runs[size] and args.warmup:
                        harness.wrk(url, args.warmup, args.threads, args.connections)
                    drain(server)
                    cpu_before = server.cpu_seconds()
                    result = harness.wrk(url, seconds, args.threads, args.connections)
                    result["cpu"] = server.cpu_seconds() - cpu_before
                    runs[size].append(result)
                    log(f"{size:<5} {q[:32]:<32} {result['rps']:7.1f} req/s  p50 {result['p50']:7.1f} ms  "
                        f"p99 {result['p99']:7.1f} ms  {1000 * result['cpu'] / max(result['requests'], 1):6.1f} CPU ms")  # fmt: skip
                for size, results in runs.items():
                    measures[size][key] = harness.combine(results)
            timings["wrk"] = time.monotonic() - step
        timings["total"] = time.monotonic() - started
        loads = (load_before, os.getloadavg()[0])
        flags = report(args, sizes, indexing, cold, profiles, latency, cached, measures, server_cold, timings, loads)
        return 1 if flags and args.strict else 0
    finally:
        for server in servers:
            server.stop()
        harness.close_connections()
        if args.keep:
            kept = databases.names() if databases else ""
            log(f"kept {tmp}" + (f" and {kept}" if kept else ""))
        else:
            if databases:
                databases.drop()
            shutil.rmtree(tmp, ignore_errors=True)


def _split(total, rounds):
    """``total`` requests in ``rounds`` rounds of about equal size."""
    sizes = [total // rounds + (1 if number < total % rounds else 0) for number in range(rounds)]
    return [range(size) for size in sizes]


if __name__ == "__main__":
    sys.exit(main())
