"""The portal an import lands in: Polish and English home pages, listings, two regions with their
groups, collections and workflows (``setup_regions``), and a realistic Plone export next to it."""

import io

import pytest
from django.core.management import call_command

from portal.governance import setup_governance
from tests.factories import DocumentLibraryPageFactory, EventIndexPageFactory, NewsIndexPageFactory
from tests.plone_import.export_builder import build_export
from tests.portal.utils import translate


@pytest.fixture
def portal_site(home, locales, regions):
    home_en = translate(home, locales["en"], title="Cooperation Portal")
    NewsIndexPageFactory(parent=home, title="Aktualności", slug="aktualnosci")
    EventIndexPageFactory(parent=home, title="Wydarzenia", slug="wydarzenia")
    DocumentLibraryPageFactory(parent=home, title="Dokumenty", slug="dokumenty")
    setup_governance()
    region_en = regions.kielce.get_translation(locales["en"])
    region_en.save_revision().publish()
    return {"home": home, "home_en": home_en, "regions": regions}


@pytest.fixture
def export(tmp_path):
    return build_export(tmp_path / "export")


def run_import(path, *args, region="swietokrzyskie", report=None, **options):
    """The command's output, its exception (or None) and the JSON report path."""
    out, err = io.StringIO(), io.StringIO()
    report = report or path.parent / "report.json"
    error = None
    try:
        call_command(
            "import_plone",
            str(path),
            "--region",
            region,
            "--report",
            str(report),
            "--old-domain",
            "kooperacja.rops.example.pl",
            *args,
            stdout=out,
            stderr=err,
            **options,
        )
    except Exception as exception:  # CommandError is what the tests look at
        error = exception
    return out.getvalue() + err.getvalue(), error, report
