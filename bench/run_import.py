#!/usr/bin/env python
"""Plone import benchmark: ``manage.py import_plone`` of generated exports of news items.

    .venv/bin/python bench/run_import.py [--items 5000] [--small 500]
    .venv/bin/python bench/run_import.py --database-url postgres://postgres@127.0.0.1:5432/portal_bench_import --create-database

What it does, in a temporary directory removed at the end (``--keep`` keeps it):

1. migrates a fresh database (production settings, bench/harness.py) and runs ``load_demo``
   (home pages, 15 regions with their collections and workflows);
2. writes two collective.exportimport exports with tests/plone_import/export_builder.generate_news:
   ``--small`` and ``--items`` news items (a Plone site, its Polish language folder, a news folder, the
   items with Polish titles and texts, a few with an image);
3. imports the small one into one region and the big one into another, each timed, with the peak
   memory of the process; then imports the big one again (nothing changed: every item is skipped by its
   digest) and times that too.

It prints items per second and ms per item at both sizes (their ratio shows whether the import slows
down as the region fills up), the re-import's speed, and what was created.
"""

import argparse
import hashlib
import io
import json
import resource
import shutil
import tempfile
import time
from pathlib import Path

import harness
import project
from harness import log


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--items", type=int, default=5000, help="news items in the big export (5000)")
    parser.add_argument("--small", type=int, default=500, help="news items in the small export (500)")
    parser.add_argument("--database-url", default="", help="a PostgreSQL database (empty) instead of SQLite")
    parser.add_argument("--create-database", action="store_true", help="create the PostgreSQL database and drop it")
    parser.add_argument("--keep", action="store_true", help="keep the temporary directory")
    return parser.parse_args()


def peak_memory_mb():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def with_other_uids(path, salt):
    """Rewrite the export at ``path`` with every UID replaced by another, consistently."""

    def other(uid):
        return hashlib.md5(f"{salt}:{uid}".encode()).hexdigest() if uid else uid

    items = json.loads(path.read_text())
    for item in items:
        item["UID"] = other(item["UID"])
        if isinstance(item.get("parent"), dict):
            item["parent"]["UID"] = other(item["parent"].get("UID"))
    path.write_text(json.dumps(items))


def import_once(path, region, report_path):
    from django.core.management import call_command
    from django.core.management.base import CommandError

    started = time.perf_counter()
    try:
        call_command("import_plone", str(path), "--region", region, "--report", str(report_path), stdout=io.StringIO())
        error = ""
    except CommandError as exception:
        error = str(exception)
    seconds = time.perf_counter() - started
    report = json.loads(report_path.read_text())
    counts = report["counts"].get("News Item", {})
    return {"seconds": seconds, "counts": counts, "redirects": report["redirects"], "error": error}


def main():
    args = parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="portal-bench-import-"))
    created_database = None
    try:
        if args.database_url:
            engine, url = "PostgreSQL", args.database_url
            if args.create_database:
                harness.create_database(url)
                created_database = url
        else:
            engine, url = "SQLite", f"sqlite:///{tmp / 'import.sqlite3'}"
        harness.set_environment(tmp, url, harness.free_port())
        harness.setup_django()

        log(f"temporary directory {tmp}; database {engine}")
        log(f"migrate + load_demo: {harness.build_site(None, collectstatic=False):.0f} s")

        exports = {}
        for size, count in (("small", args.small), ("big", args.items)):
            step = time.perf_counter()
            exports[size] = project.generate_news(tmp / f"export-{size}", count)
            if size == "small":  # another Plone site: UIDs of its own (one site belongs to one region)
                with_other_uids(exports[size], salt=size)
            megabytes = exports[size].stat().st_size / 1e6
            log(f"export {size}: {count} news items, {megabytes:.1f} MB in {time.perf_counter() - step:.1f} s")

        results = {}
        for size, region in (("small", "lubelskie"), ("big", "swietokrzyskie")):
            results[size] = import_once(exports[size], region, tmp / f"report-{size}.json")
            results[size]["memory"] = peak_memory_mb()
            log(f"import {size}: {results[size]}")
        results["again"] = import_once(exports["big"], "swietokrzyskie", tmp / "report-again.json")
        log(f"import big again: {results['again']}")
        report(args, engine, results)
    finally:
        if created_database:
            harness.drop_database(created_database, force=False)
        if args.keep:
            print(f"kept {tmp}")
        else:
            shutil.rmtree(tmp, ignore_errors=True)


def report(args, engine, results):
    sizes = {"small": args.small, "big": args.items, "again": args.items}
    print()
    print(f"Plone import benchmark, database {engine}: news items imported by manage.py import_plone")
    header = f"{'run':<28} {'items':>6} {'seconds':>8} {'items/s':>8} {'ms/item':>8}  outcome"
    print(header)
    print("-" * (len(header) + 30))
    labels = {"small": "first import (small)", "big": "first import (big)", "again": "big again, unchanged"}
    for key in ("small", "big", "again"):
        result = results[key]
        items = sizes[key]
        print(
            f"{labels[key]:<28} {items:>6} {result['seconds']:>8.1f} {items / result['seconds']:>8.1f} "
            f"{1000 * result['seconds'] / items:>8.2f}  {result['counts']}"
            + (f"; error: {result['error']}" if result["error"] else "")
        )
    per_item = {key: results[key]["seconds"] / sizes[key] for key in ("small", "big")}
    print(f"ms per item, big over small: {per_item['big'] / per_item['small']:.2f}")
    print(
        f"redirects made (big): {results['big']['redirects']}; peak memory of the process {results['big']['memory']:.0f} MB"
    )


if __name__ == "__main__":
    main()
