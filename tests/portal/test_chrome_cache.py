"""The cached header and footer change as soon as a page or the portal settings change."""

from wagtail.models import Site

from portal.models import PortalSettings
from tests.factories import StandardPageFactory


def test_menu_shows_a_newly_published_page_at_once(client, home):
    assert "Szkoła Kooperacji" not in client.get("/").content.decode()

    page = StandardPageFactory(parent=home, title="Szkoła Kooperacji", slug="szkola", show_in_menus=True, live=False)
    page.save_revision().publish()  # as the admin's "Publish" does

    assert "Szkoła Kooperacji" in client.get("/").content.decode()


def test_footer_follows_a_change_of_settings(client, home):
    settings = PortalSettings.for_site(Site.objects.get(is_default_site=True))
    settings.organisation_name = "ROPS Kielce"
    settings.save()
    assert "ROPS Kielce" in client.get("/").content.decode()

    settings.organisation_name = "ROPS Rzeszów"
    settings.save()

    html = client.get("/").content.decode()
    assert "ROPS Rzeszów" in html and "ROPS Kielce" not in html


def test_unpublished_menu_page_disappears(client, home):
    page = StandardPageFactory(parent=home, title="Rekrutacja 2020", slug="rekrutacja", show_in_menus=True)
    assert "Rekrutacja 2020" in client.get("/").content.decode()

    page.unpublish()

    assert "Rekrutacja 2020" not in client.get("/").content.decode()
