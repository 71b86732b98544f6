#!/usr/bin/env python
"""Listing benchmark: the portal's listings with 100 items and with 10,000, under gunicorn and wrk.

    .venv/bin/python bench/run_listings.py [--items 10000] [--small 100] [--duration 10]

What it does, all in a temporary directory that is removed at the end (``--keep`` keeps it):

1. migrates a fresh SQLite database, collects static files, runs ``load_demo`` (home, 15 regions…),
   makes sure the news index, event index and document library exist under the Polish home page and
   removes any news, events or documents the demo made, so the item counts below are exact;
2. bulk-creates ``--small`` news items, events and model documents (each with a file) spread over the
   15 region pages and the years 2018–2025 (a fifth of the events lie in the coming year, so that the
   upcoming-events listing has content), then copies the database and tops the copy up to ``--items``
   news items and ``--items / 5`` events and documents; checks the page tree (treebeard's
   ``find_problems``) and that the first and last page of each kind are served;
3. counts the SQL queries of every page in-process (Django test client, after one warm-up request)
   and times them;
4. serves each database with ``gunicorn -w 2`` (production settings, whitenoise) and measures every
   URL with ``wrk -t2 -c8 --latency``, the small and the big site in rounds small, big, big, small
   (``--rounds``), so that the big/small ratio compares neighbouring measurements on a noisy shared
   machine; the static file ``css/portal.css`` served by whitenoise is measured the same way, as the
   ceiling; the gunicorn processes' CPU time per request is recorded too (less sensitive to other load);
5. prints req/s, p50, p99, the ratio to the static file, the query count and CPU ms per URL, then the
   big/small ratio of every page, and flags pages above ``--max-queries`` (20) queries and listings
   below ``--min-ratio`` (0.75) of their speed at the small size.

PostgreSQL: ``--database-url postgres://postgres@127.0.0.1:5432/portal_bench`` uses that database for
the small site (it must hold no home page yet; ``--create-database`` creates it and drops it at the
end) and creates ``<name>_big`` on the same server (the role needs CREATEDB) for the big one, dropped
at the end. PostgreSQL databases are ANALYZEd after loading (autovacuum would do it minutes after
such a load); ``--analyze`` does the same on SQLite.

Compare the ratios, not the absolute figures across runs: the machines are shared.
"""

import argparse
import math
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
import project
from content import Content, verify_pages
from harness import log

PER_EVENT_OR_DOCUMENT = 5  # events and documents: --items / 5 each
FILTER_REGION, FILTER_YEAR = "swietokrzyskie", 2020


# --------------------------------------------------------------------------------------------------
# URLs and query counts
# --------------------------------------------------------------------------------------------------


class Target:
    def __init__(self, key, label, path, kind=None, listing=False):
        self.key, self.label, self.path, self.kind, self.listing = key, label, path, kind, listing


def targets(static_url):
    """The URLs of the current database, first the ceiling."""
    home = project.HomePage.objects.get(locale__language_code="pl", depth=2)
    news_index = project.NewsIndexPage.objects.child_of(home).get()
    events = project.EventIndexPage.objects.child_of(home).get()
    library = project.DocumentLibraryPage.objects.child_of(home).get()
    news_count = project.NewsPage.objects.live().descendant_of(home).count()
    last_page = max(1, math.ceil(news_count / project.NewsIndexPage.per_page))
    news_item = project.NewsPage.objects.get(slug="aktualnosc-00001")
    news_url = news_index.get_url()
    return [
        Target("static", "static css (whitenoise)", static_url),
        Target("home", "home page", home.get_url()),
        Target("news", "news index, page 1", news_url, "news", True),
        Target("news_last", "news index, last page", f"{news_url}?page={last_page}", "news", True),
        Target(
            "news_filtered",
            "news index, region+year",
            f"{news_url}?region={FILTER_REGION}&year={FILTER_YEAR}",
            "news",
            True,
        ),
        Target("news_page", "one news item", news_item.get_url(), "news"),
        Target("documents", "document library", library.get_url(), "documents", True),
        Target("events", "event index (upcoming)", events.get_url(), "events", True),
        Target("events_archive", "event archive (past)", events.get_url() + "archiwum/", "events", True),
    ]


def count_queries(target_list, port):
    """Per URL: status, queries and SQL ms of a warm request, median in-process ms of five, result text."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client = harness.test_client(port)
    results = {}
    for target in target_list:
        response = client.get(target.path)  # warm-up: caches, renditions, connection
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
        found = re.search(r'class="result-count"[^>]*>\s*([^<]*?)\s*<', text)
        sql = timer.calls
        assert len(sql) == len(captured), (len(sql), len(captured))
        results[target.key] = {
            "sql": sql,
            "status": response.status_code,
            "queries": len(captured),
            "sql_ms": sum(ms for ms, _sql in sql),
            "ms": statistics.median(times),
            "slowest": sorted(sql, key=lambda call: -call[0])[:3],
            "result_count": found.group(1) if found else "",
            "items_shown": text.count('<article class="listing-item'),
        }
    return results


# --------------------------------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------------------------------


def report(sizes, target_lists, queries, measures, args, timings, loads):
    small_counts, big_counts = sizes
    lines = []
    out = lines.append
    out("")
    per_round = max(1, round(args.duration / args.rounds))
    out(f"Listing benchmark: gunicorn -w {args.workers} (sync), wrk -t{args.threads} -c{args.connections}, "
        f"{args.rounds} × {per_round} s per URL and site (small, big, big, small…), {os.cpu_count()} CPUs, "
        f"database {args.engine}{' (ANALYZEd)' if args.analyze else ''}; load average {loads[0]:.2f} before wrk, {loads[1]:.2f} after")  # fmt: skip
    out(f"small site: {small_counts['news']} news, {small_counts['events']} events, {small_counts['documents']} documents; "
        f"big site: {big_counts['news']} news, {big_counts['events']} events, {big_counts['documents']} documents")  # fmt: skip
    out("")
    header = (
        f"{'URL':<46} {'items':>6} {'req/s':>7} {'p50 ms':>7} {'p99 ms':>7} {'/static':>7} {'queries':>7} "
        f"{'CPU ms':>6}  req/s per round"
    )
    out(header)
    out("-" * len(header))
    flags = []
    for index, target in enumerate(target_lists["small"]):
        for size in ("small", "big"):
            current = target_lists[size][index]
            items = (small_counts if size == "small" else big_counts)[target.kind] if target.kind else ""
            measure = measures[size][target.key]
            ceiling = measures[size]["static"]["rps"]
            count = queries[size][target.key]["queries"]
            extra = " / ".join(f"{rps:.1f}" for rps in measure["rounds"])
            if measure["non2xx"] or measure["errors"]:
                extra += f"  ! {measure['non2xx']} non-2xx, {measure['errors']} socket errors"
            out(f"{current.path[:46]:<46} {items!s:>6} {measure['rps']:>7.1f} {measure['p50']:>7.1f} {measure['p99']:>7.1f} "
                f"{measure['rps'] / ceiling:>7.3f} {count:>7} {measure['cpu_ms']:>6.1f}  {extra}")  # fmt: skip
    out("(/static: the page's req/s over the static file's on the same server; CPU ms: gunicorn CPU time per request)")
    for target in target_lists["small"]:
        counts = [queries[size][target.key]["queries"] for size in ("small", "big")]
        if max(counts) > args.max_queries:
            flags.append(f"{target.label}: {counts[0]} / {counts[1]} queries (small / big site) > {args.max_queries}")
    out("")
    header = (
        f"{'page':<24} {'items':>10} {'req/s small':>11} {'req/s big':>9} {'big/small':>9} "
        f"{'CPU ms small':>12} {'CPU ms big':>10} {'small/big':>9}  target"
    )
    out(header)
    out("-" * len(header))
    for target in target_lists["small"]:
        if target.key == "static":
            continue
        small, big = measures["small"][target.key], measures["big"][target.key]
        ratio = big["rps"] / small["rps"]
        cpu_ratio = small["cpu_ms"] / big["cpu_ms"] if big["cpu_ms"] else float("nan")
        kind = target.kind or "news"
        items = f"{small_counts[kind]}→{big_counts[kind]}"
        verdict = ("ok" if ratio >= args.min_ratio else "MISSED") if target.listing else "(not a listing)"
        if target.listing and ratio < args.min_ratio:
            flags.append(f"{target.label}: {ratio:.2f} of its speed at {small_counts[kind]} items (< {args.min_ratio})")
        out(f"{target.label:<24} {items:>10} {small['rps']:>11.1f} {big['rps']:>9.1f} {ratio:>9.2f} "
            f"{small['cpu_ms']:>12.1f} {big['cpu_ms']:>10.1f} {cpu_ratio:>9.2f}  {verdict}")  # fmt: skip
    static_ratio = measures["big"]["static"]["rps"] / measures["small"]["static"]["rps"]
    out(f"(big/small of the static file, the same on both servers: {static_ratio:.2f}; far from 1.00 = a noisy machine. "
        f"CPU small/big is the same ratio from the server's CPU time, less sensitive to other load)")  # fmt: skip
    out("")
    out("In-process (Django test client, warm, one request at a time): median of 5 requests, SQL time, slowest query")
    for size in ("small", "big"):
        for target in target_lists[size]:
            if target.key == "static":
                continue
            query = queries[size][target.key]
            slowest = query["slowest"][0] if query["slowest"] else (0, "")
            out(f"  {size:<5} {target.path[:40]:<40} {query['ms']:>5.1f} ms, SQL {query['sql_ms']:>5.1f} ms in "
                f"{query['queries']:>2} queries; slowest {slowest[0]:>5.2f} ms: {harness.short_sql(slowest[1], 70)}")  # fmt: skip
    out("")
    out("Cards shown and result counts: " + "; ".join(
        f"{size} {target.key} {queries[size][target.key]['items_shown']} “{queries[size][target.key]['result_count']}”"
        for size in ("small", "big") for target in target_lists[size] if target.listing
    ))  # fmt: skip
    out("")
    if args.show_queries:
        for size in ("small", "big"):
            for target in target_lists[size]:
                if target.key == "static":
                    continue
                out(f"Queries of {target.path} ({size} site):")
                for number, (ms, sql) in enumerate(queries[size][target.key]["sql"], 1):
                    out(f"  {number:>2}. {ms:6.2f} ms  {harness.short_sql(sql, args.show_queries)}")
        out("")
    out("Timings: " + ", ".join(f"{name} {seconds:.0f} s" for name, seconds in timings.items()))
    out("")
    if flags:
        out("TARGETS MISSED:")
        for flag in flags:
            out(f"  - {flag}")
    else:
        out(f"All targets met: no page above {args.max_queries} queries, "
            f"every listing ≥ {args.min_ratio} of its small-site speed.")  # fmt: skip
    print("\n".join(lines), flush=True)
    return flags


# --------------------------------------------------------------------------------------------------


def parse_args():
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--items", type=int, default=10000, help="news items of the big site (events, documents: a fifth)"
    )
    parser.add_argument("--small", type=int, default=100, help="news items, events and documents of the small site")
    parser.add_argument("--duration", type=int, default=10, help="seconds of wrk per URL and site, all rounds")
    parser.add_argument(
        "--rounds", type=int, default=2, help="split --duration into rounds, run small/big, big/small, …"
    )
    parser.add_argument("--warmup", type=int, default=2, help="seconds of wrk before each measurement, not counted")
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers")
    parser.add_argument("--max-queries", type=int, default=20)
    parser.add_argument("--min-ratio", type=float, default=0.75)
    parser.add_argument(
        "--database-url", help="a PostgreSQL database for the small site instead of a temporary SQLite file"
    )
    parser.add_argument(
        "--create-database", action="store_true", help="create the --database-url database, drop it at the end"
    )
    parser.add_argument("--show-queries", type=int, default=0, metavar="CHARS",
                        help="list every query of every page, cut to CHARS characters")  # fmt: skip
    parser.add_argument(
        "--analyze",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="run ANALYZE after loading (default: yes on PostgreSQL, as autovacuum would; no on SQLite, "
        "where nothing runs it)",
    )
    parser.add_argument("--keep", action="store_true", help="keep the temporary directory (and PostgreSQL databases)")
    parser.add_argument("--strict", action="store_true", help="exit with status 1 when a target is missed")
    args = parser.parse_args()
    big_events = args.items // PER_EVENT_OR_DOCUMENT
    if min(args.items, big_events) <= args.small:
        parser.error(f"--items / {PER_EVENT_OR_DOCUMENT} must be above --small")
    if args.database_url and not harness.is_postgres(args.database_url):
        parser.error("--database-url must be a PostgreSQL URL (the default is a temporary SQLite file)")
    if args.create_database and not args.database_url:
        parser.error("--create-database needs --database-url")
    if args.analyze is None:
        args.analyze = bool(args.database_url)
    harness.require_wrk(parser)
    return args


def main():
    args = parse_args()
    started = time.monotonic()
    timings = {}
    tmp = Path(tempfile.mkdtemp(prefix="portal-bench-"))
    ports = {"small": harness.free_port(), "big": harness.free_port()}
    servers, databases = [], None
    big_sizes = {
        "news": args.items,
        "events": args.items // PER_EVENT_OR_DOCUMENT,
        "documents": args.items // PER_EVENT_OR_DOCUMENT,
    }
    try:
        databases = harness.TwoSites(tmp, args.database_url, args.create_database)
        args.engine, urls = databases.engine, databases.urls
        harness.set_environment(tmp, urls["small"], ports["small"])
        harness.setup_django()
        from django.core.management import call_command
        from django.db import connection

        log(f"temporary directory {tmp}; database {args.engine}")
        step = time.monotonic()
        harness.build_site(ports["small"], collectstatic=False, require_empty=bool(args.database_url))
        timings["migrate + load_demo"] = time.monotonic() - step
        log(f"migrate + load_demo: {timings['migrate + load_demo']:.0f} s")

        step = time.monotonic()
        call_command("collectstatic", interactive=False, verbosity=0)
        static_url = harness.static_css_url(tmp)
        timings["collectstatic"] = time.monotonic() - step
        log(f"collectstatic: {timings['collectstatic']:.0f} s; ceiling {static_url}")

        content = Content()
        for line in content.prepare():
            log(line)

        step = time.monotonic()
        for kind in ("news", "events", "documents"):
            content.add(kind, 0, args.small)
        harness.check_tree()
        verify_pages(ports["small"])
        if args.analyze:
            harness.analyze()
        sizes = {"small": content.counts()}
        timings["small site content"] = time.monotonic() - step
        log(f"small site: {sizes['small']} in {timings['small site content']:.1f} s")

        # The big site: a copy of the small one, topped up.
        databases.copy_small_to_big()
        content = Content()
        content.load_fixtures()
        harness.set_site(ports["big"])
        step = time.monotonic()
        for kind in ("news", "events", "documents"):
            content.add(kind, args.small, big_sizes[kind])
            log(f"  big site: {kind} up to {big_sizes[kind]} after {time.monotonic() - step:.1f} s")
        harness.check_tree()
        verify_pages(ports["big"])
        if args.analyze:
            harness.analyze()
        sizes["big"] = content.counts()
        timings["big site content"] = time.monotonic() - step
        checks = "page tree checked, pages served" + (", ANALYZE run" if args.analyze else "")
        log(f"big site: {sizes['big']} in {timings['big site content']:.1f} s ({checks})")

        # Query counts, in-process.
        target_lists, queries = {}, {}
        for size in ("small", "big"):
            harness.switch_database(urls[size])
            target_lists[size] = targets(static_url)
            queries[size] = count_queries(target_lists[size], ports[size])
            summary = ", ".join(f"{target.key} {queries[size][target.key]['queries']}" for target in target_lists[size])
            log(f"queries ({size}): {summary}")
        connection.close()

        # Load, the two sites one right after the other for every URL.
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
                server = by_size[size]
                path = target_lists[size][index].path
                if not runs[size]:
                    with urllib.request.urlopen(server.url(path), timeout=30) as response:
                        assert response.status == 200, (path, response.status)
                    if args.warmup:
                        harness.wrk(server.url(path), args.warmup, args.threads, args.connections)
                cpu_before = server.cpu_seconds()
                result = harness.wrk(server.url(path), per_round, args.threads, args.connections)
                result["cpu"] = server.cpu_seconds() - cpu_before
                runs[size].append(result)
                log(
                    f"{size:<5} {path[:58]:<58} {result['rps']:8.1f} req/s  p50 {result['p50']:7.1f} ms  "
                    f"p99 {result['p99']:7.1f} ms  {1000 * result['cpu'] / max(result['requests'], 1):6.1f} CPU ms/request"
                )
            for size, results in runs.items():
                measures[size][target.key] = harness.combine(results)
        timings["wrk"] = time.monotonic() - step
        timings["total"] = time.monotonic() - started
        loads = (load_before, os.getloadavg()[0])
        flags = report((sizes["small"], sizes["big"]), target_lists, queries, measures, args, timings, loads)
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


if __name__ == "__main__":
    sys.exit(main())
