"""The main menu on a phone: a "Menu" button that folds it, by keyboard, and a menu shown without JavaScript
(issue 19, item 17). Before the button the menu took 3–4 rows and the header 357 of 740 px at 320 px."""

import pytest

from tests.browser.helpers import WCAG, assert_reflows

pytestmark = pytest.mark.browser

PHONE = {"width": 320, "height": 740}
DESKTOP = {"width": 1366, "height": 768}
MENU_LINK = "#main-nav-list a"
BUTTON = ".main-nav__toggle"


def header_height(page):
    return page.evaluate("document.querySelector('.site-header').getBoundingClientRect().height")


def test_on_a_phone_the_menu_is_folded_behind_a_button(page):
    page.set_viewport_size(PHONE)
    page.goto("/")
    button = page.locator(BUTTON)

    assert button.is_visible()
    assert button.inner_text().strip() == "Menu"
    assert button.get_attribute("aria-expanded") == "false"
    assert button.get_attribute("aria-controls") == "main-nav-list"
    assert not page.locator(MENU_LINK).first.is_visible()
    assert header_height(page) <= 0.3 * PHONE["height"], f"the header is {header_height(page)}px tall"
    assert_reflows(page, "home page, menu folded")


def test_the_button_opens_and_closes_the_menu_by_keyboard(page, axe):
    page.set_viewport_size(PHONE)
    page.goto("/aktualnosci/")
    button = page.locator(BUTTON)
    button.focus()

    page.keyboard.press("Enter")

    assert button.get_attribute("aria-expanded") == "true"
    assert page.locator(MENU_LINK).count() >= 5
    assert all(link.is_visible() for link in page.locator(MENU_LINK).all())
    assert page.locator(f"{MENU_LINK}[aria-current]").inner_text() == "Aktualności"
    assert_reflows(page, "menu open")
    result = axe.run(page, options=WCAG)
    assert result.violations_count == 0, result.generate_snapshot()

    page.keyboard.press("Space")
    assert button.get_attribute("aria-expanded") == "false"
    assert not page.locator(MENU_LINK).first.is_visible()

    page.keyboard.press("Space")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.closest('#main-nav-list') !== null"), "Tab goes into the open menu"

    page.keyboard.press("Escape")

    assert button.get_attribute("aria-expanded") == "false"
    assert not page.locator(MENU_LINK).first.is_visible()
    assert page.evaluate("document.activeElement.classList.contains('main-nav__toggle')"), "focus back on the button"
    result = axe.run(page, options=WCAG)
    assert result.violations_count == 0, result.generate_snapshot()


def test_on_a_wide_screen_the_menu_shows_without_a_button(page):
    page.set_viewport_size(DESKTOP)
    page.goto("/")

    assert not page.locator(BUTTON).is_visible()
    assert all(link.is_visible() for link in page.locator(MENU_LINK).all())
    page.keyboard.press("Escape")  # nothing to close: the menu stays
    assert page.locator(MENU_LINK).first.is_visible()


def test_without_javascript_the_menu_is_shown(browser, demo_site, live_server):
    context = browser.new_context(java_script_enabled=False, base_url=live_server.url, viewport=PHONE)
    try:
        page = context.new_page()
        page.goto("/")

        assert page.locator(MENU_LINK).count() >= 5
        assert all(link.is_visible() for link in page.locator(MENU_LINK).all())
        assert not page.locator(BUTTON).is_visible(), "a button that does nothing is not offered"
        assert_reflows(page, "home page without JavaScript")
    finally:
        context.close()
