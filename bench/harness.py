"""What every benchmark needs, in one place: the environment with the production settings, Django's set-up,
free ports, databases (SQLite files, PostgreSQL databases made and dropped), the demo site, gunicorn, wrk
and its output, HTTP as through the TLS proxy, and the small helpers of the reports.

The project's own modules are reached through bench/project.py, after ``setup_django()``.
"""

import contextlib
import http.client
import json
import os
import re
import secrets
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from http.cookies import SimpleCookie
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import project

PROJECT_DIR = Path(__file__).resolve().parent.parent
# Any cookie but the CSRF token's keeps a request out of the anonymous page cache (portal/page_cache.py):
# the benchmarks measure how pages are made; bench/run_page_cache.py measures the cache itself.
UNCACHED_COOKIE = "portal-bench=uncached"


def log(message):
    print(f"[{time.strftime('%H:%M:%S')}] {message}", flush=True)


# --------------------------------------------------------------------------------------------------
# Environment, Django
# --------------------------------------------------------------------------------------------------


def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def set_environment(tmp, database_url, port):
    """The production settings on a database of the bench's, files and logs under ``tmp``."""
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


def use_redis(prefix):
    """The shared Redis as the cache, under a key prefix of the bench's own (see ``delete_redis_keys``)."""
    os.environ.update({"REDIS_URL": redis_url(), "CACHE_KEY_PREFIX": prefix})


def setup_django(code_dir=PROJECT_DIR):
    """Django set up from ``code_dir`` (the working tree, or a copy of it), with the environment as it is."""
    import django

    sys.path.insert(0, str(code_dir))
    os.chdir(code_dir)
    django.setup()


def redis_url():
    """The Redis the benches share their cache in (``REDIS_URL``, else the local one)."""
    return os.environ.get("REDIS_URL") or "redis://127.0.0.1:6379/0"


def delete_redis_keys(prefix):
    """Removes a bench's cache keys (its ``CACHE_KEY_PREFIX``) from the shared Redis."""
    import redis

    client = redis.Redis.from_url(redis_url())
    for key in client.scan_iter(f"{prefix}*"):
        client.delete(key)


# --------------------------------------------------------------------------------------------------
# Databases
# --------------------------------------------------------------------------------------------------


def with_db_name(url, name):
    parts = urlsplit(url)
    return urlunsplit(parts._replace(path="/" + name))


def is_postgres(url):
    return urlsplit(url).scheme in {"postgres", "postgresql", "pgsql", "postgis"}


def pg_name(url):
    return urlsplit(url).path.lstrip("/")


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


def create_database(url, template_url=None):
    template = f' TEMPLATE "{pg_name(template_url)}"' if template_url else ""
    pg_admin(url, f'CREATE DATABASE "{pg_name(url)}"{template}')


def drop_database(url, force=True):
    """Drops a database the bench made, after closing this process's connections."""
    if "django" in sys.modules:
        from django.db import connections

        connections.close_all()
    pg_admin(url, f'DROP DATABASE IF EXISTS "{pg_name(url)}"' + (" WITH (FORCE)" if force else ""))


class TwoSites:
    """The databases of a small and a big site: two SQLite files in ``tmp``, or the PostgreSQL database
    ``database_url`` (created when ``create``) and ``<name>_big`` made from it; ``drop()`` removes what
    was created."""

    def __init__(self, tmp, database_url=None, create=False):
        self.tmp, self.created = tmp, []
        if database_url:
            self.engine = "PostgreSQL"
            self.urls = {"small": database_url, "big": with_db_name(database_url, pg_name(database_url) + "_big")}
            if create:
                create_database(database_url)
                self.created.append(database_url)
        else:
            self.engine = "SQLite"
            self.urls = {size: f"sqlite:///{tmp / (size + '.sqlite3')}" for size in ("small", "big")}

    def copy_small_to_big(self):
        """The big site starts as a copy of the small one; Django's connection is switched to it."""
        from django.db import connection

        connection.close()
        if self.engine == "SQLite":
            shutil.copyfile(self.tmp / "small.sqlite3", self.tmp / "big.sqlite3")
        else:
            create_database(self.urls["big"], template_url=self.urls["small"])
            self.created.append(self.urls["big"])
        switch_database(self.urls["big"])

    def names(self):
        return ", ".join(pg_name(url) for url in self.created)

    def drop(self):
        for url in reversed(self.created):
            with contextlib.suppress(Exception):
                drop_database(url)


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


def analyze():
    """Refresh the planner's statistics, as PostgreSQL's autovacuum does minutes after a bulk load."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")


def close_connections():
    with contextlib.suppress(Exception):
        from django.db import connections

        connections.close_all()


# --------------------------------------------------------------------------------------------------
# The site
# --------------------------------------------------------------------------------------------------


def build_site(port, collectstatic=True, require_empty=False):
    """migrate, load_demo and collectstatic on the current database; the default Site on ``port`` (if given).

    Returns the seconds it took. ``require_empty``: stop if the database has a home page already (a
    PostgreSQL database given to the bench)."""
    from django.core.management import call_command

    step = time.monotonic()
    call_command("migrate", interactive=False, verbosity=0)
    if require_empty and project.HomePage.objects.exists():
        raise SystemExit("The --database-url database already has a home page: give an empty database.")
    call_command("load_demo", stdout=open(os.devnull, "w"))  # noqa: SIM115
    if collectstatic:
        call_command("collectstatic", interactive=False, verbosity=0)
    if port is not None:
        set_site(port)
    return time.monotonic() - step


def static_css_url(tmp):
    """The address of css/portal.css in the manifest collectstatic wrote: the static file of the benches."""
    manifest = json.loads((tmp / "static" / "staticfiles.json").read_text())
    return "/static/" + manifest["paths"]["css/portal.css"]


def set_site(port):
    from wagtail.models import Site

    site = Site.objects.get(is_default_site=True)
    site.hostname, site.port = "127.0.0.1", port
    site.save()


def check_tree():
    from wagtail.models import Page

    problems = Page.find_problems()
    names = ["evil chars", "bad step length", "orphans", "wrong depth", "wrong numchild"]
    found = {name: ids for name, ids in zip(names, problems, strict=True) if ids}
    if found:
        raise SystemExit(f"The page tree is inconsistent after the bulk creation: {found}")


def test_client(port, session=None, cached=False):
    """Django's test client for the site on ``port``, past the page cache unless ``cached``."""
    from django.test import Client

    client = Client(HTTP_HOST=f"127.0.0.1:{port}")
    if not cached:
        client.cookies.load(UNCACHED_COOKIE)
    if session:
        client.cookies["sessionid"] = session
    return client


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


# --------------------------------------------------------------------------------------------------
# Code served: the working tree, or a copy that edits made meanwhile never reach
# --------------------------------------------------------------------------------------------------


def code_at(tmp, name, commit):
    """The tree at ``commit`` in ``tmp``/``name``-code (git archive)."""
    target = tmp / f"{name}-code"
    target.mkdir()
    archive = subprocess.run(["git", "archive", commit], cwd=PROJECT_DIR, capture_output=True, check=True).stdout
    subprocess.run(["tar", "-x", "-C", str(target)], input=archive, check=True)
    return target


def snapshot_code(tmp):
    """A copy of the working tree's files (tracked, and untracked but not ignored) under ``tmp``/code.

    gunicorn preloads the application in its master, but the URLconf and the views are imported by each
    worker on its first request: a worker forked after the files changed would mix two versions."""
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=PROJECT_DIR,
        capture_output=True,
        check=True,
    ).stdout
    target = tmp / "code"
    for name in filter(None, os.fsdecode(listed).split("\0")):
        source = PROJECT_DIR / name
        if source.is_file():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / name)
    return target


# --------------------------------------------------------------------------------------------------
# gunicorn
# --------------------------------------------------------------------------------------------------


class Server:
    """``gunicorn -w N`` on one database (the settings from the environment), its CPU time measurable."""

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


def start_gunicorn(tmp, port, workers, code_dir=PROJECT_DIR):
    """gunicorn with the repository's configuration (deploy/gunicorn.conf.py) from ``code_dir``, its log in
    ``tmp``/gunicorn.log; returns the process once /health/ answers."""
    log_path = tmp / "gunicorn.log"
    env = dict(os.environ, WEB_CONCURRENCY=str(workers), GUNICORN_ACCESS_LOG="", LOG_LEVEL="WARNING")
    command = [sys.executable, "-m", "gunicorn", "-c", "deploy/gunicorn.conf.py", "portal.wsgi:application"]
    command += ["--bind", f"127.0.0.1:{port}"]
    with open(log_path, "wb") as output:
        process = subprocess.Popen(command, cwd=code_dir, env=env, stdout=output, stderr=subprocess.STDOUT)
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"gunicorn exited:\n{log_path.read_text()[-2000:]}")
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/health/", timeout=5):
                return process
        except OSError:
            time.sleep(0.3)
    process.kill()
    raise SystemExit("gunicorn did not answer within 90 s")


# --------------------------------------------------------------------------------------------------
# wrk
# --------------------------------------------------------------------------------------------------

UNITS_MS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60000.0}


def wrk(url, duration, threads, connections, cookie=UNCACHED_COOKIE):
    """``wrk --latency`` on one URL with one cookie; req/s, p50 and p99 (ms), requests, errors."""
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


def require_wrk(parser, hint=""):
    if not shutil.which("wrk"):
        parser.error(f"wrk is missing: apt-get install -y wrk{hint}")


def round_order(rounds):
    """small, big, big, small, …: a drift of the machine's speed cancels out of the big/small ratio."""
    return [size for number in range(rounds) for size in (("small", "big"), ("big", "small"))[number % 2]]


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


# --------------------------------------------------------------------------------------------------
# HTTP as through the TLS proxy
# --------------------------------------------------------------------------------------------------


def http_request(port, path, cookie=None, form=None, timeout=30):
    """One request on a new connection; (status, headers, body). ``form``: a POST with Origin and Referer."""
    headers = {"Host": f"127.0.0.1:{port}", "X-Forwarded-Proto": "https", "X-Forwarded-For": "203.0.113.9"}
    if cookie:
        headers["Cookie"] = cookie
    body = None
    if form is not None:
        body = urllib.parse.urlencode(form)
        headers.update(
            {
                "Content-Type": "application/x-www-form-urlencoded",
                "Origin": f"https://127.0.0.1:{port}",
                "Referer": f"https://127.0.0.1:{port}{path}",
            }
        )
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        connection.request("POST" if form is not None else "GET", path, body, headers)
        response = connection.getresponse()
        return response.status, response.headers, response.read()
    finally:
        connection.close()


def set_cookies(headers):
    cookies = {}
    for line in headers.get_all("Set-Cookie") or []:
        cookies.update({name: morsel.value for name, morsel in SimpleCookie(line).items()})
    return cookies


def sign_in(port, username, password):
    """A learner's session cookie, from the sign-in form."""
    path = "/konto/logowanie/"
    status, headers, _body = http_request(port, path)
    token = set_cookies(headers).get("csrftoken")
    if status != 200 or not token:
        raise SystemExit(f"GET {path} answered {status} without a CSRF cookie")
    form = {"csrfmiddlewaretoken": token, "username": username, "password": password}
    status, headers, body = http_request(port, path, cookie=f"csrftoken={token}", form=form)
    session = set_cookies(headers).get("sessionid")
    if status != 302 or not session:
        raise SystemExit(f"{username} could not sign in: {status}\n{body.decode('utf-8', 'replace')[-1500:]}")
    return f"sessionid={session}"


# --------------------------------------------------------------------------------------------------
# Reports
# --------------------------------------------------------------------------------------------------


def short_sql(sql, width):
    """One line, the column list elided: ``SELECT … FROM "news_newspage" … WHERE …``."""
    sql = re.sub(r"\s+", " ", sql)
    sql = re.sub(r"^SELECT (DISTINCT )?.*? FROM ", r"SELECT \1… FROM ", sql, count=1)
    return sql[:width]
