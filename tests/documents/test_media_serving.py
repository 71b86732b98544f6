"""/media/ serves the raster images only, in development as behind production's web server (issue 19, item 10).

Documents are read only through Django's permission-checked views (/dokumenty-pliki/, /pobierz/), which
refuse restricted and embargoed files; a direct /media/documents/… address would hand them to anyone.
The nginx example in docs/operations.md is checked here too: its locations are matched the way nginx
matches them, for the addresses of documents and of images.
"""

import importlib
import re
from pathlib import Path

import pytest
from django.test import override_settings
from django.urls import clear_url_caches
from wagtail.models import PageViewRestriction

import portal.urls
from tests.factories import ImageFactory, ModelDocumentPageFactory, attach_pdf

OPERATIONS = Path(__file__).resolve().parents[2] / "docs" / "operations.md"

# Addresses a visitor could try, and whether the web server itself may answer them from the disk.
ADDRESSES = {
    "/media/documents/ok.pdf": False,
    "/media/documents/zdjecie.png": False,  # a document may be a picture: still a document
    "/media/documents/original_images/x.png": False,
    "/media/DOCUMENTS/ok.pdf": False,
    "/media/wagtail_uploads/czeka-na-opis.jpg": False,
    "/media/original_images/strona.html": False,
    "/media/original_images/../documents/ok.pdf": False,  # nginx normalises the URI before matching
    "/media/original_images/zdjecie.jpg": True,
    "/media/images/zdjecie.width-800.webp": True,
    "/media/avatar_images/ja.PNG": True,
}


@pytest.fixture
def development_urls():
    """The URLs as ``make run`` has them (DEBUG on), rebuilt from portal/urls.py, and back afterwards."""
    with override_settings(DEBUG=True):
        importlib.reload(portal.urls)
        clear_url_caches()
        yield
    importlib.reload(portal.urls)
    clear_url_caches()


def test_development_serves_no_document_from_media(client, regions, development_urls):
    page = ModelDocumentPageFactory(parent=regions.kielce)
    file = attach_pdf(page, "Raport dla zespołu", "raport.pdf")
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    image = ImageFactory(title="Spotkanie")

    assert client.get(f"/media/{file.document.file.name}").status_code == 404
    assert client.get(f"/pobierz/{file.pk}/raport.pdf").status_code == 302  # the sign-in page
    assert client.get(f"/media/{image.file.name}").status_code == 200
    assert client.get("/media/wagtail_uploads/czeka-na-opis.jpg").status_code == 404


@pytest.mark.parametrize(("address", "public"), ADDRESSES.items())
def test_development_media_addresses(client, home, media_root, development_urls, address, public):
    target = media_root / Path(address).relative_to("/media")
    target.resolve().parent.mkdir(parents=True, exist_ok=True)
    target.resolve().write_bytes(b"\x89PNG\r\n\x1a\n")

    response = client.get(address)

    assert (response.status_code == 200) is public, (address, response.status_code)


# The nginx example ---------------------------------------------------------------------------------------


def nginx_example():
    text = OPERATIONS.read_text()
    blocks = re.findall(r"```nginx\n(.*?)```", text, flags=re.S)
    assert blocks, "docs/operations.md has no nginx example"
    return "\n".join(blocks)


def nginx_locations(config):
    """[(modifier, pattern, body)] of every ``location`` block (no nested locations in the example)."""
    config = re.sub(r"#[^\n]*", "", config)
    found = re.findall(r"location\s+(=|\^~|~\*|~)?\s*(\S+)\s*\{([^{}]*)\}", config)
    assert found, "no location in the nginx example"
    return found


def normalise(uri):
    """As nginx does before matching: ``..`` and ``.`` segments resolved, double slashes merged."""
    parts = []
    for part in uri.split("/"):
        if part == "..":
            if parts:
                parts.pop()
        elif part not in ("", "."):
            parts.append(part)
    return "/" + "/".join(parts)


def matching_location(locations, uri):
    """The location nginx picks for ``uri``: an exact match, else the longest prefix if it is ``^~``,
    else the first matching regular expression, else the longest prefix."""
    uri = normalise(uri)
    for modifier, pattern, body in locations:
        if modifier == "=" and pattern == uri:
            return body
    prefixes = [
        (len(pattern), modifier, body)
        for modifier, pattern, body in locations
        if modifier in ("", "^~") and uri.startswith(pattern)
    ]
    longest = max(prefixes, key=lambda item: item[0]) if prefixes else None
    if longest and longest[1] == "^~":
        return longest[2]
    for modifier, pattern, body in locations:
        if modifier in ("~", "~*") and re.search(pattern, uri, flags=re.I if modifier == "~*" else 0):
            return body
    return longest[2] if longest else None


def served_from_disk(body):
    """Whether a location answers from the disk (root or alias) rather than refusing or proxying."""
    if re.search(r"\breturn\s+[45]\d\d\b", body) or "proxy_pass" in body:
        return False
    return bool(re.search(r"\b(root|alias)\s", body))


@pytest.mark.parametrize(("address", "public"), ADDRESSES.items())
def test_the_nginx_example_serves_images_only(address, public):
    locations = nginx_locations(nginx_example())

    body = matching_location(locations, address)

    assert body is not None, f"no location answers {address}"
    assert served_from_disk(body) is public, address


def test_the_nginx_example_never_serves_documents_from_disk():
    for modifier, pattern, body in nginx_locations(nginx_example()):
        if served_from_disk(body):
            assert "documents" not in pattern and "wagtail_uploads" not in pattern, pattern
            assert modifier in ("~", "~*"), f"a prefix location serves files: {pattern}"
    # The server block itself has no root that a location without one would fall back to.
    assert not re.search(r"^\s*(root|alias)\s", re.sub(r"location[^{]*\{[^{}]*\}", "", nginx_example()), flags=re.M)
