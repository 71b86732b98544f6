"""Cooperation teams (G-PZK) in the admin: a region's moderators manage their own region's teams only."""

from django.urls import reverse

from portal.governance import COORDINATORS
from portal.models import Team
from tests.governance.utils import make_user
from tests.portal.utils import soup, text_of


def add_team(client, region, name="G-PZK w Chmielniku"):
    return client.post(
        reverse("wagtailsnippets_portal_team:add"), {"name": name, "municipality": "Chmielnik", "region": region.pk}
    )


def test_moderator_adds_a_team_in_their_own_region(as_user, moderator_a, regions):
    response = add_team(as_user(moderator_a), regions.kielce.region)

    assert response.status_code == 302
    assert Team.objects.get().region == regions.kielce.region


def test_moderator_cannot_add_a_team_in_another_region(as_user, moderator_a, regions):
    response = add_team(as_user(moderator_a), regions.bialystok.region)

    assert response.status_code == 200
    assert "Możesz zarządzać tylko Gminno-Powiatowymi Zespołami Kooperacji ze swojego regionu." in text_of(
        soup(response)
    )
    assert not Team.objects.exists()


def test_team_list_shows_a_moderator_their_own_region_only(as_user, moderator_a, regions):
    Team.objects.create(name="G-PZK w Chmielniku", municipality="Chmielnik", region=regions.kielce.region)
    Team.objects.create(name="G-PZK w Supraślu", municipality="Supraśl", region=regions.bialystok.region)

    text = text_of(soup(as_user(moderator_a).get(reverse("wagtailsnippets_portal_team:list"))))

    assert "G-PZK w Chmielniku" in text and "G-PZK w Supraślu" not in text


def test_course_coordinator_manages_every_regions_teams(as_user, governance, regions):
    coordinator = make_user("koordynator", COORDINATORS)

    response = add_team(as_user(coordinator), regions.bialystok.region, "G-PZK w Supraślu")

    assert response.status_code == 302 and Team.objects.get().region == regions.bialystok.region


def test_editor_without_the_permission_is_refused(as_user, editor_a, regions):
    response = add_team(as_user(editor_a), regions.kielce.region)

    assert response.status_code in (302, 403) and not Team.objects.exists()
