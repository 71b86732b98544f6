"""The site the documents tests share: home, two regional centres, the library and its categories."""

import pytest
from django.core.cache import cache

from tests.factories import DocumentCategoryFactory, DocumentLibraryPageFactory
from tests.news.utils import build_regions


@pytest.fixture(autouse=True)
def empty_cache():
    """Wagtail caches site root paths in the (local-memory) cache; no test sees another's."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    """Uploaded and generated files go to a folder of their own, removed after the test."""
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


@pytest.fixture
def regions(home):
    return build_regions(home)


@pytest.fixture
def library(home):
    return DocumentLibraryPageFactory(parent=home)


@pytest.fixture
def categories(locales):
    return {
        "model": DocumentCategoryFactory(name="Model kooperacji", slug="model-kooperacji", sort_order=1),
        "report": DocumentCategoryFactory(name="Raport z badań", slug="raport-z-badan", sort_order=2),
    }
