"""Downloading the files of model documents: headers, counting, and who may have a restricted file."""

from urllib.parse import quote, unquote

import pytest
from django.contrib.auth.models import Group
from django.utils import timezone
from wagtail.models import PageViewRestriction

from portal.models import DownloadCount, ModelDocumentFile
from tests.documents.utils import docx_bytes
from tests.factories import DocumentFactory, ModelDocumentPageFactory, UserFactory, attach_pdf, pdf_bytes
from tests.portal.utils import soup, translate

LOGIN_PATH = "/konto/logowanie/"


def body(response):
    return b"".join(response.streaming_content) if response.streaming else response.content


@pytest.fixture
def document_page(regions, categories):
    return ModelDocumentPageFactory(
        parent=regions.kielce, title="Sprawozdanie z pilotażu", slug="sprawozdanie", category=categories["report"]
    )


@pytest.fixture
def pdf_file(document_page):
    return attach_pdf(document_page, "Sprawozdanie", "Sprawozdanie_łódź_ośrodek.pdf", size=1500)


def counts(file):
    return list(DownloadCount.objects.filter(file=file).values_list("day", "count"))


def test_download_serves_the_pdf_as_an_attachment_with_its_polish_name(client, pdf_file):
    url = pdf_file.get_download_url()
    response = client.get(url)

    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert body(response) == pdf_bytes(size=1500)
    assert response["Content-Length"] == "1500"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Cache-Control"] == "public, max-age=3600"
    filename = pdf_file.document.filename
    assert filename.startswith("Sprawozdanie_łódź_ośrodek")
    disposition = response["Content-Disposition"]
    assert disposition == f"attachment; filename*=utf-8''{quote(filename)}"
    assert unquote(disposition.split("''", 1)[1]) == filename


def test_the_download_link_on_the_page_works(client, pdf_file):
    link = soup(client.get("/swietokrzyskie/sprawozdanie/")).select_one("ul.file-list a")["href"]

    response = client.get(link)

    assert response.status_code == 200 and body(response).startswith(b"%PDF-1.4")


def test_ascii_file_name_is_sent_plainly(client, document_page):
    file = attach_pdf(document_page, "Model", "model-kooperacji.pdf")

    response = client.get(file.get_download_url())

    assert response["Content-Disposition"] == f'attachment; filename="{file.document.filename}"'


def test_head_answers_with_the_headers_and_no_body(client, pdf_file):
    response = client.head(pdf_file.get_download_url())

    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"].startswith("attachment;")
    assert body(response) == b""
    assert counts(pdf_file) == []  # a link checker's HEAD is not a download


def test_downloads_are_counted_per_file_per_day(client, document_page, pdf_file):
    other = attach_pdf(document_page, "Streszczenie", "streszczenie.pdf")

    for _ in range(2):
        assert client.get(pdf_file.get_download_url()).status_code == 200
    client.get(other.get_download_url())

    today = timezone.localdate()
    assert counts(pdf_file) == [(today, 2)]
    assert counts(other) == [(today, 1)]


def test_post_is_not_allowed(client, pdf_file):
    assert client.post(pdf_file.get_download_url()).status_code == 405
    assert counts(pdf_file) == []


@pytest.mark.parametrize(
    "url",
    [
        lambda file: f"/pobierz/{file.pk}/inna-nazwa.pdf",
        lambda file: f"/pobierz/{file.pk}/{quote(file.document.filename.upper())}",
        lambda file: f"/pobierz/{file.pk + 1000}/{quote(file.document.filename)}",
        lambda file: f"/pobierz/{file.pk}/",
        lambda file: f"/pobierz/abc/{quote(file.document.filename)}",
        lambda file: f"/pobierz/{file.pk}/%00",
    ],
)
def test_wrong_address_is_not_found(client, pdf_file, url):
    assert client.get(url(pdf_file)).status_code == 404
    assert counts(pdf_file) == []


def test_file_of_an_unpublished_document_is_not_found(client, document_page, pdf_file):
    document_page.unpublish()

    assert client.get(pdf_file.get_download_url()).status_code == 404
    assert counts(pdf_file) == []


def test_file_of_a_draft_document_is_not_served_at_wagtails_address_either(client, document_page, pdf_file):
    document_page.unpublish()

    response = client.get(pdf_file.document.url)

    assert response.status_code == 404
    assert b"%PDF" not in body(response)


def test_editor_previewing_a_draft_document_gets_its_file(client, document_page, pdf_file, admin_user):
    document_page.unpublish()
    client.force_login(admin_user)

    response = client.get(pdf_file.document.url)

    assert response.status_code == 200
    assert body(response) == pdf_bytes(size=1500)


def test_file_shared_by_a_live_and_a_draft_document_is_served(client, regions, categories, document_page, pdf_file):
    other = ModelDocumentPageFactory(
        parent=regions.kielce, title="Wersja robocza", slug="robocza", category=categories["report"]
    )
    ModelDocumentFile.objects.create(page=other, document=pdf_file.document, label="Ten sam plik")
    other.unpublish()

    assert client.get(pdf_file.document.url).status_code == 200


def test_wagtails_document_address_shows_only_a_pdf_in_the_browser(client, document_page, pdf_file, settings):
    """Every other file is a download, with nosniff: no upload is ever rendered as a page (also with the
    media in a bucket: WAGTAILDOCS_SERVE_METHOD keeps Wagtail from redirecting to the bucket)."""
    assert settings.WAGTAILDOCS_SERVE_METHOD == "serve_view"
    data = docx_bytes()
    docx = DocumentFactory(title="Model", file__data=data, file__filename="model.docx", file_size=len(data))
    ModelDocumentFile.objects.create(page=document_page, document=docx, sort_order=1)

    pdf = client.get(pdf_file.document.url)
    word = client.get(docx.url)

    assert pdf.status_code == word.status_code == 200
    assert pdf["Content-Type"] == "application/pdf" and pdf["Content-Disposition"].startswith("inline")
    assert word["Content-Disposition"].startswith("attachment")
    assert word["Content-Type"] == "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    assert body(word) == data
    for response in (pdf, word):
        assert response["X-Content-Type-Options"] == "nosniff"
        assert response["Content-Security-Policy"] == "default-src 'none'"


def test_with_media_in_a_bucket_wagtails_address_still_sends_the_file_itself(client, pdf_file, monkeypatch):
    """A bucket has no local path: Wagtail would redirect to the bucket's address, which serves the file
    with the bucket's headers and without the portal's privacy checks."""
    from django.db.models.fields.files import FieldFile

    def no_local_path(file):
        raise NotImplementedError("a bucket")

    monkeypatch.setattr(FieldFile, "path", property(no_local_path))

    response = client.get(pdf_file.document.url)

    assert response.status_code == 200 and body(response) == pdf_bytes(size=1500)
    assert response["Content-Disposition"].startswith("inline") and response["X-Content-Type-Options"] == "nosniff"


# Restricted documents ---------------------------------------------------------------------------------


@pytest.fixture
def members():
    return Group.objects.create(name="Członkowie G-PZK")


@pytest.fixture
def user(db):
    return UserFactory(username="anna")


def restrict(page, restriction_type=PageViewRestriction.LOGIN, groups=(), password=""):
    restriction = PageViewRestriction.objects.create(page=page, restriction_type=restriction_type, password=password)
    restriction.groups.set(groups)
    return restriction


def addresses(file):
    """The counted download address and Wagtail's own address of the same file."""
    return [file.get_download_url(), file.document.url]


def assert_sent_to_login(response, url):
    assert response.status_code == 302
    assert response["Location"] == f"{LOGIN_PATH}?next={quote(url)}"
    assert b"%PDF" not in body(response)


def test_wagtails_document_address_is_under_dokumenty_pliki(pdf_file):
    assert pdf_file.document.url == f"/dokumenty-pliki/{pdf_file.document.pk}/{quote(pdf_file.document.filename)}"


@pytest.mark.parametrize("which", [0, 1], ids=["pobierz", "dokumenty-pliki"])
def test_anonymous_visitor_is_sent_to_log_in_for_a_restricted_file(client, document_page, pdf_file, which):
    restrict(document_page)
    url = addresses(pdf_file)[which]

    response = client.get(url)

    assert_sent_to_login(response, url)
    assert counts(pdf_file) == []
    login_page = client.get(response["Location"])
    assert login_page.status_code == 200
    assert soup(login_page).find("input", attrs={"name": "password"}) is not None


@pytest.mark.parametrize("which", [0, 1], ids=["pobierz", "dokumenty-pliki"])
def test_restriction_on_the_region_page_protects_its_documents_files(client, regions, pdf_file, which):
    restrict(regions.kielce)
    url = addresses(pdf_file)[which]

    assert_sent_to_login(client.get(url), url)


def test_file_of_a_document_made_private_in_polish_stays_private_through_its_english_page(
    client, home, locales, regions, document_page, pdf_file
):
    translate(home, locales["en"], title="Cooperation Portal")
    translate(regions.kielce, locales["en"], title="Świętokrzyskie Voivodeship")
    english = translate(document_page, locales["en"], title="Pilot report")
    english_file = ModelDocumentFile.objects.get(page=english)
    assert english_file.document == pdf_file.document
    assert client.get(english_file.get_download_url()).status_code == 200

    restrict(document_page)  # the Polish page only, as a moderator would

    url = english_file.get_download_url()
    assert_sent_to_login(client.get(url), url)


@pytest.mark.parametrize("which", [0, 1], ids=["pobierz", "dokumenty-pliki"])
def test_logged_in_user_gets_a_restricted_file(client, document_page, pdf_file, user, which):
    restrict(document_page)
    client.force_login(user)

    response = client.get(addresses(pdf_file)[which])

    assert response.status_code == 200
    assert body(response) == pdf_bytes(size=1500)
    if which == 0:
        assert response["Cache-Control"] == "private, max-age=0"
        assert counts(pdf_file) == [(timezone.localdate(), 1)]


@pytest.mark.parametrize("which", [0, 1], ids=["pobierz", "dokumenty-pliki"])
def test_group_restriction_refuses_users_outside_the_group(client, document_page, pdf_file, user, members, which):
    restrict(document_page, PageViewRestriction.GROUPS, groups=[members])
    url = addresses(pdf_file)[which]

    assert_sent_to_login(client.get(url), url)
    client.force_login(user)
    refused = client.get(url)
    assert refused.status_code == 403
    assert b"%PDF" not in body(refused)

    user.groups.add(members)
    allowed = client.get(url)
    assert allowed.status_code == 200 and body(allowed).startswith(b"%PDF-1.4")


@pytest.mark.parametrize("which", [0, 1], ids=["pobierz", "dokumenty-pliki"])
def test_password_protected_document_sends_visitors_to_its_page(client, document_page, pdf_file, which):
    restrict(document_page, PageViewRestriction.PASSWORD, password="kooperacja")

    response = client.get(addresses(pdf_file)[which])

    assert response.status_code == 302
    assert response["Location"] == "/swietokrzyskie/sprawozdanie/"
    assert b"%PDF" not in body(response)


def test_restricted_page_itself_is_not_shown_to_anonymous_visitors(client, document_page, pdf_file):
    restrict(document_page)

    response = client.get("/swietokrzyskie/sprawozdanie/")

    assert response.status_code == 302
    assert response["Location"].startswith(LOGIN_PATH)


def test_restricted_documents_are_left_out_of_the_library(client, library, document_page, pdf_file):
    restrict(document_page)

    html = soup(client.get("/dokumenty/"))

    assert "Sprawozdanie z pilotażu" not in html.find("main").get_text()
    assert pdf_file.get_download_url() not in html.decode()
