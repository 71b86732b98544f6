"""Certificates: issued on completion, the PDF for its learner only, the public verification page, revocation."""

import re
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import Site

from courses import learning
from courses.certificates import polish_hours
from courses.models import Certificate
from demo.images import as_image_file, funding_strip
from portal import render_limits
from portal.governance import COORDINATORS, moderators_group_name, setup_governance
from portal.models import PortalSettings
from tests.courses.certificate_course import complete, make_learner
from tests.courses.utils import pdf_objects, pdf_text
from tests.factories import ImageFactory
from tests.governance.utils import make_user
from tests.portal.utils import soup, text_of, ui

ADMIN_LIST = "/admin/certificates/"
FUNDING = "Projekt współfinansowany ze środków Unii Europejskiej w ramach Europejskiego Funduszu Społecznego Plus."


@pytest.fixture
def learner(db):
    return make_learner("zaneta")


def figure_alternatives(data):
    """The alternative texts of the tagged PDF's figures."""
    alternatives = []
    for head, _stream in pdf_objects(data).values():
        if b"/S /Figure" in head and (match := re.search(rb"/Alt (\((?:[^()\\]|\\.)*\)|<[0-9a-fA-F]+>)", head)):
            value = match[1]
            text = bytes.fromhex(value[1:-1].decode()).decode("utf-16") if value[:1] == b"<" else value[1:-1].decode()
            alternatives.append(text)
    return alternatives


@pytest.fixture
def governance(regions):
    return setup_governance()


@pytest.fixture
def coordinator(governance):
    return make_user("koordynatorka", COORDINATORS)


@pytest.fixture
def moderator(governance, regions):
    """A region's moderator: follows their own region's learners, but does not revoke certificates."""
    return make_user("moderator", moderators_group_name(regions.kielce.region), regions.kielce.region)


def revoke(certificate, by=None, reason="Uczestniczka nie ukończyła szkolenia samodzielnie."):
    certificate.revoked_at = timezone.now()
    certificate.revoked_by = by
    certificate.revocation_reason = reason
    certificate.save()


def pdf_url(certificate):
    return f"/konto/zaswiadczenia/{certificate.code}.pdf"


# Issuing ------------------------------------------------------------------------------------------------


def test_completing_every_lesson_through_the_site_issues_the_certificate(client, course, learner):
    client.force_login(learner)
    first, second = course.lessons
    assert client.post(f"{course.url}zapisz/").status_code == 302
    client.get(first.url)
    assert not Certificate.objects.exists()

    client.get(second.url)

    certificate = Certificate.objects.get()
    assert certificate.learner_name == "Żaneta Łęcka-Wójcik"
    assert certificate.course_title == "Genogram w pracy socjalnej"
    assert re.fullmatch(r"[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}", certificate.code)
    my_courses = soup(client.get("/konto/szkolenia/"))
    assert my_courses.find("a", href=pdf_url(certificate))


def test_a_course_without_certificates_issues_none(client, course, learner):
    course.issues_certificate = False
    course.save_revision().publish()
    enrolment = learning.enrol(learner, course)
    for lesson in course.lessons:
        learning.record_visit(enrolment, lesson)
    enrolment.refresh_from_db()
    assert enrolment.completed_at and not Certificate.objects.exists()


# The PDF --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("prefix", ["", "/en", "/uk"])
def test_learner_downloads_the_pdf_in_polish_with_name_course_date_and_hours(client, certificate, prefix):
    client.force_login(certificate.enrolment.user)

    response = client.get(prefix + pdf_url(certificate))

    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == 'attachment; filename="zaswiadczenie-genogram-w-pracy-socjalnej.pdf"'
    text = pdf_text(response.content)
    for expected in [
        "Zaświadczenie ukończenia szkolenia",
        "Żaneta Łęcka-Wójcik",
        "Genogram w pracy socjalnej",
        "Data ukończenia: 15 marca 2025",
        "Czas trwania: 3 godziny",
        f"Kod weryfikacyjny: {certificate.code}",
        f"http://testserver/zaswiadczenie/{certificate.code}/",
    ]:
        assert expected in text
    assert "example.org" not in text
    # Worded without grammatical gender (the portal does not know it), the time from the lessons (60 + 120).
    words = " ".join(text.split())
    assert (
        "potwierdza ukończenie szkolenia e-learningowego „Genogram w pracy socjalnej” przez Żaneta Łęcka-Wójcik"
        in words
    )
    assert "ukończył" not in words and "(a)" not in words


def test_the_pdf_is_one_tagged_a4_landscape_page_in_polish_with_a_title(client, certificate):
    client.force_login(certificate.enrolment.user)

    data = client.get(pdf_url(certificate)).content

    assert data.startswith(b"%PDF-1.7")
    objects = pdf_objects(data)
    heads = b"\n".join(head for head, _stream in objects.values())
    assert b"/Count 1" in heads
    assert re.search(rb"/MediaBox \[0 0 841\.\d+ 595\.\d+\]", heads)
    assert b"/Lang (pl)" in heads and b"/MarkInfo <</Marked true>>" in heads and b"/StructTreeRoot" in heads
    metadata = next(stream for head, stream in objects.values() if b"/Metadata" in head and b"/XML" in head)
    assert b"pdfuaid:part" in metadata
    assert "Zaświadczenie ukończenia szkolenia – Genogram w pracy socjalnej".encode() in metadata
    qr_alternative = (
        f"Kod QR z adresem strony weryfikacji zaświadczenia: http://testserver/zaswiadczenie/{certificate.code}/"
    )
    assert figure_alternatives(data) == [qr_alternative]


def test_the_pdf_names_the_organiser_and_the_funding(client, certificate):
    site_settings = PortalSettings.for_site(Site.objects.get(is_default_site=True))
    site_settings.organisation_name = "Regionalny Ośrodek Polityki Społecznej w Kielcach"
    site_settings.funding_sentence = FUNDING
    site_settings.save()
    client.force_login(certificate.enrolment.user)

    text = pdf_text(client.get(pdf_url(certificate)).content)

    assert "Organizator: Regionalny Ośrodek Polityki Społecznej w Kielcach" in text
    assert FUNDING in text


def test_the_pdf_carries_the_funding_mark_strip_when_set(client, certificate):
    site_settings = PortalSettings.for_site(Site.objects.get(is_default_site=True))
    site_settings.funding_image = ImageFactory(file=as_image_file(funding_strip(), "znaki-fe.png"))
    site_settings.funding_image_alt = "Fundusze Europejskie, Rzeczpospolita Polska, Unia Europejska"
    site_settings.save()
    client.force_login(certificate.enrolment.user)

    data = client.get(pdf_url(certificate)).content

    images = [head for head, _stream in pdf_objects(data).values() if b"/Subtype /Image" in head]
    assert any(b"/Width 1200" in head for head in images)  # the strip as drawn (the QR code is vector art)
    assert "Fundusze Europejskie, Rzeczpospolita Polska, Unia Europejska" in figure_alternatives(data)


def test_anonymous_visitor_is_sent_to_log_in(client, certificate):
    response = client.get(pdf_url(certificate))

    assert response.status_code == 302
    assert response["Location"].startswith("/konto/logowanie/?next=")


def test_another_learner_gets_not_found(client, certificate, course):
    other = make_learner("ola", "Aleksandra", "Nowak")
    complete(other, course)
    client.force_login(other)

    assert client.get(pdf_url(certificate)).status_code == 404


def test_a_region_moderator_gets_not_found_and_a_coordinator_the_pdf(client, certificate, moderator, coordinator):
    client.force_login(moderator)
    assert client.get(pdf_url(certificate)).status_code == 404

    client.force_login(coordinator)
    response = client.get(pdf_url(certificate))
    assert response.status_code == 200
    assert "Żaneta Łęcka-Wójcik" in pdf_text(response.content)


def test_a_revoked_certificate_has_no_pdf(client, certificate, coordinator):
    revoke(certificate)
    client.force_login(certificate.enrolment.user)
    assert client.get(pdf_url(certificate)).status_code == 404
    my_courses = soup(client.get("/konto/szkolenia/"))
    assert not my_courses.find("a", href=pdf_url(certificate))

    client.force_login(coordinator)
    assert client.get(pdf_url(certificate)).status_code == 404


@pytest.mark.parametrize(
    "code", ["ABCD-EFGH-JKMN", "..", "%2E%2E%2F", "A" * 500, "<script>", "ŻÓŁW-ŻÓŁW-ŻÓŁW", "1234-5678-9ABC"]
)
def test_unknown_and_malformed_codes_are_not_found(client, certificate, code):
    client.force_login(certificate.enrolment.user)

    assert client.get(f"/konto/zaswiadczenia/{code}.pdf").status_code == 404


def test_the_code_is_read_in_any_case(client, certificate):
    client.force_login(certificate.enrolment.user)

    assert client.get(f"/konto/zaswiadczenia/{certificate.code.lower()}.pdf").status_code == 200


@pytest.mark.parametrize(
    ("hours", "expected"),
    [(0.5, "0,5 godziny"), (1, "1 godzina"), (1.5, "1,5 godziny"), (3, "3 godziny"), (5, "5 godzin")]
    + [(12, "12 godzin"), (22, "22 godziny"), (24.5, "24,5 godziny")],
)
def test_hours_are_written_as_in_polish(hours, expected):
    assert polish_hours(hours) == expected


# The public verification page -----------------------------------------------------------------------------


def verification(client, code):
    response = client.get(f"/zaswiadczenie/{code}/")
    return response, soup(response)


def test_verification_shows_name_course_and_date_and_nothing_more(client, certificate):
    response, html = verification(client, certificate.code)

    assert response.status_code == 200
    assert [text_of(h1) for h1 in html.find_all("h1")] == [ui("Certificate verification")]
    main = text_of(html.find("main"))
    assert ui("The certificate is valid") in main
    assert "Żaneta Łęcka-Wójcik" in main
    assert "Genogram w pracy socjalnej" in main
    assert "15 marca 2025" in main
    assert "zaneta" not in response.content.decode().lower()  # neither the e-mail nor the user name
    assert "3 godziny" not in main
    assert html.find("meta", attrs={"name": "robots"})["content"] == "noindex"
    assert response["X-Robots-Tag"] == "noindex"


def test_verification_is_anonymous_and_ignores_the_codes_case(client, certificate):
    response, html = verification(client, certificate.code.lower())

    assert response.status_code == 200
    assert "Żaneta Łęcka-Wójcik" in text_of(html.find("main"))


def test_verification_in_english_gives_an_english_date(client, certificate):
    response = client.get(f"/en/zaswiadczenie/{certificate.code}/")

    assert "15 March 2025" in text_of(soup(response).find("main"))


def test_revoked_certificate_shows_as_revoked_with_the_date_only(client, certificate, coordinator):
    revoke(certificate, by=coordinator, reason="Uczestniczka nie ukończyła szkolenia samodzielnie.")
    Certificate.objects.filter(pk=certificate.pk).update(
        revoked_at=datetime(2025, 12, 2, 10, 0, tzinfo=ZoneInfo("Europe/Warsaw"))
    )

    response, html = verification(client, certificate.code)

    main = text_of(html.find("main"))
    assert response.status_code == 200
    assert ui("The certificate has been revoked") in main
    assert ui("The certificate is valid") not in main
    assert "2 grudnia 2025" in main
    assert "samodzielnie" not in main and "koordynatorka" not in main
    assert "Żaneta" not in main


@pytest.mark.parametrize("code", ["ABCD-EFGH-JKMN", "..", "A" * 500, "<script>", "ŻÓŁW", "1234-5678-9ABC", " "])
def test_unknown_or_malformed_code_is_a_polish_not_found_page(client, certificate, code):
    response, html = verification(client, code)

    assert response.status_code == 404
    assert ui("We have no certificate with this verification code.") in text_of(html.find("main"))
    assert html.find("input", attrs={"name": "kod"})


@pytest.mark.parametrize("path", ["/zaswiadczenie/../", "/zaswiadczenie/%2E%2E%2F/", "/zaswiadczenie/a/b/"])
def test_paths_that_are_no_code_are_not_found(client, home, path):
    assert client.get(path).status_code == 404


def test_the_verification_form_leads_to_the_codes_page(client, certificate):
    response = client.get("/zaswiadczenie/")
    html = soup(response)
    field = html.find("input", attrs={"name": "kod"})
    assert response.status_code == 200
    assert text_of(html.find("label", attrs={"for": field["id"]})) == ui("Verification code")

    typed = certificate.code.lower().replace("-", " ")
    response = client.get("/zaswiadczenie/", {"kod": typed})

    assert response.status_code == 302
    assert response["Location"] == f"/zaswiadczenie/{certificate.code}/"


@pytest.mark.parametrize("typed", ["", "abc", "x" * 500])
def test_the_verification_form_explains_a_wrong_code(client, home, typed):
    response = client.get("/zaswiadczenie/", {"kod": typed})
    html = soup(response)

    assert response.status_code == 200
    field = html.find("input", attrs={"name": "kod"})
    assert field["aria-invalid"] == "true"
    error = html.find(id=field["aria-describedby"].split()[-1])
    assert text_of(error)


# Revocation in the admin -----------------------------------------------------------------------------------


def test_coordinator_finds_certificates_by_code_and_name_newest_first(client, certificate, course, coordinator):
    newer = complete(make_learner("ola", "Aleksandra", "Nowak"), course)
    client.force_login(coordinator)

    html = soup(client.get(ADMIN_LIST))
    rows = [text_of(row) for row in html.select("tbody tr")]
    assert [newer.code in rows[0], certificate.code in rows[1]] == [True, True]
    assert html.find("a", href=f"{ADMIN_LIST}{certificate.pk}/")

    by_code = text_of(soup(client.get(ADMIN_LIST, {"q": certificate.code.lower()})).find("main"))
    assert certificate.code in by_code and newer.code not in by_code
    by_name = text_of(soup(client.get(ADMIN_LIST, {"q": "Nowak"})).find("main"))
    assert newer.code in by_name and certificate.code not in by_name


def test_a_superuser_sees_the_list_and_a_certificate_without_add_edit_or_delete(client, certificate, admin_user):
    client.force_login(admin_user)

    listing = client.get(ADMIN_LIST)
    page = client.get(f"{ADMIN_LIST}{certificate.pk}/")

    assert listing.status_code == 200 and page.status_code == 200
    assert certificate.code in text_of(soup(listing).find("main"))
    assert soup(page).find("a", href=pdf_url(certificate))
    for address in ["new/", f"edit/{certificate.pk}/", f"delete/{certificate.pk}/"]:
        assert client.get(f"{ADMIN_LIST}{address}").status_code == 404


def test_the_menu_offers_certificates_to_coordinators_only(client, coordinator, moderator):
    client.force_login(coordinator)
    assert ADMIN_LIST in client.get("/admin/").content.decode()

    client.force_login(moderator)
    assert ADMIN_LIST not in client.get("/admin/").content.decode()


def test_coordinator_revokes_with_a_reason_and_restores(client, certificate, coordinator):
    client.force_login(coordinator)
    page = f"{ADMIN_LIST}{certificate.pk}/"
    assert client.get(f"{page}revoke/").status_code == 405

    response = client.post(f"{page}revoke/", {"reason": "Uczestniczka nie ukończyła szkolenia samodzielnie."})

    assert response.status_code == 302 and response["Location"] == page
    client.post(f"{page}revoke/", {"reason": "Drugie kliknięcie."})  # a double submit keeps the first revocation
    certificate.refresh_from_db()
    assert certificate.is_revoked and certificate.revoked_by == coordinator
    assert certificate.revocation_reason == "Uczestniczka nie ukończyła szkolenia samodzielnie."
    assert ui("The certificate has been revoked") in text_of(verification(client, certificate.code)[1].find("main"))
    assert "samodzielnie" in text_of(soup(client.get(page)).find("main"))

    response = client.post(f"{page}restore/")

    assert response.status_code == 302
    certificate.refresh_from_db()
    assert not certificate.is_revoked and certificate.revoked_by is None and certificate.revocation_reason == ""
    assert ui("The certificate is valid") in text_of(verification(client, certificate.code)[1].find("main"))


def test_revoking_needs_a_reason(client, certificate, coordinator):
    client.force_login(coordinator)

    response = client.post(f"{ADMIN_LIST}{certificate.pk}/revoke/", {"reason": "   "})

    assert response.status_code == 200
    field = soup(response).find("textarea", attrs={"name": "reason"})
    assert field and field.get("aria-invalid") == "true"
    certificate.refresh_from_db()
    assert not certificate.is_revoked


@pytest.mark.parametrize("action", ["revoke/", "restore/", ""])
def test_a_region_moderator_cannot_see_revoke_or_restore(client, certificate, moderator, action):
    if action == "restore/":
        revoke(certificate)
    client.force_login(moderator)

    response = client.post(f"{ADMIN_LIST}{certificate.pk}/{action}", {"reason": "Bez powodu."})
    listing = client.get(ADMIN_LIST)

    assert response.status_code in (302, 403, 405) and listing.status_code in (302, 403)
    assert Certificate.objects.get(pk=certificate.pk).is_revoked == (action == "restore/")


def test_learners_never_reach_the_admin_list(client, certificate):
    client.force_login(certificate.enrolment.user)

    response = client.post(f"{ADMIN_LIST}{certificate.pk}/revoke/", {"reason": "Sama sobie."})

    assert response.status_code == 302 and "/admin/login/" in response["Location"]
    assert not Certificate.objects.get(pk=certificate.pk).is_revoked


def test_unknown_certificate_in_the_admin_is_not_found(client, coordinator):
    client.force_login(coordinator)

    assert client.get(f"{ADMIN_LIST}999999/").status_code == 404
    assert client.post(f"{ADMIN_LIST}999999/revoke/", {"reason": "Nie istnieje."}).status_code == 404


def test_the_admin_list_costs_the_same_queries_for_5_and_25_certificates(client, course, coordinator):
    def queries_for(count):
        for number in range(Certificate.objects.count(), count):
            complete(make_learner(f"uczestnik{number}", "Jan", f"Kowalski {number}"), course)
        client.force_login(coordinator)
        with CaptureQueriesContext(connection) as queries:
            assert client.get(ADMIN_LIST).status_code == 200
        return len(queries)

    assert queries_for(5) == queries_for(25)


# Made once and kept, within the render limits (issue 19, item 2) ------------------------------------------


def test_a_repeated_download_is_served_without_rendering_again_and_a_change_renders_anew(client, certificate):
    client.force_login(certificate.enrolment.user)
    before = render_limits.renders["certificate-pdf"]

    first, second = client.get(pdf_url(certificate)), client.get(pdf_url(certificate))

    assert first.status_code == second.status_code == 200
    assert second.content == first.content and render_limits.renders["certificate-pdf"] == before + 1
    Certificate.objects.filter(pk=certificate.pk).update(learner_name="Żaneta Nowak")
    renamed = client.get(pdf_url(certificate))
    assert render_limits.renders["certificate-pdf"] == before + 2
    assert "Żaneta Nowak" in pdf_text(renamed.content)


def test_a_kept_pdf_of_a_revoked_certificate_is_not_served(client, certificate, coordinator):
    client.force_login(certificate.enrolment.user)
    assert client.get(pdf_url(certificate)).status_code == 200
    revoke(certificate, by=coordinator)

    assert client.get(pdf_url(certificate)).status_code == 404


def test_a_second_render_for_the_same_learner_gets_429_with_retry_after(client, certificate, coordinator):
    learner = certificate.enrolment.user
    cache.add(f"render-lock:user-{learner.pk}", "another worker", 60)  # another worker renders for her
    client.force_login(learner)

    response = client.get(pdf_url(certificate))

    assert response.status_code == 429 and int(response["Retry-After"]) > 0
    assert "Plik jest właśnie przygotowywany, spróbuj za chwilę." in text_of(soup(response).find("main"))
    client.force_login(coordinator)  # not held back by the learner's render
    assert client.get(pdf_url(certificate)).status_code == 200
