"""Every admin view of a region-scoped viewset refuses another region's object (issue 19, item 6).

The cooperation teams' snippet viewset scoped its listing only: moderator.podlaskie got 200 and the
full form at /admin/snippets/portal/team/edit/<id>/ for a Kielce team, and its history and usage. The
test walks every URL of every viewset built on portal.admin_scoping.ScopedViewSetMixin (the snippet
views and the chooser's) with the other region's object's id: 404 or the admin's permission denial,
never the object; the own region's object still opens.
"""

import pytest
from django.urls import URLPattern, URLResolver, reverse
from wagtail.admin.viewsets import viewsets as registry

from portal.admin_scoping import ScopedViewSetMixin
from portal.models import Team


def scoped_viewsets():
    registry.populate()
    return [viewset for viewset in registry.viewsets if isinstance(viewset, ScopedViewSetMixin)]


def object_routes(viewset):
    """The URL names (in the viewset's namespace) of every view that takes an object's ``pk``, and those
    of its chooser, with the names of the other URL arguments."""
    routes = []
    for namespace, patterns in (
        (viewset.url_namespace, viewset.get_urlpatterns()),
        (viewset.chooser_viewset.url_namespace, viewset.chooser_viewset.get_urlpatterns()),
    ):
        for pattern in patterns:
            assert not isinstance(pattern, URLResolver)
            if isinstance(pattern, URLPattern) and "pk" in pattern.pattern.regex.groupindex:
                routes.append((f"{namespace}:{pattern.name}", set(pattern.pattern.regex.groupindex) - {"pk"}))
    return routes


def test_the_team_viewset_is_scoped_and_has_the_views_named_in_the_issue():
    viewsets = scoped_viewsets()
    assert Team in {viewset.model for viewset in viewsets}
    names = {name.split(":")[1] for viewset in viewsets for name, _args in object_routes(viewset)}
    assert {"edit", "delete", "usage", "history", "chosen"} <= names


@pytest.fixture
def teams(regions):
    kielce = Team.objects.create(name="G-PZK w Chmielniku", municipality="Chmielnik", region=regions.kielce.region)
    bialystok = Team.objects.create(name="G-PZK w Supraślu", municipality="Supraśl", region=regions.bialystok.region)
    return kielce, bialystok


def get_and_post(client, name, pk, other_args):
    url = reverse(name, kwargs={"pk": pk, **dict.fromkeys(other_args, 1)})
    return url, client.get(url), client.post(url, {"name": "Przejęty", "municipality": "X", "region": ""})


def test_every_view_refuses_another_regions_team(as_user, moderator_b, teams):
    kielce_team, _own = teams
    client = as_user(moderator_b)
    for viewset in scoped_viewsets():
        for name, other_args in object_routes(viewset):
            url, got, posted = get_and_post(client, name, kielce_team.pk, other_args)
            assert got.status_code in (403, 404), f"GET {url}: {got.status_code}"
            assert posted.status_code in (403, 404, 405), f"POST {url}: {posted.status_code}"
            assert "Chmielnik" not in got.content.decode(), url
    kielce_team.refresh_from_db()
    assert kielce_team.name == "G-PZK w Chmielniku"


def test_the_own_regions_team_opens(as_user, moderator_b, teams):
    _kielce_team, own = teams
    client = as_user(moderator_b)

    for name in ("wagtailsnippets_portal_team:edit", "wagtailsnippets_portal_team:history"):
        response = client.get(reverse(name, args=[own.pk]))
        assert response.status_code == 200 and "Supraśl" in response.content.decode()
    chooser = client.get(reverse("wagtailsnippetchoosers_portal_team:choose")).json()["html"]
    assert "Supraśl" in chooser and "Chmielnik" not in chooser
