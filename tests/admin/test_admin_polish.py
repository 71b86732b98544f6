"""The admin in Polish, as a region's editor and moderator meet it: no message of Wagtail's left in English.

Wagtail's own catalogues (and those of its add-ons) lack Polish for some messages; the portal supplies
it in locale/overrides. Each screen an editor or moderator works in is rendered, and every message of
Wagtail's that has no Polish in the catalogues Django merges must not be on it, nor the English the
review found ("0 Images", "1-9 of 9 strony", "Saved", "Layout"…).
"""

import json
import re
from pathlib import Path

import polib
import pytest
import wagtail
from django.apps import apps
from django.contrib.auth import get_user_model
from django.utils import translation
from django.utils.translation import trans_real
from wagtail.models import Page

from news.models import NewsPage
from portal.models import PortalDocument, PortalImage, RegionPage
from tests.governance.utils import add_url, edit_url, news_form_data

SITE_PACKAGES = Path(wagtail.__file__).resolve().parent.parent


def source_catalogues():
    """The English source catalogues (all msgids) of the installed Wagtail apps, taggit's and wagtail-localize's."""
    for app in apps.get_app_configs():
        path = Path(app.path) / "locale/en/LC_MESSAGES/django.po"
        if SITE_PACKAGES in path.parents and path.exists():
            yield path


# What the review saw in English on Polish screens.
SEEN_IN_ENGLISH = [
    " Images ",
    " Documents ",
    "created in",
    re.compile(r"\d+-\d+ of \d+"),
    ">Saved<",
    "Why not",
    ">Layout<",
    "could not be created due to validation errors",
    "is already in use",
]
# A message counts as on the screen when it is a whole text, or the whole value of an attribute people
# meet (a tooltip, a label, a placeholder): short words such as "any" or "name" inside other text, code,
# JSON or class names are not messages.
PLACEHOLDER = re.compile(r"%\(\w+\)[sd]|%[sd]|\{\w*\}")
HUMAN_ATTRIBUTE = r"(?:title|alt|placeholder|aria-label|aria-description|data-[\w-]*(?:label|text|message|title))"


def untranslated_messages():
    """Wagtail's msgids that the Polish catalogues Django merges (overrides included) do not translate."""
    with translation.override("pl"):
        catalogue = trans_real.translation("pl")._catalog
    messages = set()
    for path in source_catalogues():
        for entry in polib.pofile(str(path)):
            if entry.obsolete or not re.search(r"[A-Za-z]{2}", entry.msgid):
                continue
            keys = [entry.msgid] + ([f"{entry.msgctxt}\x04{entry.msgid}"] if entry.msgctxt else [])
            if all(catalogue.get((key, 0) if entry.msgid_plural else key) is None for key in keys):
                messages.add(entry.msgid)
                if entry.msgid_plural:
                    messages.add(entry.msgid_plural)
    return messages


def message_pattern(msgid):
    parts = [re.escape(part) for part in PLACEHOLDER.split(msgid)]
    body = r"[^<>\"]{0,200}?".join(parts)
    return re.compile(r">\s*" + body + r"\s*<|" + HUMAN_ATTRIBUTE + r"=\"\s*" + body + r"\s*\"")


def has_words(msgid):
    """Whether the msgid says something besides its placeholders and markup ("%(field_label)s:" does not)."""
    return len(re.findall(r"[A-Za-z]", re.sub(r"<[^>]*>", "", PLACEHOLDER.sub("", msgid)))) >= 3


@pytest.fixture(scope="module")
def patterns():
    return {msgid: message_pattern(msgid) for msgid in untranslated_messages() if has_words(msgid)}


def english_on(html, patterns):
    found = [msgid for msgid, pattern in patterns.items() if pattern.search(html)]
    for seen in SEEN_IN_ENGLISH:
        if (seen.search(html) if isinstance(seen, re.Pattern) else seen in html) and seen not in found:
            found.append(seen if isinstance(seen, str) else seen.pattern)
    return found


def screens(region_page, news):
    return [
        "/admin/",
        f"/admin/pages/{region_page.pk}/",
        f"/admin/pages/{region_page.pk}/?p=2",
        add_url("news", "newspage", region_page),
        add_url("news", "eventpage", region_page),
        edit_url(news),
        f"/admin/pages/{news.pk}/history/",
        f"/admin/pages/{news.pk}/usage/",
        "/admin/pages/search/?q=kooperacja",
        "/admin/images/",
        "/admin/images/?layout=list",
        "/admin/images/multiple/add/",
        f"/admin/images/{PortalImage.objects.first().pk}/",
        "/admin/documents/",
        "/admin/documents/multiple/add/",
        f"/admin/documents/edit/{PortalDocument.objects.first().pk}/",
        "/admin/snippets/",
        "/admin/snippets/portal/team/",
        "/admin/workflows/tasks/index/",
        "/admin/reports/locked/",
        "/admin/reports/site-history/",
        "/admin/reports/aging-pages/",
        "/admin/account/",
    ]


@pytest.mark.parametrize("username", ["redaktor.swietokrzyskie", "moderator.swietokrzyskie"])
def test_editors_screens_have_no_english_wagtail_message(demo_portal, db, client, patterns, username):
    client.force_login(get_user_model().objects.get(username=username))
    region_page = RegionPage.objects.get(slug="swietokrzyskie", locale__language_code="pl")
    news = NewsPage.objects.descendant_of(region_page).first()
    english, shown = {}, 0
    for url in screens(region_page, news):
        response = client.get(url, HTTP_ACCEPT_LANGUAGE="pl")
        if response.status_code != 200:
            continue  # a screen this person may not open (redirect or refusal) shows them nothing of it
        shown += 1
        found = english_on(response.content.decode(), patterns)
        if found:
            english[url] = found
    assert shown >= 15, "the editor could open too few screens for the test to mean anything"
    assert english == {}, english


@pytest.mark.parametrize("username", ["redaktor.swietokrzyskie", "moderator.swietokrzyskie"])
def test_page_form_errors_are_in_polish(demo_portal, db, client, patterns, username):
    """The add form posted without a title and with a taken slug of an existing page: the errors are Polish."""
    client.force_login(get_user_model().objects.get(username=username))
    region_page = RegionPage.objects.get(slug="swietokrzyskie", locale__language_code="pl")
    first, second = NewsPage.objects.child_of(region_page)[:2]

    created = client.post(add_url("news", "newspage", region_page), news_form_data("", "nowa-aktualnosc"))
    edited = client.post(edit_url(second), news_form_data(second.title, first.slug))

    assert created.status_code == 200 and edited.status_code == 200
    for response in (created, edited):
        html = response.content.decode()
        assert english_on(html, patterns) == []
    assert "Nie utworzono strony: formularz zawiera błędy." in created.content.decode()
    assert f"Adres „{first.slug}” jest już zajęty" in edited.content.decode()
    assert Page.objects.filter(slug="nowa-aktualnosc").count() == 0


def test_admin_javascript_messages_are_polish(admin_client):
    """Wagtail's admin scripts take their messages from /admin/jsi18n/; none of its msgids is left in English."""
    source = polib.pofile(str(SITE_PACKAGES / "wagtail/admin/locale/en/LC_MESSAGES/djangojs.po"))

    response = admin_client.get("/admin/jsi18n/", HTTP_ACCEPT_LANGUAGE="pl")

    script = response.content.decode()
    untranslated = [
        entry.msgid
        for entry in source
        if not entry.obsolete and re.search(r"[A-Za-z]{2}", entry.msgid) and json.dumps(entry.msgid) + ":" not in script
    ]
    assert response.status_code == 200
    assert "Zmiany zapisano automatycznie." in script
    assert untranslated == []
