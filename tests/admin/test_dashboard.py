"""The editor's dashboard: "Do akceptacji" (the region's pages in moderation) and "Moje ostatnie zmiany"."""

import pytest
from django.contrib.auth.models import Group

from portal.governance import editors_group_name, moderators_group_name, setup_governance
from portal.models import Profile
from tests.factories import NewsPageFactory, UserFactory
from tests.portal.utils import soup, text_of


def make_editor(username, region_page, group_name=editors_group_name):
    user = UserFactory(username=username, first_name=username.title())
    user.groups.add(Group.objects.get(name=group_name(region_page.region)))
    Profile.objects.create(user=user, region=region_page.region)
    return user


@pytest.fixture
def editors(regions):
    setup_governance()
    return (
        make_editor("anna", regions.kielce),
        make_editor("ola", regions.kielce),
        make_editor("jan", regions.bialystok),
    )


def submit(page, user):
    """Start the region's moderation workflow on ``page`` as ``user`` (what "Submit to…" does)."""
    revision = page.save_revision(user=user)
    page.get_workflow().start(page, user)
    return revision


def panel(client, panel_id):
    return soup(client.get("/admin/")).find(id=panel_id)


def test_editor_sees_the_regions_pages_awaiting_approval(client, regions, editors):
    anna, ola, jan = editors
    submit(NewsPageFactory(parent=regions.kielce, title="Nabór do Szkoły Kooperacji", live=False), ola)
    submit(NewsPageFactory(parent=regions.bialystok, title="Spotkanie w Białymstoku", live=False), jan)
    client.force_login(anna)

    awaiting = panel(client, "region-moderation-section") or panel(client, "region-moderation")

    assert awaiting is not None
    assert "Do akceptacji" in text_of(awaiting)
    rows = [text_of(row) for row in awaiting.select("tbody tr")]
    assert len(rows) == 1
    assert "Nabór do Szkoły Kooperacji" in rows[0] and "Ola" in rows[0]
    assert "Akceptacja moderatora – ROPS Kielce" in rows[0]


def test_nothing_awaiting_is_said_plainly(client, regions, editors):
    anna, _ola, _jan = editors
    client.force_login(anna)

    text = text_of(soup(client.get("/admin/")).find("main"))

    assert "Żadna strona nie czeka na akceptację. Region: świętokrzyskie (ROPS Kielce)." in text


def test_my_recent_changes_lists_the_editors_own_edits(client, regions, editors):
    anna, _ola, _jan = editors
    client.force_login(anna)
    page = NewsPageFactory(parent=regions.kielce, title="Relacja ze szkolenia", live=False)
    page.save_revision(user=anna, log_action=True)

    html = soup(client.get("/admin/"))

    recent = html.find(id="recent-edits-section") or html.find(id="recent-edits")
    assert recent is not None
    assert "Moje ostatnie zmiany" in text_of(recent)
    assert "Relacja ze szkolenia" in text_of(recent)


def test_user_without_a_region_has_no_region_panel(admin_client, regions, editors):
    html = soup(admin_client.get("/admin/"))

    assert "Do akceptacji" not in text_of(html.find("main"))


def test_moderator_sees_each_page_awaiting_review_once(client, regions, editors):
    """Wagtail's "Awaiting your review" (with approve and reject) is the moderator's one list."""
    _anna, ola, _jan = editors
    moderator = make_editor("ewa", regions.kielce, moderators_group_name)
    submit(NewsPageFactory(parent=regions.kielce, title="Nabór do Szkoły Kooperacji", live=False), ola)
    client.force_login(moderator)

    text = text_of(soup(client.get("/admin/")).find("main"))

    assert text.count("Nabór do Szkoły Kooperacji") == 1
    assert "Do akceptacji" not in text


def test_editor_sees_own_submission_once(client, regions, editors):
    """The editor's own page is in "Do akceptacji" only, not again in Wagtail's list of their pages."""
    anna, _ola, _jan = editors
    submit(NewsPageFactory(parent=regions.kielce, title="Relacja z Komitetu Sterującego", live=False), anna)
    client.force_login(anna)

    text = text_of(soup(client.get("/admin/")).find("main"))

    assert text.count("Relacja z Komitetu Sterującego") == 1
    assert "Do akceptacji" in text
