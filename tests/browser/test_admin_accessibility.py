"""The region editor's admin in a real browser: the dashboard and the page editor pass axe-core."""

import pytest
from axe_playwright_python.sync_playwright import Axe

from tests.browser.conftest import DEMO_ADMIN_PASSWORD

pytestmark = pytest.mark.browser

WCAG = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}}
EDITOR = "redaktor.swietokrzyskie"  # made by load_demo, with the administrator's password


def log_in(page, username):
    page.goto("/admin/login/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", DEMO_ADMIN_PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url("**/admin/")


def assert_no_violations(page, what):
    result = Axe().run(page, options=WCAG)
    assert result.response["passes"], f"{what}: axe-core checked nothing"
    details = [
        f"{violation['id']}: {node['target']} {node['html'][:200]}"
        for violation in result.response["violations"]
        for node in violation["nodes"]
    ]
    assert result.violations_count == 0, "\n".join(details)


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
