"""Helpers the Plone import tests share: the portal an import lands in, and the command run on an export."""

import io

from django.core.management import call_command

from portal.governance import setup_governance
from tests.factories import DocumentLibraryPageFactory, EventIndexPageFactory, NewsIndexPageFactory
from tests.portal.utils import translate


def make_portal():
    """The site the import lands in, as an administrator prepares it: home pages in Polish and English,
    the listings, two regions with ``setup_regions`` and the English region page published."""
    from wagtail.models import Locale, Page, Site

    from tests.factories import HomePageFactory
    from tests.news.utils import build_regions

    locales = {code: Locale.objects.get_or_create(language_code=code)[0] for code in ("pl", "en", "uk")}
    root = Page.get_first_root_node()
    home = HomePageFactory(parent=root, title="Portal Kooperacji", slug="strona-glowna", locale=locales["pl"])
    Site.objects.update_or_create(
        is_default_site=True, defaults={"hostname": "testserver", "port": 80, "root_page": home}
    )
    Page.objects.filter(depth=2).exclude(pk=home.pk).exclude(content_type__model="homepage").delete()
    regions = build_regions(home)
    home_en = translate(home, locales["en"], title="Cooperation Portal")
    NewsIndexPageFactory(parent=home, title="Aktualności", slug="aktualnosci")
    EventIndexPageFactory(parent=home, title="Wydarzenia", slug="wydarzenia")
    DocumentLibraryPageFactory(parent=home, title="Dokumenty", slug="dokumenty")
    setup_governance()
    regions.kielce.get_translation(locales["en"]).save_revision().publish()
    return {"home": home, "home_en": home_en, "regions": regions}


def run_import(path, *args, region="swietokrzyskie", report=None, **options):
    """The command's output, its exception (or None) and the JSON report path."""
    from django.core.management.base import CommandError

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
    except CommandError as exception:  # the command's exit status 1, with its message
        error = exception
    return out.getvalue() + err.getvalue(), error, report
