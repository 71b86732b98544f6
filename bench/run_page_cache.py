#!/usr/bin/env python
"""The anonymous page cache under load: a news item from the cache, the same item rendered, and a static
file, from one gunicorn (deploy/gunicorn.conf.py, 2 workers) in one run.

    .venv/bin/python bench/run_page_cache.py [--duration 10] [--rounds 2] [--database-url postgres://…]

1. migrates a fresh database (SQLite in a temporary directory, or ``--database-url`` with
   ``--create-database``), runs ``load_demo`` and ``collectstatic``, with the production settings and a
   Redis cache (``REDIS_URL``, default redis://127.0.0.1:6379/0, under a key prefix of its own, removed
   at the end; ``--no-redis`` keeps each worker's local-memory cache);
2. starts gunicorn with the repository's configuration and ``WEB_CONCURRENCY`` workers (2);
3. checks that the news item is served from the cache (``X-Page-Cache: hit``) without the bench cookie
   and rendered with it (bench/harness.UNCACHED_COOKIE);
4. runs ``wrk -t2 -c8 --latency`` for ``--duration`` seconds per target, in ``--rounds`` rounds
   (static, cached, uncached, then reversed), and prints req/s, p50 and p99, the ratios to the static
   file and the issue's targets: cached ≥ 50 % of static, uncached ≥ 15 %, p99 < 100 ms.

Compare the ratios within one run: the machine is shared.
"""

import argparse
import os
import shutil
import statistics
import tempfile
import time
import urllib.request
import uuid
from pathlib import Path

import harness
import project
from harness import log

TARGETS = [
    ("static", "static file (whitenoise)"),
    ("cached", "news item, from the page cache"),
    ("uncached", "news item, rendered"),
]


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--duration", type=int, default=10, help="seconds of wrk per target and round")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--warmup", type=int, default=2, help="seconds of wrk before each measurement")
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--database-url", help="a PostgreSQL database instead of SQLite")
    parser.add_argument("--create-database", action="store_true", help="create (and drop) --database-url")
    parser.add_argument("--redis", action=argparse.BooleanOptionalAction, default=True)
    parser.add_argument("--keep", action="store_true", help="keep the temporary directory")
    return parser.parse_args()


def fetch(url, cookie=None):
    request = urllib.request.Request(url, headers={"Cookie": cookie} if cookie else {})
    with urllib.request.urlopen(request, timeout=30) as response:
        return response.status, response.headers.get("X-Page-Cache")


def main():
    args = parse_args()
    started = time.monotonic()
    tmp = Path(tempfile.mkdtemp(prefix="portal-bench-page-cache-"))
    port = harness.free_port()
    database_url = args.database_url or f"sqlite:///{tmp / 'portal.sqlite3'}"
    prefix = f"portal-bench-{uuid.uuid4().hex[:8]}"
    process = None
    try:
        if args.database_url and args.create_database:
            harness.create_database(database_url)
        harness.set_environment(tmp, database_url, port)
        if args.redis:
            harness.use_redis(prefix)
        else:
            os.environ.pop("REDIS_URL", None)
        harness.setup_django()
        log(f"migrate, load_demo, collectstatic: {harness.build_site(port):.0f} s")
        news = project.NewsPage.objects.live().filter(locale__language_code="pl").order_by("pk").first()
        paths = {
            "static": harness.static_css_url(tmp),
            "cached": news.get_url(),
            "uncached": news.get_url(),
        }
        cookies = {"static": None, "cached": None, "uncached": harness.UNCACHED_COOKIE}
        harness.close_connections()

        process = harness.start_gunicorn(tmp, port, args.workers)
        url = {key: f"http://127.0.0.1:{port}{path}" for key, path in paths.items()}
        fetch(url["cached"])
        checks = {key: fetch(url[key], cookies[key]) for key in paths}
        if checks["cached"] != (200, "hit") or checks["uncached"] != (200, None) or checks["static"][0] != 200:
            raise SystemExit(f"unexpected answers: {checks}")
        log(
            f"checked: {checks}; news item {paths['cached']} ({len(urllib.request.urlopen(url['cached']).read())} bytes)"
        )

        results = {key: [] for key in paths}
        order = [key for key, _label in TARGETS]
        for round_number in range(args.rounds):
            for key in order if round_number % 2 == 0 else list(reversed(order)):
                harness.wrk(url[key], args.warmup, args.threads, args.connections, cookie=cookies[key])
                result = harness.wrk(url[key], args.duration, args.threads, args.connections, cookie=cookies[key])
                if result["errors"] or result["non2xx"]:
                    raise SystemExit(f"{key}: {result['errors']} socket errors, {result['non2xx']} non-2xx")
                results[key].append(result)
                log(f"round {round_number + 1} {key:9} {result['rps']:8.1f} req/s  p50 {result['p50']:7.2f} ms  "
                    f"p99 {result['p99']:7.2f} ms")  # fmt: skip
        report(args, results, started)
    finally:
        if process and process.poll() is None:
            process.terminate()
            process.wait(20)
        if args.redis:
            harness.delete_redis_keys(prefix)
        if args.database_url and args.create_database and not args.keep:
            harness.drop_database(database_url)
        if not args.keep:
            shutil.rmtree(tmp, ignore_errors=True)


def report(args, results, started):
    engine = "PostgreSQL" if args.database_url else "SQLite"
    cache = "Redis" if args.redis else "local memory per worker"
    print()
    print(f"Page cache benchmark: {engine}, cache {cache}, gunicorn -c deploy/gunicorn.conf.py -w {args.workers}, "
          f"wrk -t{args.threads} -c{args.connections}, {args.rounds} × {args.duration} s per target, {os.cpu_count()} CPUs")  # fmt: skip
    print(f"{'target':34} {'req/s':>8} {'p50 ms':>8} {'p99 ms':>8} {'of static':>10}")
    rps = {key: statistics.median(result["rps"] for result in results[key]) for key in results}
    p99 = {key: max(result["p99"] for result in results[key]) for key in results}
    for key, label in TARGETS:
        p50 = statistics.median(result["p50"] for result in results[key])
        print(f"{label:34} {rps[key]:8.1f} {p50:8.2f} {p99[key]:8.2f} {rps[key] / rps['static']:9.0%}")
    print()
    targets = [
        ("cached ≥ 50 % of static req/s", rps["cached"] / rps["static"] >= 0.5),
        ("uncached ≥ 15 % of static req/s", rps["uncached"] / rps["static"] >= 0.15),
        ("p99 < 100 ms (every target)", all(value < 100 for value in p99.values())),
    ]
    for label, met in targets:
        print(f"  {label:34} {'ok' if met else 'MISSED'}")
    print(f"(req/s and p50: median of the rounds; p99: the worst round; total {time.monotonic() - started:.0f} s)")


if __name__ == "__main__":
    main()
