"""Fixtures shared by the portal's HTTP tests: the accessibility statement and the English home page."""

import pytest

from tests.factories import AccessibilityStatementPageFactory
from tests.portal.utils import translate


@pytest.fixture
def statement(home):
    return AccessibilityStatementPageFactory(parent=home)


@pytest.fixture
def home_en(home, locales):
    """The English home page, translated from the Polish one and published at /en/."""
    return translate(home, locales["en"], title="Cooperation Portal", hero_heading="Cooperation – helping families")
