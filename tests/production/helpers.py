"""The deployed site and its servers, and a visitor who talks HTTP to them: what the production tests
share (the fixtures ``site`` and ``servers`` are in conftest.py)."""

import http.client
import os
import re
import socket
import subprocess
import sys
import time
from base64 import b32decode
from dataclasses import dataclass, field
from http.cookies import SimpleCookie
from pathlib import Path
from urllib.parse import urlencode, urlsplit

from django_otp.oath import totp

PROJECT_DIR = Path(__file__).resolve().parents[2]
HOST = "portal.test"
PASSWORD = "deployed-site-tests-only"  # the demo users' password on the deployed site
LEARNER = "uczestnik.swietokrzyskie"  # a demo learner (demo/learners.py)


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def redis_url():
    return os.environ.get("REDIS_URL") or "redis://127.0.0.1:6379/0"


def redis_client():
    import redis

    return redis.Redis.from_url(redis_url(), socket_connect_timeout=2)


@dataclass
class Site:
    var_dir: Path
    database_url: str
    cache_prefix: str
    servers: list = field(default_factory=list)

    @property
    def postgres(self):
        return self.database_url.startswith("postgres")

    def environment(self, **overrides):
        env = {
            key: value
            for key, value in os.environ.items()
            if key not in {"DJANGO_SETTINGS_MODULE", "DATABASE_URL", "REDIS_URL", "TEST_DATABASE_NAME"}
        }
        env.update(
            {
                "DJANGO_SETTINGS_MODULE": "portal.settings.production",
                "SECRET_KEY": "deployed-tests-" + "k" * 40 + self.cache_prefix,
                "ALLOWED_HOSTS": f"{HOST},127.0.0.1",
                "WAGTAILADMIN_BASE_URL": f"https://{HOST}",
                "DATABASE_URL": self.database_url,
                "REDIS_URL": redis_url(),
                "CACHE_KEY_PREFIX": self.cache_prefix,
                "PORTAL_VAR_DIR": str(self.var_dir),
                "DEMO_ADMIN_PASSWORD": PASSWORD,
                "EMAIL_BACKEND": "django.core.mail.backends.console.EmailBackend",
                "LOG_LEVEL": "WARNING",
                "GUNICORN_ACCESS_LOG": "",
                "WEB_CONCURRENCY": "2",
            }
        )
        env.update(overrides)
        return env

    def manage(self, *args):
        subprocess.run(
            [sys.executable, "manage.py", *args],
            cwd=PROJECT_DIR,
            env=self.environment(),
            check=True,
            capture_output=True,
            timeout=600,
        )

    def start(self, name, **overrides):
        server = Server(name, self.var_dir / f"gunicorn-{name}.log", self.environment(**overrides))
        self.servers.append(server)
        return server

    def sql(self, statement, *params):
        """Rows of a query on the site's database (the test process has no Django connection to it)."""
        if self.postgres:
            import psycopg

            with psycopg.connect(self.database_url, autocommit=True) as connection:
                return connection.execute(statement, params).fetchall()
        import sqlite3

        with sqlite3.connect(urlsplit(self.database_url).path) as connection:
            return connection.execute(statement.replace("%s", "?"), params).fetchall()

    def execute(self, statement):
        """A statement without rows (DDL) on the site's PostgreSQL database."""
        import psycopg

        with psycopg.connect(self.database_url, autocommit=True) as connection:
            connection.execute(statement)

    def admin_sql(self, statement):
        """A statement on the PostgreSQL server's maintenance database (CREATE/ALTER DATABASE)."""
        import psycopg

        parts = urlsplit(self.database_url)
        maintenance = parts._replace(path="/postgres").geturl()
        with psycopg.connect(maintenance, autocommit=True) as connection:
            connection.execute(statement)

    @property
    def database_name(self):
        return urlsplit(self.database_url).path.lstrip("/")

    def news_item(self):
        """(page id, public path, title) of a live demo news item."""
        rows = self.sql(
            "SELECT p.id, p.url_path, p.title FROM wagtailcore_page p JOIN django_content_type t "
            "ON t.id = p.content_type_id WHERE t.model = 'newspage' AND p.live ORDER BY p.id LIMIT 1"
        )
        page_id, url_path, title = rows[0]
        root = self.sql(
            "SELECT p.url_path FROM wagtailcore_site s JOIN wagtailcore_page p ON p.id = s.root_page_id "
            "WHERE s.is_default_site"
        )[0][0]
        return page_id, "/" + url_path[len(root) :], title


@dataclass
class Response:
    status: int
    headers: http.client.HTTPMessage
    text: str

    def header(self, name):
        return self.headers.get(name, "")


class Server:
    def __init__(self, name, log_path, env):
        self.name, self.port = name, free_port()
        self.log_path = log_path
        command = [
            sys.executable,
            "-m",
            "gunicorn",
            "-c",
            "deploy/gunicorn.conf.py",
            "portal.wsgi:application",
            "--bind",
            f"127.0.0.1:{self.port}",
        ]
        with open(log_path, "ab") as log:
            self.process = subprocess.Popen(command, cwd=PROJECT_DIR, env=env, stdout=log, stderr=log)
        self.wait()

    def wait(self, timeout=90):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"gunicorn {self.name} exited:\n{self.log_path.read_text()[-3000:]}")
            try:
                Visitor().get(self, "/health/")
                return
            except OSError:
                time.sleep(0.3)
        raise RuntimeError(f"gunicorn {self.name} did not answer within {timeout} s")

    def stop(self):
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


class Visitor:
    """One visitor's HTTP client with its own cookies; every request comes as through the TLS proxy.

    ``source``: the local address the connection comes from. 127.0.0.1 stands for nginx on the same
    machine (a trusted proxy by default); another loopback address, e.g. 127.0.0.2, for a visitor who
    reaches gunicorn directly."""

    def __init__(self, source="127.0.0.1"):
        self.cookies = SimpleCookie()
        self.last_set_cookies = {}
        self.source = source

    def request(self, server, method, path, data=None, headers=None, secure=True):
        connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=60, source_address=(self.source, 0))
        sent = {"Host": HOST, "X-Forwarded-For": "203.0.113.7"}
        if secure:
            sent["X-Forwarded-Proto"] = "https"
        if self.cookies:
            sent["Cookie"] = "; ".join(f"{name}={morsel.value}" for name, morsel in self.cookies.items())
        body = None
        if data is not None:
            body = urlencode(data, doseq=True)
            sent["Content-Type"] = "application/x-www-form-urlencoded"
            sent["Origin"] = f"https://{HOST}"
            sent["Referer"] = f"https://{HOST}{path}"
        sent.update(headers or {})
        try:
            connection.request(method, path, body, sent)
            response = connection.getresponse()
            text = response.read().decode("utf-8", "replace")
        finally:
            connection.close()
        self.last_set_cookies = {}
        for line in response.headers.get_all("Set-Cookie") or []:
            cookie = SimpleCookie(line)
            for name, morsel in cookie.items():
                self.last_set_cookies[name] = line
                if morsel["max-age"] == "0" or not morsel.value:
                    self.cookies.pop(name, None)
                else:
                    self.cookies[name] = morsel.value
        return Response(response.status, response.headers, text)

    def get(self, server, path, **kwargs):
        return self.request(server, "GET", path, **kwargs)

    def post(self, server, path, data, **kwargs):
        data = {"csrfmiddlewaretoken": self.cookies["csrftoken"].value, **data}
        return self.request(server, "POST", path, data=data, **kwargs)

    def log_in(self, server, username, password=PASSWORD, path="/konto/logowanie/"):
        self.get(server, path)
        response = self.post(server, path, {"username": username, "password": password})
        errors = re.findall(r'class="form-errors.*?</ul>', response.text, re.S)
        assert response.status == 302, (response.status, errors or response.text[-3000:])
        return response

    def set_up_two_factor(self, server, next_path="/admin/"):
        """An admin user's first sign-in: pair an 'authenticator app' from the key the setup page shows
        and type its current code; returns the key."""
        path = f"/konto/weryfikacja-dwuetapowa/konfiguracja/?next={next_path}"
        page = self.get(server, path)
        assert page.status == 200, page.status
        key = re.search(r'class="otp-key">([A-Z2-7 ]+)<', page.text).group(1).replace(" ", "")
        response = self.post(server, path, {"code": f"{totp(b32decode(key)):06d}", "next": next_path})
        assert response.status == 302, response.text[-3000:]
        return key
