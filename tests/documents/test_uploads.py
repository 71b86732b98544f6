"""Uploading documents in the Wagtail admin: only the formats the portal publishes, checked by content."""

import io
import re
import zipfile

import pytest
from bs4 import BeautifulSoup
from django.core.files.uploadedfile import SimpleUploadedFile
from django.template.defaultfilters import filesizeformat
from django.utils import translation
from django.utils.translation import gettext
from wagtail.models import Collection, UploadedFile

from portal.models import PortalDocument
from tests.documents.utils import docx_bytes
from tests.factories import pdf_bytes
from tests.portal.utils import soup

ADD_URL = "/admin/documents/add/"


def upload(editor, name, data, content_type="application/octet-stream", **fields):
    form = {
        "title": "Model kooperacji",
        "collection": Collection.get_first_root_node().pk,
        "language": "pl",
        "file": SimpleUploadedFile(name, data, content_type=content_type),
        **fields,
    }
    return editor.post(ADD_URL, form)


def zip_bytes():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("model.txt", "To nie jest PDF.")
    return buffer.getvalue()


def polish(message, **params):
    with translation.override("pl"):
        return " ".join((gettext(message) % params).split())


def stored_files(media_root):
    return sorted(path.name for path in media_root.rglob("*") if path.is_file())


@pytest.mark.parametrize(
    ("name", "data", "fields"),
    [
        ("model-kooperacji.pdf", pdf_bytes(), {}),
        ("RAPORT.PDF", pdf_bytes(), {}),
        ("model.docx", docx_bytes(), {"language": "en", "is_accessible_version": "on"}),
    ],
)
def test_a_real_document_is_accepted(editor, media_root, name, data, fields):
    response = upload(editor, name, data, **fields)

    assert response.status_code == 302
    document = PortalDocument.objects.get()
    assert document.title == "Model kooperacji"
    assert document.file.read() == data
    assert document.file_size == len(data)
    assert document.language == fields.get("language", "pl")
    assert document.is_accessible_version == ("is_accessible_version" in fields)
    assert stored_files(media_root) == [document.filename]


FORMATS = "DOCX, GIF, JPEG, JPG, ODP, ODS, ODT, PDF, PNG, PPTX, WEBP, XLSX, ZIP"
REFUSED_TYPE = "Files of this type cannot be published. Allowed formats: %(formats)s."


def file_errors(response):
    """The error shown under the file field, as the editor reads it."""
    errors = soup(response).select_one('[data-contentpath="file"] .w-field__errors')
    return " ".join(errors.get_text().split())


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("instalator.exe", b"MZ\x90\x00" + b"\x00" * 60),
        ("skrypt.js", b"alert(1)"),
        ("strona.html", b"<script>alert(1)</script>"),
        ("model", pdf_bytes()),
    ],
)
def test_a_file_of_another_type_is_refused(editor, media_root, name, data):
    response = upload(editor, name, data, "application/x-msdownload")

    assert response.status_code == 200
    assert file_errors(response) == polish(REFUSED_TYPE, formats=FORMATS)
    assert not PortalDocument.objects.exists()
    assert stored_files(media_root) == []


MISMATCH = "The content of the file does not match its .%(extension)s extension. Save it again in that format."


@pytest.mark.parametrize(
    ("name", "data", "extension"),
    [
        ("model.pdf", zip_bytes(), "pdf"),
        ("model.pdf", "To jest zwykły tekst, nie PDF.".encode(), "pdf"),
        ("model.pdf", b"", "pdf"),
        ("model.docx", "Zwykły tekst zapisany jako .docx".encode(), "docx"),
        ("zdjecie.png", pdf_bytes(), "png"),
    ],
)
def test_a_file_whose_content_does_not_match_its_extension_is_refused(editor, media_root, name, data, extension):
    response = upload(editor, name, data)

    assert response.status_code == 200
    assert file_errors(response) == (
        polish(MISMATCH, extension=extension) if data else polish("The submitted file is empty.")
    )
    assert not PortalDocument.objects.exists()
    assert stored_files(media_root) == []


def test_a_file_over_the_size_limit_is_refused(editor, media_root, settings):
    settings.PORTAL_MAX_DOCUMENT_SIZE = 1000
    data = pdf_bytes(size=2000)

    response = upload(editor, "duzy-model.pdf", data)

    assert response.status_code == 200
    with translation.override("pl"):
        size, limit = filesizeformat(2000), filesizeformat(1000)
    assert file_errors(response) == polish(
        "The file is too large (%(size)s). The limit is %(limit)s.", size=size, limit=limit
    )
    assert not PortalDocument.objects.exists()
    assert stored_files(media_root) == []


def test_a_file_at_the_size_limit_is_accepted(editor, settings):
    settings.PORTAL_MAX_DOCUMENT_SIZE = 2000

    assert upload(editor, "model.pdf", pdf_bytes(size=2000)).status_code == 302
    assert PortalDocument.objects.get().file_size == 2000


def test_the_portal_refuses_a_format_wagtail_would_allow(editor, settings):
    """Were the extension list widened by mistake, the portal's own check still refuses the file."""
    settings.WAGTAILDOCS_EXTENSIONS = [*settings.WAGTAILDOCS_EXTENSIONS, "exe"]

    response = upload(editor, "instalator.exe", b"MZ\x90\x00" + b"\x00" * 60)

    assert file_errors(response) == polish(REFUSED_TYPE, formats=FORMATS)
    assert not PortalDocument.objects.exists()


def test_replacing_a_file_is_checked_too(editor, media_root):
    assert upload(editor, "model.pdf", pdf_bytes()).status_code == 302
    document = PortalDocument.objects.get()

    response = editor.post(
        f"/admin/documents/edit/{document.pk}/",
        {
            "title": "Model kooperacji",
            "collection": document.collection_id,
            "language": "pl",
            "file": SimpleUploadedFile("model.pdf", b"To nie jest PDF."),
        },
    )

    assert response.status_code == 200
    assert file_errors(response) == polish(MISMATCH, extension="pdf")
    document.refresh_from_db()
    assert document.file.read() == pdf_bytes()


def soup_of(html):
    return BeautifulSoup(html, "html.parser")


def upload_several(editor, name, data):
    """The admin's default upload screen: one file per request, answered in JSON."""
    return editor.post(
        "/admin/documents/multiple/add/",
        {"files[]": SimpleUploadedFile(name, data), "collection": Collection.get_first_root_node().pk},
    )


def test_the_multiple_upload_screen_refuses_a_mismatched_file(editor, media_root):
    response = upload_several(editor, "model.pdf", zip_bytes())

    assert response.status_code == 200
    assert response.json()["success"] is False
    assert response.json()["error_message"] == polish(MISMATCH, extension="pdf")
    assert not PortalDocument.objects.exists()
    assert stored_files(media_root) == []


def test_the_multiple_upload_screen_refuses_another_type(editor):
    response = upload_several(editor, "instalator.exe", b"MZ\x90\x00")

    assert response.json() == {"success": False, "error_message": polish(REFUSED_TYPE, formats=FORMATS)}
    assert not PortalDocument.objects.exists()


def test_the_multiple_upload_screen_accepts_a_real_pdf_and_asks_for_its_language(editor):
    response = upload_several(editor, "model-kooperacji.pdf", pdf_bytes())

    assert response.json()["success"] is True
    # The language is required, so the file waits for the editor's form before it becomes a document.
    assert UploadedFile.objects.get().file.read() == pdf_bytes()
    assert soup_of(response.json()["form"]).find("select", attrs={"name": re.compile(r"language$")}) is not None
