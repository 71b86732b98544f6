"""The Wagtail admin speaks Polish to a new user and manages projects, regions and settings."""

import pytest

from portal.models import Region
from tests.factories import ProjectFactory, RegionFactory, UserFactory


@pytest.fixture
def admin_client(client, home):
    user = UserFactory(username="redakcja", superuser=True)
    client.force_login(user)
    return client


def test_admin_opens_in_polish_even_for_an_english_browser(admin_client):
    response = admin_client.get("/admin/", HTTP_ACCEPT_LANGUAGE="en-GB,en;q=0.9")
    html = response.content.decode()
    assert response.status_code == 200
    assert '<html lang="pl"' in html
    assert "Pulpit" in html or "Strony" in html


def test_login_page_is_polish_for_anonymous_visitor(client, home):
    html = client.get("/admin/login/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "Zaloguj się" in html


def test_region_list_is_filterable_by_project_and_searchable(admin_client):
    first, second = ProjectFactory(name="Kooperacja 3D"), ProjectFactory(name="Liderzy kooperacji")
    RegionFactory(short_name="ROPS Katowice", city="Katowice", project=first)
    RegionFactory(short_name="ROPS Kielce", project=second)

    filtered = admin_client.get("/admin/snippets/portal/region/", {"project": first.pk}).content.decode()
    searched = admin_client.get("/admin/snippets/portal/region/", {"q": "Kielce"}).content.decode()

    assert "ROPS Katowice" in filtered and "ROPS Kielce" not in filtered
    assert "ROPS Kielce" in searched and "ROPS Katowice" not in searched


def test_region_form_rejects_a_duplicate_slug_with_a_polish_message(admin_client):
    existing = RegionFactory(slug="swietokrzyskie")
    response = admin_client.post(
        "/admin/snippets/portal/region/add/",
        {
            "name": "Inny ośrodek",
            "short_name": "ROPS X",
            "slug": existing.slug,
            "voivodeship": "świętokrzyskie",
            "city": "Kielce",
            "project": existing.project_id,
        },
    )
    assert response.status_code == 200
    assert Region.objects.filter(slug="swietokrzyskie").count() == 1
    assert "Istnieje już" in response.content.decode()


def test_portal_settings_edit_view_renders(admin_client, home):
    from wagtail.models import Site

    site = Site.objects.get(is_default_site=True)
    response = admin_client.get(f"/admin/settings/portal/portalsettings/{site.pk}/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Fundusze UE" in html and "Stopka" in html
