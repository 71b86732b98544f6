"""A user's region: set in the admin's user forms, shown in the user list and filterable there."""

import pytest
from django.contrib.auth import get_user_model

from portal.models import Profile
from tests.factories import UserFactory
from tests.portal.utils import soup, text_of

User = get_user_model()


@pytest.fixture
def staff(regions):
    kielce, bialystok = regions.kielce.region, regions.bialystok.region
    anna = UserFactory(username="anna", first_name="Anna")
    Profile.objects.create(user=anna, region=kielce)
    jan = UserFactory(username="jan", first_name="Jan")
    Profile.objects.create(user=jan, region=bialystok)
    UserFactory(username="ewa", first_name="Ewa")
    return kielce, bialystok


def usernames(html):
    return sorted(text_of(cell) for cell in html.select("td.username"))


def test_user_list_shows_each_users_region(admin_client, staff):
    html = soup(admin_client.get("/admin/users/"))

    rows = {text_of(row.select_one("td.username")): text_of(row) for row in html.select("tbody tr")}
    assert "ROPS Kielce" in rows["anna"]
    assert "ROPS Białystok" in rows["jan"]
    assert "ROPS" not in rows["ewa"]


def test_user_list_filters_by_region(admin_client, staff):
    kielce, _bialystok = staff

    html = soup(admin_client.get(f"/admin/users/?region={kielce.pk}"))

    assert usernames(html) == ["anna"]


def test_unknown_region_in_the_filter_is_not_an_error(admin_client, staff):
    assert admin_client.get("/admin/users/?region=999999").status_code == 200
    assert admin_client.get("/admin/users/?region=abc").status_code == 200


def test_administrator_sets_a_users_region_in_the_edit_form(admin_client, staff):
    _kielce, bialystok = staff
    ewa = User.objects.get(username="ewa")
    form = soup(admin_client.get(f"/admin/users/edit/{ewa.pk}/"))
    assert form.find("select", attrs={"name": "region"}) is not None

    response = admin_client.post(
        f"/admin/users/edit/{ewa.pk}/",
        {
            "username": "ewa",
            "email": "ewa@example.org",
            "first_name": "Ewa",
            "last_name": "Nowak",
            "is_active": "on",
            "region": bialystok.pk,
        },
    )

    assert response.status_code == 302
    assert Profile.objects.get(user=ewa).region == bialystok


def test_new_user_gets_a_region(admin_client, staff):
    kielce, _bialystok = staff
    response = admin_client.post(
        "/admin/users/new/",
        {
            "username": "marta",
            "email": "marta@example.org",
            "first_name": "Marta",
            "last_name": "Wiśniewska",
            "password1": "Kooperacja-2026-haslo",
            "password2": "Kooperacja-2026-haslo",
            "region": kielce.pk,
        },
    )

    assert response.status_code == 302
    assert Profile.objects.get(user__username="marta").region == kielce
