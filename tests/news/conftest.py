"""The news and events tests' index pages; home, regions and library come from tests/conftest.py."""

import pytest

from tests.factories import EventIndexPageFactory, NewsIndexPageFactory


@pytest.fixture
def news_index(home):
    return NewsIndexPageFactory(parent=home)


@pytest.fixture
def event_index(home):
    return EventIndexPageFactory(parent=home)
