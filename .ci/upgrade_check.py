#!/usr/bin/env python
"""A database made by older code upgrades with ``migrate`` and loses nothing.

    .venv/bin/python .ci/upgrade_check.py --base <commit> [--database-url URL] [--keep] [--self-test]

Why: moving models between apps (SeparateDatabaseAndState, content types and permissions moved along)
can lose data in ways no unit test sees: a table dropped and re-created, a content type re-created with
a new id (pages of that type then point nowhere), permissions left on the old content type. So:

1. the ``--base`` commit is checked out in a temporary worktree; with its code a fresh database (SQLite
   in a temporary directory, or a PostgreSQL database ``portal_upgrade_<pid>`` created on the server of
   ``--database-url`` and dropped at the end) gets ``migrate``, ``load_demo`` and ``import_plone`` of the
   export the tests build (tests/plone_import/export_builder.py) into one region;
2. a snapshot of that database is taken with the base code (this file, run inside that tree);
3. the current tree runs ``migrate`` on the same database and media and takes the snapshot again;
4. the two must be equal, after renaming in the old one the model labels declared in ``MOVED``.

The snapshot only uses Django, Wagtail and ``apps.get_models()``, never a project module, so the same
code describes the database under both versions. Facts are keyed by what users see and keep (page ids,
URLs, usernames, group names, "app_label.model" labels), never by Python class paths.

``--self-test`` damages the upgraded database before the second snapshot (one document deleted, one
page's URL changed, one permission moved to another content type) and passes only if the comparison
reports all three: proof that the check can fail.
"""

import argparse
import hashlib
import json
import os
import secrets
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

# Models that changed app between the base commit and now: old label -> new label ("app_label.model",
# lower case). The old snapshot is renamed with it before the comparison; nothing else may differ.
MOVED: dict[str, str] = {
    "portal.searchterm": "search.searchterm",
    "portal.ploneitem": "plone_import.ploneitem",
}

ROOT = Path(__file__).resolve().parent.parent
SETTINGS = "portal.settings.test"  # needs no service: local-memory cache, files on disk
IMPORT_REGION = "swietokrzyskie"
# Records listed by class name as well, so a report names them plainly wherever their app is.
NAMED_MODELS = (
    "Enrolment",
    "LessonProgress",
    "QuizAttempt",
    "ExerciseSubmission",
    "ExerciseComment",
    "Certificate",
    "SearchTerm",
    "PloneItem",
    "DownloadCount",
    "PageLogEntry",
    "ModelLogEntry",
)
SHOWN_PER_SECTION = 15


# --------------------------------------------------------------------------------------------------
# The snapshot (runs inside the tree whose code describes the database)
# --------------------------------------------------------------------------------------------------


def plain(value):
    """Database values JSON cannot write (dates, decimals, UUIDs, bytes) as text."""
    return bytes(value).hex() if isinstance(value, (bytes, memoryview)) else str(value)


def digest(rows):
    """A short hash of rows, whatever their order: equal data, equal hash."""
    text = json.dumps(sorted(json.dumps(row, default=plain, sort_keys=True) for row in rows))
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def label(model_or_ct):
    """ "app_label.model" of a model class or of a ContentType row."""
    if isinstance(model_or_ct, type):
        return f"{model_or_ct._meta.app_label}.{model_or_ct._meta.model_name}"
    return f"{model_or_ct.app_label}.{model_or_ct.model}"


def perm_key(permission):
    return f"{label(permission.content_type)}|{permission.codename}"


def table_facts(apps):
    """Every concrete table: row count, a hash of the primary keys (rows lost or added) and of all values.

    The rows are read with plain SQL: converted to Python, a StreamField value would render its blocks
    (and create image renditions) when hashed."""
    from django.db import connection

    models, named = {}, {}
    for model in apps.get_models(include_auto_created=True):
        if model._meta.proxy or not model._meta.managed:
            continue
        columns = [model._meta.pk.column] + [f.column for f in model._meta.local_concrete_fields if not f.primary_key]
        select = ", ".join(map(connection.ops.quote_name, columns))
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT {select} FROM {connection.ops.quote_name(model._meta.db_table)}")
            rows = cursor.fetchall()
        facts = {"rows": len(rows), "pks": digest([row[0] for row in rows]), "values": digest(rows)}
        if model._meta.db_table == "django_content_type":
            # A moved model renames its row's app_label; the rows are compared one by one, with MOVED
            # applied, as "content_types".
            facts["values"] = "compared as content_types"
        models[label(model)] = facts
        if model.__name__ in NAMED_MODELS:
            named[model.__name__] = facts
    return models, named


def collection_path(collection, cache={}):  # noqa: B006 - a cache for one process
    if collection.pk not in cache:
        names = [ancestor.name for ancestor in collection.get_ancestors()] + [collection.name]
        cache[collection.pk] = " / ".join(names)
    return cache[collection.pk]


def file_facts(field_file):
    if not field_file:
        return {"name": "", "size": None}
    try:
        size = field_file.storage.size(field_file.name)
    except OSError:
        size = "missing"
    return {"name": field_file.name, "size": size}


def media_files(media_root):
    root = Path(media_root)
    return {str(p.relative_to(root)): p.stat().st_size for p in sorted(root.rglob("*")) if p.is_file()}


def page_facts():
    from django.contrib.contenttypes.models import ContentType
    from django.db.models import Count, Max
    from wagtail.models import Page, Revision

    labels = {ct.id: label(ct) for ct in ContentType.objects.all()}
    revisions = {}
    per_object = Revision.objects.values("base_content_type_id", "object_id").annotate(n=Count("id"), last=Max("id"))
    for row in per_object.order_by():
        key = f"{labels[row['base_content_type_id']]}|{row['object_id']}"
        revisions[key] = {"count": row["n"], "latest": row["last"]}
    pages = {}
    for page in Page.objects.specific().select_related("locale").order_by("path"):
        parts = page.get_url_parts()
        url = f"{parts[1] or ''}{parts[2]}" if parts and parts[2] is not None else None
        rev = revisions.get(f"wagtailcore.page|{page.id}", {"count": 0, "latest": None})
        pages[str(page.id)] = {
            "url_path": page.url_path,
            "url": url,
            "title": page.title,
            "live": page.live,
            "locale": page.locale.language_code,
            "content_type": labels[page.content_type_id],
            "translation_key": str(page.translation_key),
            "revisions": rev["count"],
            "latest_revision": rev["latest"],
            "latest_revision_id": page.latest_revision_id,
        }
    return pages, revisions


def permission_facts():
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group, Permission
    from wagtail.models import GroupCollectionPermission, GroupPagePermission

    permissions = {perm_key(p): p.name for p in Permission.objects.select_related("content_type")}
    groups = {
        group.name: sorted(perm_key(p) for p in group.permissions.select_related("content_type"))
        for group in Group.objects.all()
    }
    users = {}
    for user in get_user_model().objects.prefetch_related("groups", "user_permissions__content_type"):
        users[user.get_username()] = {
            "active": user.is_active,
            "staff": user.is_staff,
            "superuser": user.is_superuser,
            "password": hashlib.sha256(user.password.encode()).hexdigest()[:12],
            "groups": sorted(group.name for group in user.groups.all()),
            "permissions": sorted(perm_key(p) for p in user.user_permissions.all()),
        }
    page_perms = {
        f"{gp.group.name}|page {gp.page_id}|{perm_key(gp.permission)}": True
        for gp in GroupPagePermission.objects.select_related("group", "permission__content_type")
    }
    collection_perms = {
        f"{gp.group.name}|{collection_path(gp.collection)}|{perm_key(gp.permission)}": True
        for gp in GroupCollectionPermission.objects.select_related("group", "collection", "permission__content_type")
    }
    return permissions, groups, users, page_perms, collection_perms


def workflow_facts():
    from wagtail.models import WorkflowState

    states = {}
    for state in WorkflowState.objects.select_related("base_content_type", "workflow", "current_task_state__task"):
        task_state = state.current_task_state
        states[str(state.id)] = {
            "object": f"{label(state.base_content_type)}|{state.object_id}",
            "workflow": state.workflow.name,
            "status": state.status,
            "task": f"{task_state.task.name}|{task_state.status}" if task_state else None,
        }
    return states


def responses(pages):
    """Each live page fetched with the test client, in a transaction rolled back after, and the files
    the rendering wrote (image renditions) removed: fetching must not change what the next snapshot sees."""
    from django.conf import settings
    from django.db import transaction
    from django.test import Client

    before = set(media_files(settings.MEDIA_ROOT))
    statuses = {}
    with transaction.atomic():
        client = Client(raise_request_exception=False)
        for facts in pages.values():
            if not facts["live"] or not facts["url"]:
                continue
            parts = urlsplit(facts["url"])
            host = parts.netloc or "localhost"
            response = client.get(parts.path, HTTP_HOST=host, secure=parts.scheme == "https")
            statuses[facts["url"]] = response.status_code
        transaction.set_rollback(True)
    for name in set(media_files(settings.MEDIA_ROOT)) - before:
        (Path(settings.MEDIA_ROOT) / name).unlink()
    return statuses


def damage():
    """--self-test: one document lost, one page's URL changed, one group permission on another content type."""
    from django.contrib.auth.models import Permission
    from django.contrib.contenttypes.models import ContentType
    from django.db.models import ProtectedError
    from wagtail.documents import get_document_model
    from wagtail.models import Page

    document = get_document_model().objects.order_by("-id").first()
    try:
        document.delete()
    except ProtectedError as error:  # the page files that use it go with it
        for row in error.protected_objects:
            row.delete()
        document.delete()
    page = Page.objects.filter(depth__gt=2, live=True, numchild=0).order_by("id").first()
    Page.objects.filter(id=page.id).update(slug=page.slug + "-x", url_path=page.url_path.rstrip("/") + "-x/")
    permission = Permission.objects.filter(group__isnull=False).order_by("id").first()
    permission.content_type = ContentType.objects.get_for_model(ContentType)
    permission.save()


def download_files():
    """Each model document's file downloaded once (with the base code), so the download counters have rows."""
    from django.apps import apps
    from django.test import Client
    from django.urls import reverse

    client = Client()
    for model in apps.get_models():
        if model.__name__ == "ModelDocumentFile":
            for file in model.objects.select_related("document"):
                client.get(reverse("download_file", args=[file.pk, file.document.filename]), HTTP_HOST="localhost")


def setup_django():
    sys.path.insert(0, os.getcwd())  # the tree being described, not the one this file came from
    import django

    django.setup()


def snapshot(out, with_damage):
    setup_django()
    from django.apps import apps
    from django.conf import settings
    from django.contrib.contenttypes.models import ContentType
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model

    if with_damage:
        damage()
    models, named = table_facts(apps)
    pages, revisions = page_facts()
    permissions, groups, users, page_perms, collection_perms = permission_facts()
    documents = {
        str(doc.id): {"title": doc.title, **file_facts(doc.file), "collection": collection_path(doc.collection)}
        for doc in get_document_model().objects.select_related("collection")
    }
    images = {
        str(img.id): {
            "title": img.title,
            **file_facts(img.file),
            "size_px": [img.width, img.height],
            "collection": collection_path(img.collection),
        }
        for img in get_image_model().objects.select_related("collection")
    }
    data = {
        "content_types": {str(ct.id): label(ct) for ct in ContentType.objects.all()},
        "models": models,
        "records": named,
        "pages": pages,
        "revisions": revisions,
        "documents": documents,
        "images": images,
        "media_files": media_files(settings.MEDIA_ROOT),
        "permissions": permissions,
        "groups": groups,
        "users": users,
        "group_page_permissions": page_perms,
        "group_collection_permissions": collection_perms,
        "workflow_states": workflow_facts(),
    }
    data["responses"] = responses(pages)
    Path(out).write_text(json.dumps(data, indent=1, sort_keys=True, default=str))


# --------------------------------------------------------------------------------------------------
# The comparison
# --------------------------------------------------------------------------------------------------


def renamed(value):
    """The old snapshot with the labels of moved models replaced (in keys and values, "|"-separated parts)."""
    if isinstance(value, dict):
        return {renamed(key): renamed(item) for key, item in value.items()}
    if isinstance(value, list):
        return [renamed(item) for item in value]
    if isinstance(value, str) and MOVED:
        return "|".join(MOVED.get(part, part) for part in value.split("|"))
    return value


def differences(old, new):
    """Readable lines, one per difference: "- lost", "+ new", "~ changed"."""
    lines = []
    for section in sorted(set(old) | set(new)):
        before, after, found = old.get(section, {}), new.get(section, {}), []
        for key in sorted(set(before) | set(after)):
            if key not in after:
                found.append(f"- {section}[{key}] lost: {before[key]}")
            elif key not in before:
                found.append(f"+ {section}[{key}] new: {after[key]}")
            elif before[key] != after[key]:
                if isinstance(before[key], dict) and isinstance(after[key], dict):
                    fields = sorted(
                        f for f in set(before[key]) | set(after[key]) if before[key].get(f) != after[key].get(f)
                    )
                    change = ", ".join(f"{f}: {before[key].get(f)!r} -> {after[key].get(f)!r}" for f in fields)
                elif isinstance(before[key], list) and isinstance(after[key], list):
                    lost, added = sorted(set(before[key]) - set(after[key])), sorted(set(after[key]) - set(before[key]))
                    change = f"lost {lost}, new {added}"
                else:
                    change = f"{before[key]!r} -> {after[key]!r}"
                found.append(f"~ {section}[{key}] {change}")
        lines += found[:SHOWN_PER_SECTION]
        if len(found) > SHOWN_PER_SECTION:
            lines.append(f"  ... {len(found) - SHOWN_PER_SECTION} more in {section}")
    return lines


def summary(snap):
    statuses = Counter(snap["responses"].values())
    learner = {name: snap["records"].get(name, {}).get("rows", 0) for name in NAMED_MODELS}
    return (
        f"{len(snap['pages'])} pages ({sum(p['live'] for p in snap['pages'].values())} live), "
        f"{sum(r['count'] for r in snap['revisions'].values())} revisions, {len(snap['documents'])} documents, "
        f"{len(snap['images'])} images, {len(snap['media_files'])} media files, {len(snap['users'])} users, "
        f"{len(snap['groups'])} groups, {len(snap['group_page_permissions'])} page and "
        f"{len(snap['group_collection_permissions'])} collection permissions, {len(snap['models'])} tables "
        f"with {sum(m['rows'] for m in snap['models'].values())} rows; records {learner}; "
        f"responses {dict(sorted(statuses.items()))}"
    )


# --------------------------------------------------------------------------------------------------
# The run
# --------------------------------------------------------------------------------------------------


def run(args, cwd, env, **kwargs):
    print("$", " ".join(str(a) for a in args), f"(in {cwd})", flush=True)
    subprocess.run([str(a) for a in args], cwd=cwd, env=env, check=True, **kwargs)


def git(*args, **kwargs):
    return subprocess.run(["git", *args], cwd=ROOT, check=True, capture_output=True, text=True, **kwargs).stdout.strip()


def pg_admin(url, statement):
    import psycopg

    parts = urlsplit(url)
    with psycopg.connect(urlunsplit(parts._replace(path="/postgres")), autocommit=True, connect_timeout=10) as conn:
        conn.execute(statement)


def build_old_site(tree, tmp, env):
    """migrate, load_demo and a Plone import into one region, all with the base commit's code."""
    python = sys.executable
    run([python, "manage.py", "migrate", "-v0"], tree, env)
    run([python, "manage.py", "load_demo"], tree, env, stdout=subprocess.DEVNULL)
    build = (
        "import sys; from pathlib import Path; sys.path.insert(0, '.'); "
        "from tests.plone_import.export_builder import build_export; "
        f"print(build_export(Path({str(tmp / 'export')!r})).path)"
    )
    export = subprocess.run([python, "-c", build], cwd=tree, env=env, check=True, capture_output=True, text=True)
    import_args = ["--region", IMPORT_REGION, "--old-domain", "kooperacja.rops.example.pl"]
    report = tmp / "import-report.json"
    command = [python, "manage.py", "import_plone", export.stdout.strip(), *import_args, "--report", report]
    print("$", " ".join(map(str, command)), flush=True)
    # The export holds on purpose an item the portal refuses (a .txt file): the command then ends with
    # status 1 after importing the rest. Its report says what was created.
    subprocess.run(list(map(str, command)), cwd=tree, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    counts = json.loads(report.read_text())["counts"]
    created = {kind: n["created"] for kind, n in counts.items() if n.get("created")}
    if not created:
        sys.exit(f"upgrade_check: the Plone import created nothing: {counts}")
    print("imported:", created, flush=True)
    run([python, Path(__file__).resolve(), "--download-files"], tree, env)


def take_snapshot(tree, env, out, with_damage=False):
    args = [sys.executable, Path(__file__).resolve(), "--snapshot-to", out] + (["--damage"] if with_damage else [])
    run(args, tree, env)
    return json.loads(Path(out).read_text())


def check(args):
    started = time.monotonic()
    try:
        base = git("rev-parse", "--verify", "--quiet", f"{args.base}^{{commit}}")
    except subprocess.CalledProcessError:
        sys.exit(f"upgrade_check: commit {args.base!r} is not in this clone (a shallow clone? clone with full history)")
    tmp = Path(tempfile.mkdtemp(prefix="portal-upgrade-"))
    database = None
    if args.database_url:
        parts = urlsplit(args.database_url)
        database = urlunsplit(parts._replace(path=f"/portal_upgrade_{os.getpid()}"))
        pg_admin(database, f'CREATE DATABASE "portal_upgrade_{os.getpid()}"')
    env = {key: value for key, value in os.environ.items() if key not in {"PYTHONPATH", "MEDIA_ROOT"}}
    env.update(
        DJANGO_SETTINGS_MODULE=SETTINGS,
        DATABASE_URL=database or f"sqlite:///{tmp / 'portal.sqlite3'}",
        PORTAL_VAR_DIR=str(tmp / "var"),
        DEMO_ADMIN_PASSWORD=secrets.token_urlsafe(16),
    )
    before_tree = tmp / "before"
    try:
        git("worktree", "add", "--detach", str(before_tree), base)
        try:
            print(f"== base {base[:10]}: migrate, load_demo, import_plone ({tmp})", flush=True)
            build_old_site(before_tree, tmp, env)
            old = take_snapshot(before_tree, env, tmp / "before.json")
        finally:
            git("worktree", "remove", "--force", str(before_tree))
        print(f"== current tree {git('rev-parse', '--short', 'HEAD')}: migrate", flush=True)
        run([sys.executable, "manage.py", "migrate", "-v0"], ROOT, env)
        new = take_snapshot(ROOT, env, tmp / "after.json", with_damage=args.self_test)
    finally:
        if database and not args.keep:
            pg_admin(database, f'DROP DATABASE IF EXISTS "portal_upgrade_{os.getpid()}" WITH (FORCE)')
        if args.keep:
            print(f"kept {tmp}" + (f" and {database}" if database else ""))
        else:
            shutil.rmtree(tmp, ignore_errors=True)
    found = differences(renamed(old), new)
    errors = [f"! responses[{url}] {status}" for url, status in new["responses"].items() if status >= 500]
    print("before:", summary(old))
    print("after: ", summary(new))
    print("\n".join(found + errors) or "no difference")
    print(f"{time.monotonic() - started:.0f} s")
    if args.self_test:
        wanted = {"lost document": "- documents[", "changed URL": "url_path", "moved permission": "groups["}
        missed = [name for name, text in wanted.items() if not any(text in line for line in found)]
        print("self-test:", f"missed {missed}" if missed else "the comparison caught all three")
        return 1 if missed else 0
    return 1 if found or errors else 0


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--base", help="the commit whose code builds the old database")
    parser.add_argument("--database-url", default="", help="a PostgreSQL server URL (a database is created there)")
    parser.add_argument("--keep", action="store_true", help="keep the temporary directory and database")
    parser.add_argument("--self-test", action="store_true", help="damage the upgraded data: the check must notice")
    parser.add_argument("--snapshot-to", help=argparse.SUPPRESS)
    parser.add_argument("--damage", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--download-files", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.download_files:
        setup_django()
        return download_files()
    if args.snapshot_to:
        return snapshot(args.snapshot_to, args.damage)
    if not args.base:
        parser.error("--base is required")
    return check(args)


if __name__ == "__main__":
    sys.exit(main())
