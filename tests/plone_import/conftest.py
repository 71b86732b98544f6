"""The portal an import lands in: Polish and English home pages, listings, two regions with their
groups, collections and workflows (``setup_regions``), and a realistic Plone export next to it."""

import pytest

from tests.plone_import.export_builder import build_export
from tests.plone_import.utils import make_portal


@pytest.fixture
def portal_site(db):
    return make_portal()


@pytest.fixture
def export(tmp_path):
    return build_export(tmp_path / "export")
