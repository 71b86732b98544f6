"""The site the news and events tests share: home, two regional centres, the news and event indexes."""

import pytest
from django.core.cache import cache

from tests.factories import DocumentLibraryPageFactory, EventIndexPageFactory, NewsIndexPageFactory
from tests.news.utils import build_regions


@pytest.fixture(autouse=True)
def empty_cache():
    """Wagtail caches site root paths in the (local-memory) cache; no test sees another's."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    """Images and files made by the factories go to a folder of their own, removed after the test."""
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


@pytest.fixture
def regions(home):
    return build_regions(home)


@pytest.fixture
def news_index(home):
    return NewsIndexPageFactory(parent=home)


@pytest.fixture
def event_index(home):
    return EventIndexPageFactory(parent=home)


@pytest.fixture
def library(home):
    return DocumentLibraryPageFactory(parent=home)
