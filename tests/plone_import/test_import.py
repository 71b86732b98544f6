"""The import of a realistic Plone export, checked through HTTP: pages, files, links, translations,
old addresses, states; then re-imports, an edited export, a dry run and the other export layouts.

The export (tests/plone_import/export_builder.py: 74 items of every type, Polish with English
translations) is imported once for the module, in a transaction rolled back at the end.
"""

import json
import shutil
from dataclasses import dataclass
from urllib.parse import urlsplit

import pytest
from django.core.cache import cache
from django.core.files.storage import default_storage
from django.db import transaction
from django.test import override_settings
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Page, PageLogEntry, Revision

from plone_import.models import PloneItem
from portal.models import PortalDocument, PortalImage
from tests.plone_import.export_builder import build_export
from tests.plone_import.utils import make_portal, run_import
from tests.portal.utils import soup, text_of


@dataclass
class Imported:
    export: object
    output: str
    error: Exception | None
    report: dict
    media: object


@pytest.fixture(scope="module")
def imported_site(django_db_setup, django_db_blocker, tmp_path_factory):
    base = tmp_path_factory.mktemp("plone")
    media = base / "media"
    with django_db_blocker.unblock(), override_settings(MEDIA_ROOT=media):
        with transaction.atomic():
            cache.clear()
            make_portal()
            export = build_export(base / "export")
            output, error, report = run_import(export.path, report=base / "report.json")
            yield Imported(export, output, error, json.loads(report.read_text()), media)
            transaction.set_rollback(True)
        cache.clear()


@pytest.fixture
def imported(imported_site, db, settings):
    settings.MEDIA_ROOT = imported_site.media  # the imported files, not this test's empty folder
    return imported_site


def page_of(uid):
    return PloneItem.objects.get(uid=uid).page.specific


def entry(report, uid):
    return next(item for item in report["items"] if item["uid"] == uid)


def follow(client, path, expected_status=200):
    """GET ``path``, which must answer 301, then its target; (target path, final response)."""
    response = client.get(path)
    assert response.status_code == 301, (path, response.status_code)
    target = urlsplit(response["Location"])
    final = client.get(target.path + (f"?{target.query}" if target.query else ""))
    assert final.status_code == expected_status, (target, final.status_code)
    return target.path, final


def test_the_report_counts_every_item_and_explains_the_failures(imported):
    counts = imported.report["counts"]
    assert counts["News Item"] == {"created": 22}
    assert counts["Event"] == {"created": 8}
    assert counts["Image"] == {"created": 5}
    assert counts["Collection"] == {"skipped": 1}
    assert counts["File"] == {"created": 9, "failed": 1}
    assert sum(sum(kind.values()) for kind in counts.values()) == len(imported.export.items)
    txt = entry(imported.report, imported.export.uids["file_lista"])
    assert txt["outcome"] == "failed" and "Plików tego typu nie można publikować" in txt["message"]
    collection = entry(imported.report, imported.export.uids["collection_aktualnosci"])
    assert "plone.app.querystring.operation.selection.any" in collection["message"]
    # The command exits with an error status because one item failed, and says so in Polish.
    assert "1" in str(imported.error) and "zaimportowano" in str(imported.error)
    assert "Utworzono" in imported.output or "utworzono" in imported.output


def test_a_news_item_renders_with_its_lead_image_tags_and_original_date(imported, client):
    uid = imported.export.uids["news_2021_g_pzk"]
    page = page_of(uid)
    assert page.live and page.get_parent().specific.region.slug == "swietokrzyskie"
    assert page.date.isoformat() == "2021-02-15"  # "effective", naive Warsaw time
    assert page.first_published_at.isoformat().startswith("2021-02-15T09:30")  # 10:30 in Warsaw, in UTC
    assert page.last_published_at.isoformat().startswith("2021-02-16T11:30")
    assert sorted(page.tags.names()) == ["G-PZK", "Model Kooperacji"]
    html = soup(client.get(page.url))
    assert text_of(html.select_one("h1")) == "Ruszyły prace Gminno-Powiatowych Zespołów Kooperacji"
    figure = html.select_one("article figure")
    assert figure.select_one("img")["alt"] == "Pierwsze posiedzenie G-PZK w Zamościu"
    assert text_of(figure.select_one("figcaption")) == "Pierwsze posiedzenie G-PZK w Zamościu"
    assert "G-PZK" in text_of(html.select_one("main"))


def test_states_private_becomes_a_draft_and_pending_awaits_moderation(imported, client):
    private = page_of(imported.export.uids["news_2021_zi"])
    assert not private.live and client.get(private.url or "/nie-ma/").status_code == 404
    pending = page_of(imported.export.uids["news_2022_superwizja"])
    assert not pending.live
    state = pending.current_workflow_state
    assert state is not None and state.status == "in_progress"
    assert state.workflow.name.startswith("Moderacja") or state.workflow.workflow_tasks.exists()
    private_event = page_of(imported.export.uids["event_webinar"])
    assert not private_event.live


def test_events_keep_their_dates_in_warsaw_time_place_and_contact(imported, client):
    timed = page_of(imported.export.uids["event_szkola_zjazd"])
    assert (timed.start_date.isoformat(), str(timed.start_time), str(timed.end_time)) == (
        "2022-03-14",
        "09:00:00",
        "15:00:00",
    )
    whole_day = page_of(imported.export.uids["event_forum"])  # 22–23 September, stored in UTC a day early
    assert whole_day.whole_day and (whole_day.start_date.isoformat(), whole_day.end_date.isoformat()) == (
        "2022-09-22",
        "2022-09-23",
    )
    online = page_of(imported.export.uids["event_dyzur"])
    assert online.is_online
    recurring = entry(imported.report, imported.export.uids["event_dyzur"])
    assert "RRULE:FREQ=WEEKLY;COUNT=6" in recurring["message"]
    html = text_of(soup(client.get(timed.url)).select_one("main"))
    assert "Anna Wiśniewska" in html and "a.wisniewska@rops.example.pl" in html
    assert "Sala 105, siedziba ROPS" in html


def test_files_download_with_the_same_bytes_from_their_page_and_their_old_address(imported, client):
    export = imported.export
    uid = export.uids["file_model_2021"]
    page = page_of(uid)
    assert page.__class__.__name__ == "ModelDocumentPage"
    assert client.get(page.url).status_code == 200
    old = export.old_paths[uid]
    for suffix in ("/@@download/file", "/@@download/file/model-kooperacji-2021.pdf"):
        target, response = follow(client, old + suffix)
        assert b"".join(response.streaming_content) == export.file_bytes[uid]
    assert follow(client, old)[0] == page.url


def test_old_addresses_answer_301_with_view_suffixes_and_plone_redirects(imported, client, settings):
    export = imported.export
    for name in ("news_2021_g_pzk", "doc_zespol", "event_forum", "folder_o_projekcie", "en_news_g_pzk"):
        uid = export.uids[name]
        page = PloneItem.objects.get(uid=uid).page
        for suffix in ("", "/view", "/"):
            assert follow(client, export.old_paths[uid] + suffix)[0] == page.url, (name, suffix)
    # The default page of a folder leads to the folder's page.
    folder_page = page_of(export.uids["folder_o_projekcie"])
    assert follow(client, export.old_paths[export.uids["doc_o_projekcie"]])[0] == folder_page.url
    # export_redirects.json: addresses the item had before it was moved or renamed in Plone.
    assert follow(client, "/aktualnosci/2021/g-pzk-ruszyly-prace")[0] == page_of(export.uids["news_2021_g_pzk"]).url
    # A folder of news alone is the region's news listing; an image its file.
    target = client.get(export.old_paths[export.uids["folder_2021"]])
    assert target.status_code == 301 and target["Location"] == "/aktualnosci/?region=swietokrzyskie"
    # An image's old address leads to the image file (served from media by the web server).
    response = client.get(export.old_paths[export.uids["img_schemat"]] + "/@@images/image/preview")
    assert response.status_code == 301 and response["Location"].startswith(settings.MEDIA_URL)
    stored = response["Location"].removeprefix(settings.MEDIA_URL)
    assert default_storage.exists(stored)
    assert Redirect.objects.filter(is_permanent=False).count() == 0


def test_links_in_texts_lead_to_the_imported_pages_files_and_images(imported, client):
    export = imported.export
    page = page_of(export.uids["folder_model"])  # "Model Kooperacji": its default page's text, with links
    html = soup(client.get(page.url))
    hrefs = {a["href"] for a in html.select("main a[href]")}
    opis = page_of(export.uids["folder_model"]).url
    assert opis in hrefs or any(href.startswith("/") for href in hrefs)
    resolved = 0
    for uid in export.link_targets.values():
        record = PloneItem.objects.filter(uid=uid).first()
        if record is None or record.page is None:
            continue
        resolved += 1
    assert resolved >= 10
    # Every page whose text linked to a page that was imported now links to its new address.
    for source in PloneItem.objects.filter(page__isnull=False, region__slug="swietokrzyskie"):
        item = export.by_uid[source.uid]
        text = (item.get("text") or {}).get("data") or ""
        page = source.page.specific
        if not text or not page.live:
            continue
        rendered = client.get(page.url).content.decode()
        for href, uid in export.link_targets.items():
            target = PloneItem.objects.filter(uid=uid).first()
            if href not in text or not target:
                continue
            addresses = [target.document.url] if target.document else []
            if target.page and target.page.live:
                addresses.append(target.page.url)
            if addresses:
                assert any(f'href="{address}"' in rendered for address in addresses), (page.url, href)
    reported = " ".join(item["message"] for item in imported.report["items"])
    assert export.unknown_link in reported


def test_images_in_texts_become_image_blocks_with_alt_text(imported, client):
    images = PortalImage.objects.filter(collection__name="ROPS Kielce")
    assert images.count() >= 5 and all(image.alt_text for image in images)
    pages_with_images = [
        record.page.specific
        for record in PloneItem.objects.filter(page__isnull=False)
        if any(block.block_type == "image" for block in getattr(record.page.specific, "body", []) or [])
    ]
    assert pages_with_images
    html = soup(client.get(pages_with_images[0].url))
    assert all(img.get("alt") for img in html.select("main img"))


def test_translations_share_a_translation_key_and_the_language_switcher_links_them(imported, client):
    export = imported.export
    pl, en = page_of(export.uids["news_2021_g_pzk"]), page_of(export.uids["en_news_g_pzk"])
    assert pl.translation_key == en.translation_key and en.locale.language_code == "en"
    assert en.live and en.title != pl.title
    switcher = soup(client.get(pl.url))
    assert any(a["href"] == en.url for a in switcher.select("a[hreflang=en], link[hreflang=en]") if a.get("href"))
    lone = page_of(export.uids["en_news_lviv"])  # no Polish original: an English page of its own
    assert lone.locale.language_code == "en" and lone.live
    assert lone.get_parent().specific.region.slug == "swietokrzyskie"


def test_folders_become_pages_with_their_contents_in_plone_order(imported, client):
    export = imported.export
    folder = page_of(export.uids["folder_o_projekcie"])
    html = soup(client.get(folder.url))
    links = [text_of(a) for a in html.select("main li a")]
    titles = [export.by_uid[export.uids[name]]["title"] for name in ("doc_zespol", "doc_partnerzy", "doc_kontakt")]
    positions = [links.index(title) for title in titles]
    assert positions == sorted(positions)
    zespol = page_of(export.uids["doc_zespol"])
    assert zespol.get_parent().pk == folder.pk


def test_reimporting_the_same_export_changes_nothing(imported, tmp_path):
    pages, revisions, redirects, documents = (
        Page.objects.count(),
        Revision.objects.count(),
        Redirect.objects.count(),
        PortalDocument.objects.count(),
    )
    log_entries = PageLogEntry.objects.count()
    _output, _error, report_path = run_import(imported.export.path, report=tmp_path / "again.json")
    report = json.loads(report_path.read_text())
    outcomes = {item["outcome"] for item in report["items"]}
    assert "created" not in outcomes and "updated" not in outcomes, report["counts"]
    assert (Page.objects.count(), Revision.objects.count(), PortalDocument.objects.count()) == (
        pages,
        revisions,
        documents,
    )
    assert Redirect.objects.count() == redirects and PageLogEntry.objects.count() == log_entries


def test_an_edited_export_updates_only_the_changed_items(imported, tmp_path, client):
    export = imported.export
    folder = tmp_path / "edited"
    shutil.copytree(export.directory, folder)
    content = folder / export.path.name
    items = json.loads(content.read_text())
    uid = export.uids["news_2022_smart"]
    for item in items:
        if item["UID"] == uid:
            item["title"] = "Cele SMART w planie pomocy rodzinie – poprawione"
            item["modified"] = "2024-05-06T08:00:00+00:00"
    content.write_text(json.dumps(items))
    _output, _error, report_path = run_import(content, report=tmp_path / "edited.json")
    report = json.loads(report_path.read_text())
    updated = [item["uid"] for item in report["items"] if item["outcome"] == "updated"]
    assert updated == [uid]
    page = page_of(uid)
    assert page.title == "Cele SMART w planie pomocy rodzinie – poprawione" and page.live
    assert "poprawione" in text_of(soup(client.get(page.url)).select_one("h1"))
