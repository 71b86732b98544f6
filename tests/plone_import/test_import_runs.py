"""Imports on a fresh portal: --only, --dry-run, the folder layout with blob paths, files only linked
from texts, and bad input (broken JSON, a truncated file, bad base64, unknown types, missing parents,
a 50 MB file): clear Polish messages, nothing half-written, a non-zero exit status."""

import json
import os

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Page

from plone_import.models import PloneItem
from portal.models import PortalDocument
from tests.plone_import.export_builder import build_export
from tests.plone_import.utils import run_import


def report_of(path):
    return json.loads(path.read_text())


def outcome(report, uid):
    return next(item for item in report["items"] if item["uid"] == uid)


def test_only_some_types_can_be_imported(portal_site, export, tmp_path):
    _output, _error, report_path = run_import(export.path, "--only", "Event", report=tmp_path / "r.json")
    report = json.loads(report_path.read_text())
    assert report["counts"]["Event"] == {"created": 8}
    assert set(report["counts"]["News Item"]) == {"skipped"}
    assert not PloneItem.objects.filter(portal_type="News Item").exists()


def test_a_dry_run_reports_and_changes_nothing(portal_site, export, tmp_path, settings):
    pages, documents = Page.objects.count(), PortalDocument.objects.count()
    output, error, report_path = run_import(export.path, "--dry-run", report=tmp_path / "dry.json")
    report = json.loads(report_path.read_text())
    assert report["dry_run"] and report["counts"]["News Item"] == {"created": 22}
    assert "Przebieg próbny (bez zmian w danych)" in output
    assert (Page.objects.count(), PortalDocument.objects.count(), PloneItem.objects.count()) == (pages, documents, 0)
    assert not Redirect.objects.exists()
    media = settings.MEDIA_ROOT
    left = [path for path in media.rglob("*") if path.is_file()] if media.exists() else []
    assert left == []


def test_the_folder_layout_with_blob_paths_imports_the_same(portal_site, tmp_path, client):
    export = build_export(tmp_path / "export", layout="folder", blobs="blob_path")
    _output, _error, report_path = run_import(export.path, report=tmp_path / "folder.json")
    report = json.loads(report_path.read_text())
    assert report["counts"]["News Item"] == {"created": 22} and report["counts"]["File"]["created"] == 9
    uid = export.uids["file_raport"]
    _target, response = follow(client, export.old_paths[uid] + "/@@download/file")
    assert b"".join(response.streaming_content) == export.file_bytes[uid]


def follow(client, path):
    response = client.get(path)
    assert response.status_code == 301, (path, response.status_code)
    final = client.get(response["Location"])
    assert final.status_code == 200
    return response["Location"], final


def small_export(export, names, tmp_path, change=None):
    """A single-file export of some of ``export``'s items (by symbolic name), each changed by ``change``."""
    wanted = {export.uids[name] for name in names}
    items = [json.loads(json.dumps(item)) for item in export.items if item["UID"] in wanted]
    for item in items:
        if change:
            change(item)
    path = tmp_path / "small.json"
    path.write_text(json.dumps(items))
    return path


STRUCTURE = ["site", "lrf_pl", "folder_aktualnosci", "folder_2021"]


def test_a_file_linked_only_from_texts_and_hidden_from_navigation_has_no_page(portal_site, export, tmp_path, client):
    content = json.loads(export.path.read_text())
    agenda = export.uids["file_agenda"]
    for item in content:
        if item["UID"] == agenda:
            item["exclude_from_nav"] = True
    export.path.write_text(json.dumps(content))
    run_import(export.path, report=tmp_path / "r.json")
    record = PloneItem.objects.get(uid=agenda)
    assert record.page is None and record.document is not None
    forum = PloneItem.objects.get(uid=export.uids["event_forum"]).page
    assert f'href="{record.document.url}"' in client.get(forum.url).content.decode()
    _location, response = follow(client, export.old_paths[agenda])
    assert b"".join(response.streaming_content) == export.file_bytes[agenda]


def test_missing_paths_regions_and_types_are_refused_with_polish_messages(portal_site, tmp_path):
    with pytest.raises(CommandError, match="Nie ma pliku ani folderu"):
        call_command("import_plone", str(tmp_path / "brak.json"), "--region", "swietokrzyskie")
    (tmp_path / "a.json").write_text("[]")
    with pytest.raises(CommandError, match="Nie ma regionu „mazowsze”"):
        call_command("import_plone", str(tmp_path / "a.json"), "--region", "mazowsze")
    with pytest.raises(CommandError, match="Nieznane typy w --only: Newsy"):
        call_command("import_plone", str(tmp_path / "a.json"), "--region", "swietokrzyskie", "--only", "Newsy")
    (tmp_path / "obj.json").write_text('{"items": []}')
    with pytest.raises(CommandError, match="nie zawiera listy elementów"):
        call_command("import_plone", str(tmp_path / "obj.json"), "--region", "swietokrzyskie")


@pytest.mark.parametrize("cut", [0.5, 0.999])
def test_invalid_or_truncated_json_changes_nothing(portal_site, export, tmp_path, cut):
    data = export.path.read_bytes()
    broken = tmp_path / "broken.json"
    broken.write_bytes(data[: int(len(data) * cut)])
    pages = Page.objects.count()
    output, error, _report = run_import(broken, report=tmp_path / "r.json")
    assert error is not None and "nie jest poprawnym JSON-em" in str(error) and "wiersz" in str(error)
    assert Page.objects.count() == pages and not PloneItem.objects.exists()


def test_bad_items_are_reported_and_skipped_and_the_rest_is_imported(portal_site, export, tmp_path):
    good, bad_base64, bad_parent = (
        export.uids["news_2021_asystent"],
        export.uids["file_procedury"],
        export.uids["news_2021_szkola"],
    )
    names = STRUCTURE + [
        "news_2021_asystent",
        "news_2021_szkola",
        "folder_dokumenty",
        "folder_model",
        "file_procedury",
        "doc_zespol",
    ]

    def change(item):
        if item["UID"] == bad_base64:
            item["file"]["data"] = "to nie jest base64!!!"
        if item["UID"] == bad_parent:
            item["@type"] = "Ankieta"
        if item["@type"] == "Document":
            item["parent"]["UID"] = "0" * 32  # its folder is not in the export

    path = small_export(export, names, tmp_path, change)
    documents = PortalDocument.objects.count()
    _output, error, report_path = run_import(path, report=tmp_path / "r.json")
    report = report_of(report_path)
    assert error is not None
    assert outcome(report, good)["outcome"] == "created"
    assert PloneItem.objects.get(uid=good).page.live
    base64_failure = outcome(report, bad_base64)
    assert base64_failure["outcome"] == "failed" and "nie są poprawnym base64" in base64_failure["message"]
    assert PortalDocument.objects.count() == documents  # nothing half-written for the broken file
    assert "Nieznany typ Plone „Ankieta”" in outcome(report, bad_parent)["message"]
    orphan = outcome(report, export.uids["doc_zespol"])
    assert orphan["outcome"] == "created" and "nie ma w eksporcie" in orphan["message"]
    assert PloneItem.objects.get(uid=export.uids["doc_zespol"]).page.get_parent().specific.region.slug == (
        "swietokrzyskie"
    )


def test_a_50_megabyte_file_is_refused_before_it_is_read(portal_site, export, tmp_path, settings):
    settings.PORTAL_MAX_DOCUMENT_SIZE = 50 * 1024 * 1024
    big = export.uids["file_raport"]
    blob = tmp_path / "blobstorage" / "0x00" / "big.blob"
    blob.parent.mkdir(parents=True)
    with blob.open("wb") as handle:  # sparse: 51 MB on paper, nothing on disk
        handle.truncate(51 * 1024 * 1024)

    def change(item):
        if item["UID"] == big:
            item["file"] = {
                "blob_path": "0x00/big.blob",
                "filename": "ogromny.pdf",
                "content-type": "application/pdf",
                "size": 51 * 1024 * 1024,
            }

    path = small_export(export, STRUCTURE + ["folder_dokumenty", "folder_raporty", "file_raport"], tmp_path, change)
    _output, error, report_path = run_import(path, report=tmp_path / "r.json")
    failure = outcome(report_of(report_path), big)
    assert failure["outcome"] == "failed" and "51,0 MB" in failure["message"] and "50 MB" in failure["message"]
    assert not PloneItem.objects.filter(uid=big).exists()
    os.remove(blob)


def test_a_blob_path_outside_the_blob_folder_is_refused(portal_site, export, tmp_path):
    uid = export.uids["file_raport"]

    def change(item):
        if item["UID"] == uid:
            item["file"] = {
                "blob_path": "../../../../etc/passwd",
                "filename": "raport.pdf",
                "content-type": "application/pdf",
            }

    path = small_export(export, STRUCTURE + ["folder_dokumenty", "folder_raporty", "file_raport"], tmp_path, change)
    _output, _error, report_path = run_import(path, report=tmp_path / "r.json")
    failure = outcome(report_of(report_path), uid)
    assert failure["outcome"] == "failed" and "wskazuje poza folder" in failure["message"]
