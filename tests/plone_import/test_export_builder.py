"""Checks of the test-data builder itself (tests/plone_import/export_builder.py)."""

import base64
import collections
import json

import pytest

from tests.plone_import.export_builder import PNG_SIGNATURE, SIDE_EXPORTS, build_export, generate_news


def _load_items(info):
    if info.layout == "single":
        return json.loads(info.path.read_text(encoding="ascii"))
    files = sorted(info.path.glob("*.json"), key=lambda path: int(path.stem))  # 1, 2, ... 10 numerically
    return [json.loads(path.read_text(encoding="ascii")) for path in files]


def _blob(info, value):
    if "blob_path" in value:
        return (info.blob_home / value["blob_path"]).read_bytes()
    assert value["encoding"] == "base64"
    return base64.b64decode(value["data"])


@pytest.mark.parametrize("layout", ["single", "folder"])
@pytest.mark.parametrize("blobs", ["base64", "blob_path"])
def test_export_is_consistent(tmp_path, layout, blobs):
    info = build_export(tmp_path, layout=layout, blobs=blobs)
    items = _load_items(info)

    assert items == info.items
    assert len(items) >= 60
    assert [item["@id"] for item in items] == sorted(item["@id"] for item in items)  # sort_on="path"
    types = collections.Counter(item["@type"] for item in items)
    assert types["Plone Site"] == 1 and types["LRF"] == 2 and types["LIF"] == 1
    assert types["News Item"] >= 20 and types["Event"] >= 8 and types["File"] >= 10 and types["Image"] >= 5
    assert types["Link"] == 2 and types["Collection"] == 1
    assert {item["review_state"] for item in items if "review_state" in item} >= {"published", "private", "pending"}

    uids = {item["UID"] for item in items}
    for item in items:
        if item["@type"] == "Plone Site":
            assert item["parent"] == {}
            continue
        assert item["parent"]["UID"] in uids, item["@id"]
        assert item["@id"] == info.site_url + info.old_paths[item["UID"]]

    for name in SIDE_EXPORTS:
        data = json.loads(info.side_files[name].read_text(encoding="ascii"))
        assert data, name
        assert info.side_files[name].name == f"export_{name}.json"
    for group in info.translations:
        assert set(group.values()) <= uids
    for page in info.default_pages:
        assert page["uuid"] in uids and page["default_page_uuid"] in uids
    for old, new in info.redirects.items():
        assert old.startswith("/Plone/") and new.startswith("/Plone/")
    assert set(info.link_targets.values()) <= uids
    assert info.unknown_link == info.missing_links[0]

    for uid, data in info.file_bytes.items():
        assert _blob(info, info.by_uid[uid]["file"]) == data
    for uid, data in info.image_bytes.items():
        assert _blob(info, info.by_uid[uid]["image"]) == data
        assert data.startswith(PNG_SIGNATURE)
    pdfs = [data for uid, data in info.file_bytes.items() if info.by_uid[uid]["id"].endswith(".pdf")]
    assert len(pdfs) >= 5 and all(data.startswith(b"%PDF-1.4") and data.rstrip().endswith(b"%%EOF") for data in pdfs)
    if blobs == "blob_path":
        assert info.blob_home == tmp_path / "blobstorage"
        assert all(
            (info.blob_home / value["blob_path"]).is_file()
            for item in items
            for value in (item.get("file"), item.get("image"))
            if value
        )
    else:
        assert info.blob_home is None


def test_export_is_deterministic(tmp_path):
    first = build_export(tmp_path / "a")
    second = build_export(tmp_path / "b")
    assert first.path.read_bytes() == second.path.read_bytes()


def test_plone5_variant_without_site_root(tmp_path):
    info = build_export(tmp_path, include_site_root=False, migration=False, side_file_prefix="")
    assert all(item["@type"] != "Plone Site" for item in info.items)
    roots = [item for item in info.items if item["@type"] == "LRF"]
    assert roots and all(item["parent"]["UID"] is None for item in roots)
    polish = next(item for item in roots if item["id"] == "pl")
    assert polish["language"] == {"title": "Polski", "token": "pl"}
    assert (tmp_path / "redirects.json").is_file()


def test_generate_news(tmp_path):
    path = generate_news(tmp_path, 120)
    items = json.loads(path.read_text(encoding="ascii"))
    news = [item for item in items if item["@type"] == "News Item"]
    assert len(news) == 120
    assert len({item["id"] for item in news}) == 120
    assert len({item["title"] for item in news}) == 120
    assert [item["@type"] for item in items[:3]] == ["Plone Site", "LRF", "Folder"]
