"""gunicorn's configuration for the portal: ``gunicorn -c deploy/gunicorn.conf.py portal.wsgi``.

Every value can be changed from the environment (the systemd unit in deploy/ sets them) or on the
command line, which wins over this file. docs/operations.md explains the choices.
"""

import gc
import multiprocessing
import os

from django.db import connections
from django.urls import get_resolver

# The project directory is the working directory (gunicorn puts it on the path before reading this
# file); the module needs nothing from Django until preload() runs.
from search.lemmas import preload

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
# Synchronous workers: the portal's pages are short database-bound requests. Two per core, plus one.
workers = int(os.environ.get("WEB_CONCURRENCY", multiprocessing.cpu_count() * 2 + 1))
timeout = int(os.environ.get("GUNICORN_TIMEOUT", 30))
graceful_timeout = 20
keepalive = 5
# A worker is replaced after about a thousand requests, so that a slow leak never grows for long; the
# wide jitter keeps evenly loaded workers from being replaced at the same moment.
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", 1000))
max_requests_jitter = max_requests // 4
# The heartbeat file on a memory file system, so that a slow disk never makes a worker look dead.
worker_tmp_dir = "/dev/shm" if os.path.isdir("/dev/shm") else None

# The application is loaded once in the master and the workers are forked from it: Django, Wagtail and
# simplemma's Polish dictionary (about 400 MB, several seconds to load: see when_ready) are then loaded
# once and shared, and a new worker answers its first request at once.
preload_app = True

# The addresses of the reverse proxies whose X-Forwarded-* headers are believed.
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")

accesslog = os.environ.get("GUNICORN_ACCESS_LOG", "-") or None  # empty: no access log
errorlog = "-"
loglevel = os.environ.get("LOG_LEVEL", "info").lower()
# The proxy's client address and the time each request took (microseconds), for the access log.
access_log_format = '%({x-forwarded-for}i)s %(h)s "%(r)s" %(s)s %(B)s %(D)sus "%(a)s"'


def when_ready(server):
    """In the master, before the workers are forked:

    - load the search's Polish dictionary;
    - import every view through the URLconf, so that a worker forked later (after max_requests, or a
      HUP) runs the master's code and never mixes it with newer files on disk;
    - close any database connection the loading opened (a connection must never be shared by forked
      workers);
    - freeze what is loaded out of the garbage collector's reach: a worker then neither copies those
      pages when collecting nor spends seconds walking the dictionary when it exits.
    """
    seconds = preload()
    get_resolver().url_patterns  # noqa: B018  (imports the views)
    connections.close_all()
    gc.freeze()
    server.log.info("Polish dictionary loaded in %.1f s", seconds)
