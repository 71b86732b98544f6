"""A learner's own pages in a real browser: sign-in, "Moje szkolenia", a course in progress, certificates."""

import pytest

from tests.browser.helpers import LEARNER, assert_no_violations, log_in, sign_in

pytestmark = pytest.mark.browser

GRADUATE = "uczestnik.swietokrzyskie"  # completed "Kooperacja w praktyce", has its certificate


def test_my_courses_and_a_course_in_progress_have_no_wcag_violations(page):
    sign_in(page, LEARNER)

    assert page.locator("h1").inner_text() == "Moje szkolenia"
    assert "Kooperacja w praktyce" in page.inner_text("main")
    assert page.locator("main progress").count() == 1
    assert_no_violations(page, "Moje szkolenia")

    page.click("main a.button")  # "Kontynuuj: …" opens the lesson where the learner left off
    assert page.locator("article.lesson h1").count() == 1
    page.goto("/szkola-kooperacji/kooperacja-w-praktyce/")
    assert "Ukończone lekcje: 1 z" in page.inner_text(".progress-summary")
    assert_no_violations(page, "course page in progress")


def test_certificate_verification_page_has_no_wcag_violations(page):
    from courses.models import Certificate

    certificate = Certificate.objects.get(enrolment__user__username=GRADUATE)

    response = page.goto(f"/zaswiadczenie/{certificate.code}/")

    assert response is not None and response.status == 200
    text = page.inner_text("main")
    assert "Anna Michalska" in text and "Kooperacja w praktyce" in text
    assert "@" not in text
    assert_no_violations(page, "certificate verification")


def test_coordinators_course_report_has_no_wcag_violations(page):
    from courses.models import CoursePage

    course = CoursePage.objects.get(slug="kooperacja-w-praktyce")
    log_in(page, "koordynator")

    response = page.goto(f"/admin/raporty-szkolen/{course.pk}/")

    assert response is not None and response.status == 200
    assert "Anna Michalska" in page.inner_text("main")
    assert page.locator("main table caption").count() >= 1
    assert_no_violations(page, "course report")
