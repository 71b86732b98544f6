#!/usr/bin/env python
"""Where a rendered news item's time goes, in one process: the whole request and Wagtail's routing alone.

    .venv/bin/python bench/run_page_render.py [--requests 300] [--profile 30]

Migrates a fresh SQLite database in a temporary directory with the production settings and a Redis cache
(``REDIS_URL``, default redis://127.0.0.1:6379/0, under a key prefix of its own, removed at the end),
runs ``load_demo`` and ``collectstatic``, then, through Django's test client (no gunicorn, no sockets):

- the news item bench/run_page_cache.py measures, rendered for every request (the bench cookie keeps it
  out of the page cache): milliseconds per request, its queries;
- ``Page.route_for_request`` for the same address: the site, the locale and the tree walk;
- with ``--profile N``, the N functions with the most cumulative time under cProfile.

These are CPU milliseconds of one worker on an otherwise idle machine; bench/run_page_cache.py gives the
requests per second that two gunicorn workers reach with wrk on the same cores.
"""

import argparse
import cProfile
import pstats
import shutil
import statistics
import tempfile
import time
import uuid
from pathlib import Path

import harness
import project

PORT = 8000  # only the Site's port: nothing listens


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--requests", type=int, default=300, help="timed requests per round")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--profile", type=int, default=0, help="print this many functions from cProfile")
    return parser.parse_args()


def per_call_ms(function, count):
    started = time.perf_counter()
    for _ in range(count):
        function()
    return (time.perf_counter() - started) / count * 1000


def main():
    args = parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="portal-bench-render-"))
    prefix = f"portal-bench-{uuid.uuid4().hex[:8]}"
    try:
        harness.set_environment(tmp, f"sqlite:///{tmp / 'portal.sqlite3'}", PORT)
        harness.use_redis(prefix)
        harness.setup_django()
        from django.db import connection
        from django.test import RequestFactory
        from wagtail.models import Page

        harness.build_site(PORT)  # collectstatic too: the manifest the templates need
        news = project.NewsPage.objects.live().filter(locale__language_code="pl").order_by("pk").first()
        path = news.get_url()
        host = {"HTTP_HOST": f"127.0.0.1:{PORT}"}
        client = harness.test_client(PORT)

        response = client.get(path)
        if response.status_code != 200 or response.get("X-Page-Cache"):
            raise SystemExit(f"{path}: {response.status_code} {response.get('X-Page-Cache')}")
        for _ in range(30):  # warm the caches the page fills (chrome, article, site root paths)
            client.get(path)
        queries = []  # an execute wrapper: Django empties connection.queries when a request starts
        with connection.execute_wrapper(lambda execute, sql, *rest: queries.append(sql) or execute(sql, *rest)):
            client.get(path)
        factory = RequestFactory()

        def route():
            Page.route_for_request(factory.get(path, **host), path)

        page_ms, route_ms = [], []
        for _ in range(args.rounds):
            page_ms.append(per_call_ms(lambda: client.get(path), args.requests))
            route_ms.append(per_call_ms(route, args.requests))
        page, routing = statistics.median(page_ms), statistics.median(route_ms)
        print(f"\nnews item {path}, rendered in-process (SQLite, Redis), median of {args.rounds} rounds:")
        print(f"  whole request           {page:6.2f} ms   ({len(queries)} queries)")
        print(f"  Page.route_for_request  {routing:6.2f} ms   ({routing / page:.0%} of the request)")
        print(f"  rounds: request {', '.join(f'{ms:.2f}' for ms in page_ms)} ms; "
              f"routing {', '.join(f'{ms:.2f}' for ms in route_ms)} ms")  # fmt: skip

        if args.profile:
            profile = cProfile.Profile()
            profile.enable()
            for _ in range(100):
                client.get(path)
            profile.disable()
            pstats.Stats(profile).sort_stats("cumulative").print_stats(args.profile)
    finally:
        harness.delete_redis_keys(prefix)
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
