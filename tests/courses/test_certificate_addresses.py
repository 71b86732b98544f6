"""Certificate addresses follow the glossary (zaświadczenie, not certyfikat) – issue 20.

The former addresses answer 301 to the new ones with the same code and query string: the QR code printed
on every certificate issued before the change points at /certyfikat/<code>/ and must keep working."""

import pytest

from courses import certificates
from tests.courses.certificate_course import make_learner
from tests.courses.utils import pdf_text
from tests.portal.utils import soup, text_of, ui

PREFIXES = ["", "/en", "/uk"]


@pytest.fixture
def learner(db):
    return make_learner("zaneta")


@pytest.mark.parametrize("prefix", PREFIXES)
def test_the_new_verification_addresses_answer(client, certificate, prefix):
    page = client.get(f"{prefix}/zaswiadczenie/{certificate.code}/")
    form = client.get(f"{prefix}/zaswiadczenie/")

    assert page.status_code == 200
    assert "Żaneta Łęcka-Wójcik" in text_of(soup(page).find("main"))
    assert form.status_code == 200
    assert soup(form).find("input", attrs={"name": "kod"})


@pytest.mark.parametrize("prefix", PREFIXES)
def test_a_printed_qr_code_with_the_former_address_redirects_permanently(client, certificate, prefix):
    response = client.get(f"{prefix}/certyfikat/{certificate.code}/")

    assert response.status_code == 301
    assert response["Location"] == f"{prefix}/zaswiadczenie/{certificate.code}/"
    followed = client.get(f"{prefix}/certyfikat/{certificate.code.lower()}/", follow=True)
    assert followed.redirect_chain == [(f"{prefix}/zaswiadczenie/{certificate.code.lower()}/", 301)]
    assert followed.status_code == 200
    assert "Żaneta Łęcka-Wójcik" in text_of(soup(followed).find("main"))


def test_the_former_address_keeps_the_query_string(client, certificate):
    response = client.get(f"/certyfikat/{certificate.code}/", {"utm_source": "qr", "x": "ą ę"})

    assert response.status_code == 301
    assert response["Location"] == f"/zaswiadczenie/{certificate.code}/?utm_source=qr&x=%C4%85+%C4%99"


@pytest.mark.parametrize("prefix", PREFIXES)
def test_the_former_check_form_redirects_with_the_typed_code(client, certificate, prefix):
    typed = certificate.code.lower().replace("-", " ")

    response = client.get(f"{prefix}/certyfikat/", {"kod": typed})

    assert response.status_code == 301
    assert response["Location"] == f"{prefix}/zaswiadczenie/?kod={typed.replace(' ', '+')}"
    followed = client.get(f"{prefix}/certyfikat/", {"kod": typed}, follow=True)
    assert followed.redirect_chain[-1] == (f"{prefix}/zaswiadczenie/{certificate.code}/", 302)
    language = prefix.strip("/") or "pl"
    assert ui("The certificate is valid", language) in text_of(soup(followed).find("main"))


def test_an_unknown_code_at_the_former_address_ends_in_not_found(client, certificate):
    followed = client.get("/certyfikat/ABCD-EFGH-JKMN/", follow=True)

    assert followed.redirect_chain == [("/zaswiadczenie/ABCD-EFGH-JKMN/", 301)]
    assert followed.status_code == 404


@pytest.mark.parametrize("prefix", PREFIXES)
def test_the_former_pdf_address_redirects_to_the_new_one(client, certificate, prefix):
    client.force_login(certificate.enrolment.user)

    response = client.get(f"{prefix}/konto/certyfikaty/{certificate.code}.pdf", {"v": "1"})

    assert response.status_code == 301
    assert response["Location"] == f"{prefix}/konto/zaswiadczenia/{certificate.code}.pdf?v=1"
    followed = client.get(f"{prefix}/konto/certyfikaty/{certificate.code}.pdf", follow=True)
    assert followed.status_code == 200
    assert followed["Content-Type"] == "application/pdf"


def test_the_learners_pages_link_the_new_pdf_address(client, certificate):
    client.force_login(certificate.enrolment.user)

    html = client.get("/konto/szkolenia/").content.decode()

    assert f'href="/konto/zaswiadczenia/{certificate.code}.pdf"' in html
    assert "certyfikat" not in html


def test_the_pdf_prints_the_new_verification_address(client, certificate):
    client.force_login(certificate.enrolment.user)

    text = pdf_text(client.get(f"/konto/zaswiadczenia/{certificate.code}.pdf").content)

    assert f"http://testserver/zaswiadczenie/{certificate.code}/" in text
    assert "certyfikat" not in text.lower()


@pytest.mark.parametrize("prefix", PREFIXES)
def test_the_verification_pages_link_the_new_form(client, certificate, prefix):
    page = soup(client.get(f"{prefix}/zaswiadczenie/{certificate.code}/"))
    form = soup(client.get(f"{prefix}/zaswiadczenie/"))

    assert f"{prefix}/zaswiadczenie/" in [link["href"] for link in page.find_all("a", href=True)]
    assert form.find("form", attrs={"action": f"{prefix}/zaswiadczenie/"})
    assert "certyfikat" not in str(page) + str(form)


def test_the_qr_code_encodes_the_new_verification_address(rf, certificate):
    request = rf.get("/")
    html = certificates.certificate_html(certificate, request)

    new_address = f"http://testserver/zaswiadczenie/{certificate.code}/"
    assert f'src="{certificates.qr_code_data_uri(new_address)}"' in html
    assert certificates.qr_code_data_uri(f"http://testserver/certyfikat/{certificate.code}/") not in html
