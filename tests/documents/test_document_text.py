"""The text of documents' files (PDF, DOCX, ODT) is read on upload and stored for search."""

import io
import struct
import zipfile

import pytest
import weasyprint
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.utils.translation import gettext
from pypdf import PdfReader, PdfWriter
from wagtail.models import Collection, UploadedFile

from portal import document_text
from portal.document_text import clean_text, extract_text
from portal.models import PortalDocument
from tests.factories import pdf_bytes

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006"
TEXT_NS = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
OFFICE_NS = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
ODT_MIMETYPE = "application/vnd.oasis.opendocument.text"


@pytest.fixture(scope="module")
def polish_pdf():
    return weasyprint.HTML(string="<p>Zaświadczenie o współpracy gminy</p>").write_pdf()


@pytest.fixture(scope="module")
def two_page_pdf():
    html = '<p>Pierwsza strona: diagnoza.</p><p style="break-before: page">Druga strona: plan wsparcia.</p>'
    return weasyprint.HTML(string=html).write_pdf()


def zip_of(members, compression=zipfile.ZIP_DEFLATED):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return buffer.getvalue()


def docx_of(body, prolog=""):
    document = f'<?xml version="1.0" encoding="UTF-8"?>{prolog}<w:document xmlns:w="{W_NS}" xmlns:mc="{MC_NS}">'
    return zip_of(
        {"[Content_Types].xml": "<Types/>", "word/document.xml": f"{document}<w:body>{body}</w:body></w:document>"}
    )


def odt_of(body, mimetype=ODT_MIMETYPE):
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="{OFFICE_NS}" '
        f'xmlns:text="{TEXT_NS}"><office:body><office:text>{body}</office:text></office:body></office:document-content>'
    )
    members = {"mimetype": mimetype} if mimetype else {}
    return zip_of({**members, "content.xml": content})


def paragraph(*runs):
    return "<w:p>" + "".join(f"<w:r><w:t>{run}</w:t></w:r>" for run in runs) + "</w:p>"


def extract(data, filename):
    return extract_text(io.BytesIO(data), filename)


# Formats ----------------------------------------------------------------------------------------------


def test_the_polish_text_of_a_pdf_is_read(polish_pdf):
    assert extract(polish_pdf, "zaswiadczenie.pdf") == "Zaświadczenie o współpracy gminy"


def test_the_content_decides_the_format_not_the_extension(polish_pdf):
    assert extract(polish_pdf, "zaswiadczenie.docx") == "Zaświadczenie o współpracy gminy"
    assert extract(polish_pdf, "bez-rozszerzenia") == "Zaświadczenie o współpracy gminy"


def test_a_docx_gives_its_paragraphs_one_a_line():
    body = (
        paragraph("Gminny ", "Zespół Kooperacji")
        + "<w:p><w:r><w:t>Cel:</w:t><w:tab/><w:t>wsparcie rodzin</w:t></w:r></w:p>"
        + "<w:tbl><w:tr><w:tc>"
        + paragraph("Ośrodek Pomocy Społecznej")
        + "</w:tc></w:tr></w:tbl>"
        # A deleted change and the field code of a page number are not text.
        + "<w:p><w:del><w:r><w:delText>skreślone</w:delText></w:r></w:del><w:r><w:instrText>PAGE</w:instrText></w:r>"
        + "<w:r><w:t>Źdźbło żółci</w:t></w:r></w:p>"
    )

    assert extract(docx_of(body), "model.docx") == (
        "Gminny Zespół Kooperacji\nCel: wsparcie rodzin\nOśrodek Pomocy Społecznej\nŹdźbło żółci"
    )


def test_a_text_box_of_a_docx_is_read_once():
    """Word stores a text box twice: as a drawing and as a fallback picture for old readers."""
    box = paragraph("Ramka z uwagą")
    body = (
        "<w:p><w:r><mc:AlternateContent>"
        f"<mc:Choice><w:txbxContent>{box}</w:txbxContent></mc:Choice>"
        f"<mc:Fallback><w:txbxContent>{box}</w:txbxContent></mc:Fallback>"
        "</mc:AlternateContent></w:r></w:p>"
    )

    assert extract(docx_of(body), "model.docx") == "Ramka z uwagą"


def test_an_odt_gives_its_headings_and_paragraphs():
    body = (
        "<text:h>Model współpracy</text:h>"
        '<text:p>Wspólna<text:s text:c="3"/>diagnoza <text:span>gminy</text:span>'
        "<text:note><text:note-citation>1</text:note-citation><text:note-body><text:p>przypis</text:p>"
        "</text:note-body></text:note>.</text:p>"
        "<text:tracked-changes><text:changed-region><text:deletion><text:p>usunięte</text:p></text:deletion>"
        "</text:changed-region></text:tracked-changes>"
        "<text:list><text:list-item><text:p>Łódź, Kielce</text:p></text:list-item></text:list>"
    )

    assert extract(odt_of(body), "model.odt") == ("Model współpracy\nWspólna diagnoza gminy\nprzypis\n.\nŁódź, Kielce")


def test_an_odt_without_its_mimetype_is_recognised_by_the_extension():
    data = odt_of("<text:p>Zaświadczenie</text:p>", mimetype=None)

    assert extract(data, "model.odt") == "Zaświadczenie"
    assert extract(data, "model.zip") == ""


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("arkusz.ods", odt_of("<text:p>Budżet</text:p>", mimetype="application/vnd.oasis.opendocument.spreadsheet")),
        ("arkusz.xlsx", zip_of({"xl/workbook.xml": "<workbook/>"})),
        ("pliki.zip", zip_of({"model.txt": "Model kooperacji"})),
        ("stary.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 500),
        ("notatka.txt", "Zwykły tekst".encode()),
        ("instalator.exe", b"MZ\x90\x00" + b"\x00" * 60),
        ("pusty.pdf", b""),
    ],
)
def test_other_formats_have_no_text(name, data):
    assert extract(data, name) == ""


# Broken and hostile files -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "data",
    [
        b"%PDF-1.4\nto nie jest prawdziwy PDF",
        pdf_bytes()[:120],
        b"PK\x03\x04 uszkodzone archiwum",
        zip_of({"word/document.xml": f'<w:document xmlns:w="{W_NS}"><w:body>{paragraph("niedomknięty")}'}),
    ],
    ids=["garbage-after-header", "truncated", "broken-zip", "broken-xml"],
)
def test_a_broken_file_gives_no_text_and_no_error(data):
    assert extract(data, "model.pdf") == ""


def test_a_pdf_that_needs_a_password_gives_no_text(polish_pdf):
    assert extract(encrypted(polish_pdf, user_password="tajne"), "zaswiadczenie.pdf") == ""


def test_a_pdf_protected_only_against_changes_is_read(polish_pdf):
    data = encrypted(polish_pdf, user_password="", owner_password="redakcja")

    assert extract(data, "zaswiadczenie.pdf") == "Zaświadczenie o współpracy gminy"


def encrypted(data, user_password, owner_password=None):
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    writer.encrypt(user_password, owner_password, algorithm="RC4-128")
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def test_a_docx_with_a_dtd_is_refused():
    """Entity expansion ("billion laughs") could exhaust memory; a Word document has no DTD."""
    prolog = '<!DOCTYPE w:document [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>'

    assert extract(docx_of(paragraph("&lol2;"), prolog=prolog), "model.docx") == ""


def test_a_docx_in_utf16_is_refused():
    """The DTD check reads bytes, so encodings that would hide it are refused as well."""
    document = f'<?xml version="1.0" encoding="UTF-16"?><w:document xmlns:w="{W_NS}"><w:body>{paragraph("Tekst")}'
    data = zip_of({"word/document.xml": (document + "</w:body></w:document>").encode("utf-16")})

    assert extract(data, "model.docx") == ""


def test_a_member_unpacking_beyond_the_limit_is_refused(monkeypatch):
    monkeypatch.setattr(document_text, "MAX_XML_SIZE", 10_000)
    padding = "<w:p/>" * 2000  # highly compressible, 12,000 bytes unpacked

    assert extract(docx_of(paragraph("Tekst") + padding), "model.docx") == ""
    assert extract(docx_of(paragraph("Tekst")), "model.docx") == "Tekst"


def test_a_member_whose_header_claims_a_huge_size_is_refused_before_unpacking():
    data = bytearray(docx_of(paragraph("Tekst")))
    # Rewrite the uncompressed size of the document in the central directory to 4 GB.
    header = data.rfind(b"word/document.xml") - 46  # the name follows a 46-byte header
    assert data[header : header + 4] == b"PK\x01\x02"
    data[header + 24 : header + 28] = struct.pack("<I", 0xFFFFFFF0)

    assert extract(bytes(data), "model.docx") == ""


def test_a_file_over_the_size_limit_is_skipped(monkeypatch, polish_pdf):
    monkeypatch.setattr(document_text, "MAX_FILE_SIZE", len(polish_pdf) - 1)

    assert extract(polish_pdf, "zaswiadczenie.pdf") == ""
    assert extract_text(SimpleUploadedFile("zaswiadczenie.pdf", polish_pdf), "zaswiadczenie.pdf") == ""


def test_only_the_first_pages_of_a_long_pdf_are_read(monkeypatch, two_page_pdf):
    assert extract(two_page_pdf, "plan.pdf") == "Pierwsza strona: diagnoza.\nDruga strona: plan wsparcia."

    monkeypatch.setattr(document_text, "MAX_PDF_PAGES", 1)
    assert extract(two_page_pdf, "plan.pdf") == "Pierwsza strona: diagnoza."


def test_the_file_is_left_where_it_was(polish_pdf):
    file = io.BytesIO(polish_pdf)
    file.seek(10)

    extract_text(file, "zaswiadczenie.pdf")

    assert file.tell() == 10


def test_a_file_that_cannot_be_read_gives_no_text():
    class Unreadable(io.BytesIO):
        def read(self, *args):
            raise OSError("dysk niedostępny")

    assert extract_text(Unreadable(b"%PDF-1.4"), "model.pdf") == ""


# Cleaning ---------------------------------------------------------------------------------------------


def test_whitespace_is_collapsed_and_invisible_characters_removed():
    text = "  Współ\u00adpraca\x00 \t gminy\u200b \r\n\r\n\n  z\ufeff\x07 ośrodkiem\ue000 \ufb01nal\u00a0 \n"

    assert clean_text(text) == "Współpraca gminy\nz ośrodkiem final"


def test_decomposed_polish_letters_are_composed():
    assert clean_text("Z\u0307o\u0301ł\u0107") == "Żółć"


def test_the_text_is_capped_at_a_word_boundary(monkeypatch):
    monkeypatch.setattr(document_text, "MAX_TEXT_LENGTH", 200)
    text = clean_text("kooperacja " * 100)

    assert len(text) <= 200
    assert text.split(" ")[-1] == "kooperacja"


def test_a_long_document_stops_being_read_once_the_text_is_long_enough(monkeypatch):
    monkeypatch.setattr(document_text, "MAX_TEXT_LENGTH", 100)
    body = paragraph("Pierwszy akapit") + paragraph("kooperacja " * 50) * 1000

    text = extract(docx_of(body), "model.docx")

    assert text.startswith("Pierwszy akapit\nkooperacja kooperacja")
    assert len(text) <= 100


# The document model -----------------------------------------------------------------------------------


def new_document(data, filename, title="Zaświadczenie"):
    return PortalDocument.objects.create(
        title=title, file=ContentFile(data, name=filename), collection=Collection.get_first_root_node()
    )


def test_a_new_document_stores_the_text_of_its_file(db, media_root, polish_pdf):
    document = new_document(polish_pdf, "zaswiadczenie.pdf")

    assert PortalDocument.objects.get(pk=document.pk).text_content == "Zaświadczenie o współpracy gminy"
    assert document.file.read() == polish_pdf  # reading the text did not spoil the stored file


def test_a_replaced_file_replaces_the_text(db, media_root, polish_pdf):
    document = new_document(polish_pdf, "zaswiadczenie.pdf")

    document.file = ContentFile(docx_of(paragraph("Porozumienie gminy z powiatem")), name="porozumienie.docx")
    document.save()

    assert PortalDocument.objects.get(pk=document.pk).text_content == "Porozumienie gminy z powiatem"


def test_the_file_is_not_read_again_when_other_fields_change(db, media_root, polish_pdf, monkeypatch):
    document = new_document(polish_pdf, "zaswiadczenie.pdf")
    monkeypatch.setattr("portal.models.media.document_text", lambda document: pytest.fail("read again"))

    document.title = "Zaświadczenie 2024"
    document.save()
    document.get_file_hash()  # Wagtail saves the hash with update_fields

    assert PortalDocument.objects.get(pk=document.pk).text_content == "Zaświadczenie o współpracy gminy"


def test_a_document_made_from_a_file_already_in_storage_stores_its_text(db, media_root, polish_pdf):
    """The demo builder and the admin's multiple upload put the file in storage before the document."""
    storage = PortalDocument._meta.get_field("file").storage
    name = storage.save("documents/zaswiadczenie.pdf", ContentFile(polish_pdf))

    document = PortalDocument.objects.create(title="Zaświadczenie", file=name)

    assert PortalDocument.objects.get(pk=document.pk).text_content == "Zaświadczenie o współpracy gminy"


def test_the_wagtail_search_finds_a_document_by_its_text(db, media_root, polish_pdf):
    new_document(polish_pdf, "skan-1.pdf", title="Skan 1")
    new_document(docx_of(paragraph("Harmonogram spotkań")), "skan-2.docx", title="Skan 2")

    assert [document.title for document in PortalDocument.objects.search("współpracy")] == ["Skan 1"]


# The admin --------------------------------------------------------------------------------------------


def document_form(name, data, **fields):
    return {
        "title": "Zaświadczenie",
        "collection": Collection.get_first_root_node().pk,
        "language": "pl",
        "file": SimpleUploadedFile(name, data),
        **fields,
    }


def test_uploading_and_replacing_in_the_admin_stores_the_text(editor, media_root, polish_pdf):
    assert editor.post("/admin/documents/add/", document_form("zaswiadczenie.pdf", polish_pdf)).status_code == 302
    document = PortalDocument.objects.get()
    assert document.text_content == "Zaświadczenie o współpracy gminy"

    odt = odt_of("<text:p>Sprawozdanie z działań</text:p>")
    response = editor.post(f"/admin/documents/edit/{document.pk}/", document_form("sprawozdanie.odt", odt))

    assert response.status_code == 302
    document.refresh_from_db()
    assert document.text_content == "Sprawozdanie z działań"
    assert editor.get("/admin/documents/", {"q": "działań"}).context["page_obj"].object_list[0] == document


def test_the_admin_multiple_upload_stores_the_text(editor, media_root, polish_pdf):
    root = Collection.get_first_root_node().pk
    files = {"files[]": SimpleUploadedFile("zaswiadczenie.pdf", polish_pdf), "collection": root}
    assert editor.post("/admin/documents/multiple/add/", files).json()["success"] is True
    upload = UploadedFile.objects.get()

    prefix = f"uploaded-document-{upload.pk}"
    response = editor.post(
        f"/admin/documents/multiple/create_from_uploaded_document/{upload.pk}/",
        {f"{prefix}-title": "Zaświadczenie", f"{prefix}-collection": root, f"{prefix}-language": "pl"},
    )

    assert response.json()["success"] is True
    assert PortalDocument.objects.get().text_content == "Zaświadczenie o współpracy gminy"


# The management command -------------------------------------------------------------------------------


def run_command(*args):
    output = io.StringIO()
    call_command("extract_document_text", *args, stdout=output)
    return output.getvalue().strip()


def summary(processed, with_text, without_text):
    return gettext("Documents processed: %(processed)d (with text: %(with_text)d, without text: %(without_text)d).") % {
        "processed": processed,
        "with_text": with_text,
        "without_text": without_text,
    }


def test_the_command_fills_documents_without_text(db, media_root, polish_pdf):
    read = new_document(polish_pdf, "zaswiadczenie.pdf")
    stored_before = new_document(polish_pdf, "stary.pdf")
    no_text = new_document(zip_of({"model.txt": "tekst"}), "pliki.zip")
    missing = new_document(polish_pdf, "usuniety.pdf")
    PortalDocument.objects.filter(pk__in=[stored_before.pk, missing.pk]).update(text_content="")
    PortalDocument.objects.filter(pk=read.pk).update(text_content="stary tekst")
    missing.file.storage.delete(missing.file.name)

    assert run_command() == summary(3, 1, 2)

    texts = dict(PortalDocument.objects.values_list("pk", "text_content"))
    assert texts == {
        read.pk: "stary tekst",
        stored_before.pk: "Zaświadczenie o współpracy gminy",
        no_text.pk: "",
        missing.pk: "",
    }


def test_the_command_with_all_reads_every_document_again(db, media_root, polish_pdf):
    document = new_document(polish_pdf, "zaswiadczenie.pdf")
    PortalDocument.objects.update(text_content="stary tekst")

    assert run_command("--all") == summary(1, 1, 0)
    assert PortalDocument.objects.get(pk=document.pk).text_content == "Zaświadczenie o współpracy gminy"
