"""The region editor's admin in a real browser: the dashboard and the page editor pass axe-core."""

import pytest

from tests.browser.helpers import EDITOR, assert_no_violations, log_in

pytestmark = pytest.mark.browser


def test_region_editors_dashboard_has_no_wcag_violations(page):
    log_in(page, EDITOR)

    assert page.locator("#region-moderation-section, #region-moderation").count() >= 1
    assert "Do akceptacji" in page.inner_text("main")
    assert_no_violations(page, "dashboard")


def test_region_editors_page_editor_has_no_wcag_violations(page):
    from news.models import NewsPage

    news = NewsPage.objects.live().filter(url_path__contains="/swietokrzyskie/").first()
    log_in(page, EDITOR)

    response = page.goto(f"/admin/pages/{news.pk}/edit/")

    assert response is not None and response.status == 200
    assert page.locator("input[name=title]").input_value() == news.title
    assert_no_violations(page, "page editor")


def test_region_editor_is_refused_another_regions_page(page):
    from news.models import NewsPage

    other = NewsPage.objects.live().filter(url_path__contains="/podlaskie/").first()
    log_in(page, EDITOR)

    page.goto(f"/admin/pages/{other.pk}/edit/")

    assert f"/admin/pages/{other.pk}/edit/" not in page.url
    assert page.locator("input[name=title]").count() == 0


def kielce_news():
    from news.models import NewsPage

    return NewsPage.objects.live().filter(url_path__contains="/swietokrzyskie/").first()


def test_page_editor_with_someone_else_on_the_page_has_no_wcag_violations(page):
    """Wagtail's editing-sessions list (who else has the page open) names its buttons (axe: button-name)."""
    from django.contrib.auth import get_user_model
    from django.utils import timezone
    from wagtail.admin.models import EditingSession
    from wagtail.models import get_default_page_content_type

    news = kielce_news()
    colleague = get_user_model().objects.get(username="moderator.swietokrzyskie")
    EditingSession.objects.create(
        user=colleague, content_type=get_default_page_content_type(), object_id=news.pk, last_seen_at=timezone.now()
    )
    log_in(page, EDITOR)

    page.goto(f"/admin/pages/{news.pk}/edit/")
    session = page.locator("button.w-editing-sessions__session").first
    session.wait_for(state="attached")

    assert (colleague.get_full_name() or colleague.username) in (session.get_attribute("aria-label") or "")
    assert_no_violations(page, "page editor with another editing session")


def test_region_editors_add_form_and_its_errors_have_no_wcag_violations(page):
    from portal.models import RegionPage

    region_page = RegionPage.objects.get(slug="swietokrzyskie", locale__language_code="pl")
    log_in(page, EDITOR)

    page.goto(f"/admin/pages/add/news/newspage/{region_page.pk}/")
    assert_no_violations(page, "add form")

    page.click("button[type=submit]:not([name])")  # "Zapisz szkic" with nothing filled in
    page.wait_for_load_state()
    assert page.locator(".w-field__errors, .error-message").count() >= 1
    assert_no_violations(page, "add form with errors")


def test_editors_admin_screens_reflow_at_320_px(page):
    """WCAG 1.4.10: no horizontal scrolling at 320 CSS px on the screens a region's editor works in."""
    from portal.models import RegionPage

    region_page = RegionPage.objects.get(slug="swietokrzyskie", locale__language_code="pl")
    log_in(page, EDITOR)
    page.set_viewport_size({"width": 320, "height": 740})
    screens = [
        "/admin/",
        f"/admin/pages/{region_page.pk}/",
        f"/admin/pages/add/news/newspage/{region_page.pk}/",
        f"/admin/pages/{kielce_news().pk}/edit/",
        "/admin/images/",
        "/admin/documents/",
    ]
    wide = {}
    for url in screens:
        page.goto(url)
        width = page.evaluate("document.documentElement.scrollWidth")
        if width > 320:
            wide[url] = width
    assert wide == {}, f"scrolls sideways at 320 px: {wide}"
