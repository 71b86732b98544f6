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
import contextlib
import datetime
import hashlib
import io
import json
import math
import os
import random
import re
import secrets
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

PROJECT_DIR = Path(__file__).resolve().parent.parent
# Any cookie but the CSRF token's keeps a request out of the anonymous page cache (portal/page_cache.py):
# the benchmarks measure how pages are made; bench/run_page_cache.py measures the cache itself.
UNCACHED_COOKIE = "portal-bench=uncached"
SEED = 20180101
PER_EVENT_OR_DOCUMENT = 5  # events and documents: --items / 5 each

# The year range of the content (the issue: 2018–2025).
FIRST_YEAR, LAST_YEAR = 2018, 2025
FILTER_REGION, FILTER_YEAR = "swietokrzyskie", 2020


def redis_url():
    """The Redis the benches share their cache in (``REDIS_URL``, else the local one)."""
    return os.environ.get("REDIS_URL") or "redis://127.0.0.1:6379/0"


def delete_redis_keys(prefix):
    """Removes a bench's cache keys (its ``CACHE_KEY_PREFIX``) from the shared Redis."""
    import redis

    client = redis.Redis.from_url(redis_url())
    for key in client.scan_iter(f"{prefix}*"):
        client.delete(key)


def log(message):
    print(f"[{time.strftime('%H:%M:%S')}] {message}", flush=True)


# --------------------------------------------------------------------------------------------------
# Environment and databases (before Django is set up)
# --------------------------------------------------------------------------------------------------


def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def with_db_name(url, name):
    parts = urlsplit(url)
    return urlunsplit(parts._replace(path="/" + name))


def is_postgres(url):
    return urlsplit(url).scheme in {"postgres", "postgresql", "pgsql", "postgis"}


def pg_admin(url, statement):
    """Run CREATE/DROP DATABASE on the server of ``url`` through its maintenance database."""
    import psycopg

    parts = urlsplit(url)
    with psycopg.connect(
        host=parts.hostname or "127.0.0.1",
        port=parts.port or 5432,
        user=parts.username or "postgres",
        password=parts.password or None,
        dbname="postgres",
        autocommit=True,
        connect_timeout=10,
    ) as conn:
        conn.execute(statement)


def pg_name(url):
    return urlsplit(url).path.lstrip("/")


def set_environment(tmp, database_url, port):
    os.environ.update(
        {
            "DJANGO_SETTINGS_MODULE": "portal.settings.production",
            "SECRET_KEY": "bench-" + secrets.token_urlsafe(40),
            "ALLOWED_HOSTS": "127.0.0.1",
            "WAGTAILADMIN_BASE_URL": f"http://127.0.0.1:{port}",
            "SECURE_SSL_REDIRECT": "false",
            "SECURE_HSTS_SECONDS": "0",
            "DATABASE_URL": database_url,
            "PORTAL_VAR_DIR": str(tmp),
            "MEDIA_ROOT": str(tmp / "media"),
            "STATIC_ROOT": str(tmp / "static"),
            "DEMO_ADMIN_PASSWORD": secrets.token_urlsafe(16),
            "LOG_LEVEL": "WARNING",
        }
    )


def switch_database(database_url):
    """Point the in-process Django connection at another database (same engine)."""
    import dj_database_url
    from django.conf import settings
    from django.core.cache import cache
    from django.db import connections

    connection = connections["default"]
    connection.close()
    name = dj_database_url.parse(database_url)["NAME"]
    connection.settings_dict["NAME"] = name
    settings.DATABASES["default"]["NAME"] = name
    cache.clear()


# --------------------------------------------------------------------------------------------------
# Content
# --------------------------------------------------------------------------------------------------

TOPICS = [
    "Spotkanie Gminno-Powiatowego Zespołu Kooperacji",
    "Szkolenie dla koordynatorów kooperacji",
    "Konferencja makroregionalna",
    "Warsztaty dla pracowników socjalnych",
    "Konsultacje modelu kooperacji",
    "Wizyta studyjna w ośrodku pomocy społecznej",
    "Podsumowanie pilotażu w gminie",
    "Seminarium o współpracy ze szkołami",
    "Debata o wsparciu rodzin",
    "Forum organizacji pozarządowych",
]
PLACES = ["Kielce", "Rzeszów", "Lublin", "Toruń", "Katowice", "Białystok", "Opole", "Olsztyn", "Łódź", "Poznań"]
TAGS = [
    "kooperacja",
    "szkolenia",
    "konferencja",
    "gminy wiejskie",
    "gminy miejskie",
    "pomoc społeczna",
    "rodzina",
    "edukacja",
    "zdrowie",
    "policja",
    "sądy",
    "NGO",
    "pilotaż",
    "rekomendacje",
    "badania",
    "konsultacje",
    "dobre praktyki",
    "wolontariat",
    "seniorzy",
    "młodzież",
]
CATEGORIES = [
    ("model-kooperacji", "Model kooperacji"),
    ("raport-z-badan", "Raport z badań"),
    ("rekomendacje", "Rekomendacje"),
    ("materialy-szkoleniowe", "Materiały szkoleniowe"),
]

# The smallest valid one-page PDF: the shared file of every document.
PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
    b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n"
    b"xref\n0 4\n0000000000 65535 f \n0000000009 00000 n \n0000000052 00000 n \n0000000101 00000 n \n"
    b"trailer<</Size 4/Root 1 0 R>>\nstartxref\n166\n%%EOF\n"
)


def random_date(rng, first=datetime.date(FIRST_YEAR, 1, 1), last=datetime.date(LAST_YEAR, 12, 31)):
    return first + datetime.timedelta(days=rng.randrange((last - first).days + 1))


def day_in_year(rng, cycle):
    """A day of year 2018 + cycle mod 8: each region's items run through all the years."""
    year = FIRST_YEAR + cycle % (LAST_YEAR - FIRST_YEAR + 1)
    return random_date(rng, datetime.date(year, 1, 1), datetime.date(year, 12, 31))


def published_at(day, rng):
    from django.utils import timezone

    moment = datetime.datetime.combine(day, datetime.time(8 + rng.randrange(9), rng.randrange(60)))
    return timezone.make_aware(moment)


class Content:
    """The bench site's fixed parts (home, regions, indexes, categories, images, files, tags)."""

    def __init__(self):
        from django.contrib.contenttypes.models import ContentType

        from home.models import HomePage
        from news.models import EventPage, NewsPage
        from portal.models import ModelDocumentPage, RegionPage

        self.home = HomePage.objects.get(locale__language_code="pl", depth=2)
        self.regions = list(RegionPage.objects.child_of(self.home).order_by("path"))
        self.content_types = {
            model: ContentType.objects.get_for_model(model) for model in (NewsPage, EventPage, ModelDocumentPage)
        }

    # Set-up ------------------------------------------------------------------------------------------

    def prepare(self):
        """Index pages, no demo items, categories, images, files and tags; returns what it did."""
        from wagtail.models import Page

        from news.models import EventIndexPage, EventPage, NewsIndexPage, NewsPage
        from portal.models import DocumentLibraryPage, ModelDocumentPage

        done = []
        for model, title, slug in (
            (NewsIndexPage, "Aktualności", "aktualnosci"),
            (EventIndexPage, "Wydarzenia", "wydarzenia"),
            (DocumentLibraryPage, "Dokumenty", "dokumenty"),
        ):
            if not model.objects.child_of(self.home).exists():
                page = model(title=title, slug=slug)
                self.home.add_child(instance=page)
                page.save_revision().publish()
                done.append(f"created {model.__name__} /{slug}/")
            else:
                done.append(f"{model.__name__} made by load_demo: {model.objects.child_of(self.home).get().url_path}")
        demo_items = list(Page.objects.type(NewsPage, EventPage, ModelDocumentPage).order_by("-depth", "-path"))
        for page in demo_items:
            page.specific.delete()
        if demo_items:
            done.append(f"removed {len(demo_items)} news/events/documents made by load_demo (exact counts)")
        self.make_fixtures()
        return done

    def make_fixtures(self):
        from django.core.files.base import ContentFile
        from PIL import Image, ImageDraw
        from taggit.models import Tag

        from portal.models import DocumentCategory, PortalDocument, PortalImage

        self.categories = []
        for order, (slug, name) in enumerate(CATEGORIES):
            category, _created = DocumentCategory.objects.get_or_create(
                slug=slug, locale=self.home.locale, defaults={"name": name, "sort_order": order}
            )
            self.categories.append(category)

        self.images = []
        for number in range(12):
            image = Image.new("RGB", (1200, 675), (30 + number * 15, 90, 160 - number * 8))
            ImageDraw.Draw(image).ellipse((300, 100, 900, 575), fill=(240, 200 - number * 10, 60))
            buffer = io.BytesIO()
            image.save(buffer, "PNG")
            data = buffer.getvalue()
            portal_image = PortalImage(
                title=f"Zdjęcie z wydarzenia {number + 1}",
                alt_text=f"Uczestnicy spotkania numer {number + 1} przy wspólnym stole",
                file=ContentFile(data, name=f"bench-{number + 1}.png"),
                file_size=len(data),
                file_hash=hashlib.sha1(data).hexdigest(),
            )
            portal_image.save()
            self.images.append(portal_image)

        self.documents = []
        for language, title in (("pl", "Model kooperacji – pełna wersja"), ("en", "Cooperation model – summary")):
            document = PortalDocument(
                title=title,
                file=ContentFile(PDF, name=f"model-kooperacji-{language}.pdf"),
                file_size=len(PDF),
                file_hash=hashlib.sha1(PDF).hexdigest(),
                language=language,
                is_accessible_version=language == "pl",
            )
            document.save()
            self.documents.append(document)

        Tag.objects.bulk_create(
            [Tag(name=name, slug=name.replace(" ", "-").lower()) for name in TAGS], ignore_conflicts=True
        )
        self.tags = list(Tag.objects.filter(name__in=TAGS).order_by("pk"))

    def load_fixtures(self):
        """After switching to a copy of the database: the same objects, read back."""
        from taggit.models import Tag

        from portal.models import DocumentCategory, PortalDocument, PortalImage

        self.categories = list(DocumentCategory.objects.filter(locale=self.home.locale).order_by("sort_order"))
        self.images = list(PortalImage.objects.filter(title__startswith="Zdjęcie z wydarzenia").order_by("pk"))
        self.documents = list(
            PortalDocument.objects.filter(file__startswith="documents/model-kooperacji").order_by("pk")
        )
        self.tags = list(Tag.objects.filter(name__in=TAGS).order_by("pk"))

    # Bulk creation ---------------------------------------------------------------------------------

    def bulk_add_children(self, model, items):
        """Add live pages of ``model`` under their parents without one save per page.

        ``items`` are ``(parent, slug, title, published, specific_fields)``. Tree paths follow
        treebeard's scheme (``Page._get_path``) after each parent's current last child; the base
        ``wagtailcore_page`` rows are bulk-created, then the specific rows (Django refuses
        ``bulk_create`` on a multi-table child, so its batched insert is used on the child's own
        fields), then each parent's ``numchild`` is recounted. No revisions and no search-index
        entries are made: the listings under test use neither.
        """
        from django.db import transaction
        from wagtail.models import Page

        content_type = self.content_types[model]
        by_parent = {}
        for item in items:
            by_parent.setdefault(item[0].pk, []).append(item)
        with transaction.atomic():
            base_rows, specifics = [], []
            for parent_pk, children in by_parent.items():
                parent = Page.objects.get(pk=parent_pk)
                last = (
                    Page.objects.filter(path__startswith=parent.path, depth=parent.depth + 1)
                    .order_by("-path")
                    .values_list("path", flat=True)
                    .first()
                )
                step = Page._str2int(last[-Page.steplen :]) if last else 0
                for _parent, slug, title, published, fields in children:
                    step += 1
                    base_rows.append(
                        Page(
                            path=Page._get_path(parent.path, parent.depth + 1, step),
                            depth=parent.depth + 1,
                            numchild=0,
                            title=title,
                            draft_title=title,
                            slug=slug,
                            content_type_id=content_type.pk,
                            locale_id=parent.locale_id,
                            live=True,
                            has_unpublished_changes=False,
                            first_published_at=published,
                            last_published_at=published,
                            url_path=f"{parent.url_path}{slug}/",
                        )
                    )
                    specifics.append(fields)
            Page.objects.bulk_create(base_rows, batch_size=500)
            objects = []
            for row, fields in zip(base_rows, specifics, strict=True):
                assert row.pk, "the database did not return the ids of the new pages"
                objects.append(
                    model(
                        id=row.pk,
                        page_ptr_id=row.pk,
                        content_type_id=content_type.pk,
                        locale_id=row.locale_id,
                        **fields,
                    )
                )
            model.objects.all()._batched_insert(objects, model._meta.local_concrete_fields, batch_size=500)
            for parent_pk in by_parent:
                parent = Page.objects.get(pk=parent_pk)
                numchild = Page.objects.filter(path__startswith=parent.path, depth=parent.depth + 1).count()
                Page.objects.filter(pk=parent_pk).update(numchild=numchild)
        return base_rows

    def add(self, kind, start, stop):
        """Items number ``start`` … ``stop - 1`` of a kind (news, events, documents), deterministic."""
        if stop <= start:
            return []
        return getattr(self, f"add_{kind}")(start, stop)

    def add_news(self, start, stop):
        from wagtail.rich_text import RichText

        from news.models import NewsPage, NewsPageTag

        rng = random.Random(SEED + start)
        items, tags_of = [], []
        for number in range(start, stop):
            region = self.regions[number % len(self.regions)]
            day = day_in_year(rng, number // len(self.regions))
            topic = TOPICS[number % len(TOPICS)]
            title = f"{topic} ({region.slug}, nr {number + 1})"
            fields = {
                "date": day,
                "lead": f"{topic}: {rng.choice(PLACES)}, {day:%d.%m.%Y}. Relacja zespołu projektu dla mieszkańców gmin.",
                "image_id": self.images[number % len(self.images)].pk if number % 3 else None,
                "body": [
                    (
                        "paragraph",
                        RichText(
                            f"<p>{topic} zgromadziło przedstawicieli ośrodków pomocy społecznej, szkół i policji.</p>"
                        ),
                    ),
                    (
                        "paragraph",
                        RichText("<p>Uczestnicy omówili <b>model kooperacji</b> i zaplanowali kolejne kroki.</p>"),
                    ),
                ],
            }
            items.append((region, f"aktualnosc-{number + 1:05d}", title, published_at(day, rng), fields))
            tags_of.append(rng.sample(self.tags, 1 + number % 2))
        rows = self.bulk_add_children(NewsPage, items)
        NewsPageTag.objects.bulk_create(
            [
                NewsPageTag(content_object_id=row.pk, tag=tag)
                for row, tags in zip(rows, tags_of, strict=True)
                for tag in tags
            ],
            batch_size=1000,
        )
        return rows

    def add_events(self, start, stop):
        from django.utils import timezone

        from news.models import EventPage

        rng = random.Random(SEED + 1 + start)
        today = timezone.localdate()
        items = []
        for number in range(start, stop):
            region = self.regions[number % len(self.regions)]
            if number % 5 == 4:  # a fifth in the coming year: the upcoming listing has content
                day = today + datetime.timedelta(days=1 + rng.randrange(365))
            else:
                day = day_in_year(rng, number // len(self.regions))
            multi_day = number % 7 == 0
            whole_day = number % 6 == 0
            start_time = None if whole_day else datetime.time(9 + rng.randrange(8), rng.choice((0, 15, 30)))
            topic = TOPICS[(number + 3) % len(TOPICS)]
            fields = {
                "start_date": day,
                "start_time": start_time,
                "end_date": day + datetime.timedelta(days=1 + rng.randrange(2)) if multi_day else None,
                "end_time": datetime.time(start_time.hour + 2, start_time.minute)
                if start_time and number % 2
                else None,
                "whole_day": whole_day,
                "summary": f"{topic} dla członków zespołów kooperacyjnych z województwa. Zapraszamy.",
                "place_name": "" if number % 4 == 3 else f"Sala konferencyjna ROPS, {rng.choice(PLACES)}",
                "is_online": number % 4 == 3,
                "organiser": "Regionalny Ośrodek Polityki Społecznej",
                "audience": "członkowie G-PZK, pracownicy socjalni",
                "registration_info": "<p>Zapisy przez formularz na stronie.</p>",
                "agenda": [],
            }
            title = f"{topic} – wydarzenie nr {number + 1}"
            published = published_at(min(day, today) - datetime.timedelta(days=30), rng)
            items.append((region, f"wydarzenie-{number + 1:05d}", title, published, fields))
        return self.bulk_add_children(EventPage, items)

    def add_documents(self, start, stop):
        from portal.models import ModelDocumentFile, ModelDocumentPage

        rng = random.Random(SEED + 2 + start)
        items = []
        for number in range(start, stop):
            region = self.regions[number % len(self.regions)]
            day = day_in_year(rng, number // len(self.regions))
            category = self.categories[number % len(self.categories)]
            fields = {
                "category_id": category.pk,
                "version_label": f"wersja {1 + number % 3}.{number % 10}",
                "version_date": day,
                "summary": f"{category.name}: dokument opracowany przez zespół projektu dla gmin i powiatów.",
            }
            title = f"{category.name} – dokument nr {number + 1}"
            items.append((region, f"dokument-{number + 1:05d}", title, published_at(day, rng), fields))
        rows = self.bulk_add_children(ModelDocumentPage, items)
        files = []
        for index, row in enumerate(rows):
            files.append(
                ModelDocumentFile(page_id=row.pk, document=self.documents[0], label="Pełna wersja", sort_order=0)
            )
            if index % 3 == 0:
                files.append(ModelDocumentFile(page_id=row.pk, document=self.documents[1], label="", sort_order=1))
        ModelDocumentFile.objects.bulk_create(files, batch_size=1000)
        return rows

    def counts(self):
        from news.models import EventPage, NewsPage
        from portal.models import ModelDocumentPage

        return {
            "news": NewsPage.objects.live().count(),
            "events": EventPage.objects.live().count(),
            "documents": ModelDocumentPage.objects.live().count(),
        }


def set_site(port):
    from wagtail.models import Site

    site = Site.objects.get(is_default_site=True)
    site.hostname, site.port = "127.0.0.1", port
    site.save()


def verify_pages(port):
    """The first and the last bulk-created page of each kind are served, with their title."""
    from django.test import Client
    from django.utils.html import escape

    from news.models import EventPage, NewsPage
    from portal.models import ModelDocumentPage

    client = Client(HTTP_HOST=f"127.0.0.1:{port}")
    client.cookies.load(UNCACHED_COOKIE)
    for model in (NewsPage, EventPage, ModelDocumentPage):
        for page in (model.objects.order_by("pk").first(), model.objects.order_by("pk").last()):
            response = client.get(page.get_url())
            if response.status_code != 200 or escape(page.title) not in response.content.decode():
                raise SystemExit(
                    f"{page.get_url()} ({model.__name__}) answered {response.status_code} without its title"
                )


def analyze():
    """Refresh the planner's statistics, as PostgreSQL's autovacuum does minutes after a bulk load."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")


def check_tree():
    from wagtail.models import Page

    problems = Page.find_problems()
    names = ["evil chars", "bad step length", "orphans", "wrong depth", "wrong numchild"]
    found = {name: ids for name, ids in zip(names, problems, strict=True) if ids}
    if found:
        raise SystemExit(f"The page tree is inconsistent after the bulk creation: {found}")


# --------------------------------------------------------------------------------------------------
# URLs and query counts
# --------------------------------------------------------------------------------------------------


class Target:
    def __init__(self, key, label, path, kind=None, listing=False):
        self.key, self.label, self.path, self.kind, self.listing = key, label, path, kind, listing


def targets(static_url):
    """The URLs of the current database, first the ceiling."""
    from home.models import HomePage
    from news.models import EventIndexPage, NewsIndexPage, NewsPage
    from portal.models import DocumentLibraryPage

    home = HomePage.objects.get(locale__language_code="pl", depth=2)
    news_index = NewsIndexPage.objects.child_of(home).get()
    events = EventIndexPage.objects.child_of(home).get()
    library = DocumentLibraryPage.objects.child_of(home).get()
    news_count = NewsPage.objects.live().descendant_of(home).count()
    last_page = max(1, math.ceil(news_count / NewsIndexPage.per_page))
    news_item = NewsPage.objects.get(slug="aktualnosc-00001")
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


class SqlTimer:
    """An execute wrapper that keeps (ms, sql) of every query, timed with perf_counter."""

    def __init__(self):
        self.calls = []

    def __call__(self, execute, sql, params, many, context):
        started = time.perf_counter()
        try:
            return execute(sql, params, many, context)
        finally:
            self.calls.append(((time.perf_counter() - started) * 1000, sql))


def count_queries(target_list, port):
    """Per URL: status, queries and SQL ms of a warm request, median in-process ms of five, result text."""
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client(HTTP_HOST=f"127.0.0.1:{port}")
    client.cookies.load(UNCACHED_COOKIE)
    results = {}
    for target in target_list:
        response = client.get(target.path)  # warm-up: caches, renditions, connection
        if response.status_code != 200:
            raise SystemExit(f"{target.path} answered {response.status_code} in-process")
        times, captured, timer = [], None, None
        for _ in range(5):
            timer = SqlTimer()
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
# gunicorn and wrk
# --------------------------------------------------------------------------------------------------


class Server:
    def __init__(self, name, port, database_url, tmp, workers):
        self.name, self.port, self.database_url = name, port, database_url
        self.log_path = tmp / f"gunicorn-{name}.log"
        env = dict(os.environ, DATABASE_URL=database_url, WAGTAILADMIN_BASE_URL=f"http://127.0.0.1:{port}")
        self.log_file = open(self.log_path, "wb")  # noqa: SIM115 - closed in stop()
        self.process = subprocess.Popen(
            [
                sys.executable, "-m", "gunicorn", "portal.wsgi:application",
                "-w", str(workers), "-b", f"127.0.0.1:{port}", "--timeout", "60",
                "--error-logfile", "-", "--log-level", "warning",
            ],
            cwd=PROJECT_DIR, env=env, stdout=self.log_file, stderr=subprocess.STDOUT,
            start_new_session=True,
        )  # fmt: skip

    def url(self, path):
        return f"http://127.0.0.1:{self.port}{path}"

    def wait_ready(self, path, timeout=60):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise SystemExit(
                    f"gunicorn {self.name} exited; see {self.log_path}:\n{self.log_path.read_text()[-2000:]}"
                )
            with contextlib.suppress(OSError, urllib.error.URLError):
                with urllib.request.urlopen(self.url(path), timeout=5) as response:
                    if response.status == 200:
                        return
            time.sleep(0.3)
        raise SystemExit(f"gunicorn {self.name} did not answer within {timeout} s")

    def cpu_seconds(self):
        """CPU time (user + system) used so far by the gunicorn master and its workers."""
        pids = [self.process.pid]
        with contextlib.suppress(OSError):
            children = Path(f"/proc/{self.process.pid}/task/{self.process.pid}/children").read_text()
            pids += [int(pid) for pid in children.split()]
        ticks = 0
        for pid in pids:
            with contextlib.suppress(OSError):
                fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
                ticks += int(fields[11]) + int(fields[12])
        return ticks / os.sysconf("SC_CLK_TCK")

    def stop(self):
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait(timeout=5)
        self.log_file.close()


UNITS_MS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60000.0}


def wrk(url, duration, threads, connections, cookie=UNCACHED_COOKIE):
    command = ["wrk", f"-t{threads}", f"-c{connections}", f"-d{duration}s", "--timeout", "10s", "--latency", url]
    if cookie:
        command[1:1] = ["-H", f"Cookie: {cookie}"]
    output = subprocess.run(command, capture_output=True, text=True, timeout=duration + 60, check=True).stdout
    result = {"rps": None, "p50": None, "p99": None, "errors": 0, "non2xx": 0, "requests": 0, "raw": output}
    for line in output.splitlines():
        line = line.strip()
        if match := re.match(r"^Requests/sec:\s+([\d.]+)", line):
            result["rps"] = float(match.group(1))
        elif match := re.match(r"^(50|99)(?:\.0+)?%\s+([\d.]+)(us|ms|s|m)$", line):
            result["p" + match.group(1)] = float(match.group(2)) * UNITS_MS[match.group(3)]
        elif match := re.match(r"^(\d+) requests in", line):
            result["requests"] = int(match.group(1))
        elif match := re.match(r"^Non-2xx or 3xx responses:\s+(\d+)", line):
            result["non2xx"] = int(match.group(1))
        elif line.startswith("Socket errors:"):
            result["errors"] = sum(int(number) for number in re.findall(r"\d+", line))
    if result["rps"] is None:
        raise SystemExit(f"Could not read wrk's output for {url}:\n{output}")
    return result


# --------------------------------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------------------------------


def combine(results):
    """Rounds of one URL on one site: req/s and percentiles averaged (rounds last equally long)."""
    return {
        "rps": statistics.mean(result["rps"] for result in results),
        "p50": statistics.mean(result["p50"] for result in results),
        "p99": statistics.mean(result["p99"] for result in results),
        "rounds": [result["rps"] for result in results],
        "errors": sum(result["errors"] for result in results),
        "non2xx": sum(result["non2xx"] for result in results),
        "requests": sum(result["requests"] for result in results),
        "cpu_ms": 1000 * sum(result["cpu"] for result in results) / max(sum(r["requests"] for r in results), 1),
    }


def short_sql(sql, width):
    """One line, the column list elided: ``SELECT … FROM "news_newspage" … WHERE …``."""
    sql = re.sub(r"\s+", " ", sql)
    sql = re.sub(r"^SELECT (DISTINCT )?.*? FROM ", r"SELECT \1… FROM ", sql, count=1)
    return sql[:width]


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
                f"{query['queries']:>2} queries; slowest {slowest[0]:>5.2f} ms: {short_sql(slowest[1], 70)}")  # fmt: skip
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
                    out(f"  {number:>2}. {ms:6.2f} ms  {short_sql(sql, args.show_queries)}")
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
    if args.database_url and not is_postgres(args.database_url):
        parser.error("--database-url must be a PostgreSQL URL (the default is a temporary SQLite file)")
    if args.create_database and not args.database_url:
        parser.error("--create-database needs --database-url")
    if args.analyze is None:
        args.analyze = bool(args.database_url)
    if not shutil.which("wrk"):
        parser.error("wrk is missing: apt-get install -y wrk")
    return args


def main():
    args = parse_args()
    started = time.monotonic()
    timings = {}
    tmp = Path(tempfile.mkdtemp(prefix="portal-bench-"))
    ports = {"small": free_port(), "big": free_port()}
    servers, created_databases = [], []
    big_sizes = {
        "news": args.items,
        "events": args.items // PER_EVENT_OR_DOCUMENT,
        "documents": args.items // PER_EVENT_OR_DOCUMENT,
    }
    try:
        if args.database_url:
            args.engine = "PostgreSQL"
            urls = {
                "small": args.database_url,
                "big": with_db_name(args.database_url, pg_name(args.database_url) + "_big"),
            }
            if args.create_database:
                pg_admin(urls["small"], f'CREATE DATABASE "{pg_name(urls["small"])}"')
                created_databases.append(urls["small"])
        else:
            args.engine = "SQLite"
            urls = {size: f"sqlite:///{tmp / (size + '.sqlite3')}" for size in ("small", "big")}
        set_environment(tmp, urls["small"], ports["small"])
        sys.path.insert(0, str(PROJECT_DIR))
        os.chdir(PROJECT_DIR)
        import django

        django.setup()
        from django.core.management import call_command
        from django.db import connection

        from home.models import HomePage

        log(f"temporary directory {tmp}; database {args.engine}")
        step = time.monotonic()
        call_command("migrate", interactive=False, verbosity=0)
        if args.database_url and HomePage.objects.exists():
            raise SystemExit("The --database-url database already has a home page: give an empty database.")
        output = io.StringIO()
        call_command("load_demo", stdout=output)
        timings["migrate + load_demo"] = time.monotonic() - step
        log(f"migrate + load_demo: {timings['migrate + load_demo']:.0f} s")

        step = time.monotonic()
        call_command("collectstatic", interactive=False, verbosity=0)
        manifest = json.loads((tmp / "static" / "staticfiles.json").read_text())
        static_url = "/static/" + manifest["paths"]["css/portal.css"]
        timings["collectstatic"] = time.monotonic() - step
        log(f"collectstatic: {timings['collectstatic']:.0f} s; ceiling {static_url}")

        content = Content()
        for line in content.prepare():
            log(line)
        set_site(ports["small"])

        step = time.monotonic()
        for kind in ("news", "events", "documents"):
            content.add(kind, 0, args.small)
        check_tree()
        verify_pages(ports["small"])
        if args.analyze:
            analyze()
        sizes = {"small": content.counts()}
        timings["small site content"] = time.monotonic() - step
        log(f"small site: {sizes['small']} in {timings['small site content']:.1f} s")

        # The big site: a copy of the small one, topped up.
        connection.close()
        if args.engine == "SQLite":
            shutil.copyfile(tmp / "small.sqlite3", tmp / "big.sqlite3")
        else:
            pg_admin(urls["big"], f'CREATE DATABASE "{pg_name(urls["big"])}" TEMPLATE "{pg_name(urls["small"])}"')
            created_databases.append(urls["big"])
        switch_database(urls["big"])
        content = Content()
        content.load_fixtures()
        set_site(ports["big"])
        step = time.monotonic()
        for kind in ("news", "events", "documents"):
            content.add(kind, args.small, big_sizes[kind])
            log(f"  big site: {kind} up to {big_sizes[kind]} after {time.monotonic() - step:.1f} s")
        check_tree()
        verify_pages(ports["big"])
        if args.analyze:
            analyze()
        sizes["big"] = content.counts()
        timings["big site content"] = time.monotonic() - step
        checks = "page tree checked, pages served" + (", ANALYZE run" if args.analyze else "")
        log(f"big site: {sizes['big']} in {timings['big site content']:.1f} s ({checks})")

        # Query counts, in-process.
        target_lists, queries = {}, {}
        for size in ("small", "big"):
            switch_database(urls[size])
            target_lists[size] = targets(static_url)
            queries[size] = count_queries(target_lists[size], ports[size])
            summary = ", ".join(f"{target.key} {queries[size][target.key]['queries']}" for target in target_lists[size])
            log(f"queries ({size}): {summary}")
        connection.close()

        # Load, the two sites one right after the other for every URL.
        for size in ("small", "big"):
            servers.append(Server(size, ports[size], urls[size], tmp, args.workers))
        for server in servers:
            server.wait_ready(static_url)
        by_size = dict(zip(("small", "big"), servers, strict=True))
        measures = {"small": {}, "big": {}}
        step = time.monotonic()
        load_before = os.getloadavg()[0]
        per_round = max(1, round(args.duration / args.rounds))
        for index, target in enumerate(target_lists["small"]):
            runs = {"small": [], "big": []}
            # small, big, big, small, …: a drift of the machine's speed cancels out of the big/small ratio.
            order = [size for number in range(args.rounds) for size in (("small", "big"), ("big", "small"))[number % 2]]
            for size in order:
                server = by_size[size]
                path = target_lists[size][index].path
                if not runs[size]:
                    with urllib.request.urlopen(server.url(path), timeout=30) as response:
                        assert response.status == 200, (path, response.status)
                    if args.warmup:
                        wrk(server.url(path), args.warmup, args.threads, args.connections)
                cpu_before = server.cpu_seconds()
                result = wrk(server.url(path), per_round, args.threads, args.connections)
                result["cpu"] = server.cpu_seconds() - cpu_before
                runs[size].append(result)
                log(
                    f"{size:<5} {path[:58]:<58} {result['rps']:8.1f} req/s  p50 {result['p50']:7.1f} ms  "
                    f"p99 {result['p99']:7.1f} ms  {1000 * result['cpu'] / max(result['requests'], 1):6.1f} CPU ms/request"
                )
            for size, results in runs.items():
                measures[size][target.key] = combine(results)
        timings["wrk"] = time.monotonic() - step
        timings["total"] = time.monotonic() - started
        loads = (load_before, os.getloadavg()[0])
        flags = report((sizes["small"], sizes["big"]), target_lists, queries, measures, args, timings, loads)
        return 1 if flags and args.strict else 0
    finally:
        for server in servers:
            server.stop()
        with contextlib.suppress(Exception):
            from django.db import connections

            connections.close_all()
        if args.keep:
            log(
                f"kept {tmp}"
                + (f" and {', '.join(pg_name(url) for url in created_databases)}" if created_databases else "")
            )
        else:
            for url in reversed(created_databases):
                with contextlib.suppress(Exception):
                    pg_admin(url, f'DROP DATABASE IF EXISTS "{pg_name(url)}" WITH (FORCE)')
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
