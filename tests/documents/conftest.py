"""The documents tests' categories; home, regions and library come from tests/conftest.py."""

import pytest

from tests.factories import DocumentCategoryFactory


@pytest.fixture
def categories(locales):
    return {
        "model": DocumentCategoryFactory(name="Model kooperacji", slug="model-kooperacji", sort_order=1),
        "report": DocumentCategoryFactory(name="Raport z badań", slug="raport-z-badan", sort_order=2),
    }
