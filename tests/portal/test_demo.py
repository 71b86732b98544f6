"""`manage.py load_demo` on a fresh database: what it replaces, the password it prints, ``--if-empty``.

What the loaded demo holds is in test_demo_content.py."""

import io
import re

from django.core.management import call_command
from django.http import HttpRequest
from wagtail.models import Page

from portal.models import Region
from tests.portal.utils import WELCOME_TITLE, demo_counts, load_demo


def test_a_fresh_database_starts_with_wagtails_welcome_page(db):
    # What load_demo replaces: the page Wagtail's migrations create.
    assert Page.objects.filter(depth=2, title=WELCOME_TITLE).exists()


def test_without_the_environment_variable_the_printed_password_works(client, db, monkeypatch):
    monkeypatch.delenv("DEMO_ADMIN_PASSWORD", raising=False)

    output = load_demo()

    match = re.search(r"password: (\S+)", output)
    assert match, output
    assert client.login(request=HttpRequest(), username="admin", password=match.group(1))


def test_if_empty_does_nothing_on_a_portal_with_content(home):
    before = demo_counts()

    out = io.StringIO()
    call_command("load_demo", "--if-empty", stdout=out)

    assert demo_counts() == before
    assert not Region.objects.exists()
