"""The governance tests' people: an editor and a moderator in each of two regions, and a translator.

``setup_governance()`` (``manage.py setup_regions``) runs once the regions exist; each person is put
in the groups it made, as an administrator would, and logs in to the admin with the test client.
"""

import pytest

from portal.governance import TRANSLATORS, editors_group_name, moderators_group_name, setup_governance
from tests.governance.utils import make_user


@pytest.fixture
def governance(regions):
    """The groups, collections and workflows of both regions, as the command makes them."""
    return setup_governance()


@pytest.fixture
def editor_a(governance, regions):
    return make_user("editor_a", editors_group_name(regions.kielce.region), regions.kielce.region)


@pytest.fixture
def moderator_a(governance, regions):
    return make_user("moderator_a", moderators_group_name(regions.kielce.region), regions.kielce.region)


@pytest.fixture
def editor_b(governance, regions):
    return make_user("editor_b", editors_group_name(regions.bialystok.region), regions.bialystok.region)


@pytest.fixture
def moderator_b(governance, regions):
    return make_user("moderator_b", moderators_group_name(regions.bialystok.region), regions.bialystok.region)


@pytest.fixture
def translator(governance):
    return make_user("translator", TRANSLATORS)


@pytest.fixture
def as_user(client):
    """``as_user(user)``: the test client, logged in to the admin as ``user``."""

    def login(user):
        client.force_login(user)
        return client

    return login
