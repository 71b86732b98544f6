"""The admin's userbar, with its accessibility checker, on public pages for people who can edit them."""

from tests.portal.utils import soup


def test_editor_sees_the_userbar_with_the_accessibility_checker(admin_client, home):
    html = soup(admin_client.get("/"))

    assert html.find("wagtail-userbar") is not None or "wagtail-userbar" in str(html)
    assert html.find("script", id="checker-axe-configuration") is not None


def test_visitors_get_no_userbar(client, home):
    html = client.get("/").content.decode()

    assert "wagtail-userbar" not in html
    assert "checker-axe-configuration" not in html
