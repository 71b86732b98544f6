"""Helpers shared by the news, events and documents tests: the site's regions, query counting, bad input."""

import re
from collections import Counter
from dataclasses import dataclass

from django.db import connection
from django.test.utils import CaptureQueriesContext

from portal.content_version import new_content_version
from portal.models import RegionPage
from tests.factories import ProjectFactory, RegionFactory, RegionPageFactory


@dataclass
class Regions:
    kielce: RegionPage
    bialystok: RegionPage


def build_regions(home):
    """Two regional centres in two projects: świętokrzyskie (Liderzy kooperacji) and podlaskie (Kooperacja 3D)."""
    leaders = ProjectFactory(name="Liderzy kooperacji", slug="liderzy-kooperacji")
    three_d = ProjectFactory(name="Kooperacja 3D", slug="kooperacja-3d")
    kielce = RegionPageFactory(
        parent=home,
        slug="swietokrzyskie",
        title="Województwo świętokrzyskie",
        region=RegionFactory(
            name="Regionalny Ośrodek Polityki Społecznej w Kielcach",
            short_name="ROPS Kielce",
            slug="swietokrzyskie",
            voivodeship="świętokrzyskie",
            project=leaders,
        ),
    )
    bialystok = RegionPageFactory(
        parent=home,
        slug="podlaskie",
        title="Województwo podlaskie",
        region=RegionFactory(
            name="Regionalny Ośrodek Polityki Społecznej w Białymstoku",
            short_name="ROPS Białystok",
            slug="podlaskie",
            voivodeship="podlaskie",
            city="Białystok",
            project=three_d,
        ),
    )
    return Regions(kielce=kielce, bialystok=bialystok)


def count_queries(client, url):
    """The queries of one GET of ``url`` (which must answer 200) and the response.

    Measured as the first visit after a publication (the cached header, counts and choices are
    rebuilt), so that two measurements compare like with like whatever was created in between.
    """
    new_content_version()
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200, url
    return [query["sql"] for query in context.captured_queries], response


def shape(sql):
    """A statement with its literal values blanked out, to compare what two runs asked for."""
    return re.sub(r"'[^']*'|\b\d+\b", "?", sql)


def assert_same_queries(few, many, url):
    """Equal query counts; on failure the message shows the statements the second run repeated."""
    if len(few) != len(many):
        extra = Counter(map(shape, many)) - Counter(map(shape, few))
        details = "\n".join(f"{count} × {sql[:400]}" for sql, count in extra.most_common(5))
        raise AssertionError(f"{url}: {len(few)} queries with a few items, {len(many)} with many. More of:\n{details}")


# Query strings a visitor, a crawler or a vulnerability scanner may send to any listing.
BAD_QUERIES = [
    "page=0",
    "page=-1",
    "page=99999",
    "page=abc",
    "page=1.5",
    "page=%00",
    "region=nonexistent",
    "region=%00",
    "region=swietokrzyskie&region=nonexistent",
    "region=nonexistent&region=swietokrzyskie",
    "project=nie-ma-takiego",
    "year=abc",
    "year=99999999999",
    "year=-2024",
    "year=%00",
    "category=x",
    "language=xx",
    "tag=" + "a" * 5000,
    "tag=%00",
    "tag=%E2%80%AE%F0%9F%98%80",
    "tag=a&tag=b",
    "%00=%00",
    "region[]=swietokrzyskie",
    "q=%27%3B--",
    # Unicode digits and spaces (issue 19, item 5): "²", "٣", "２０２４", NBSP, ZWSP, U+3000
    "page=%C2%B2",
    "page=%D9%A3",
    "page=%EF%BC%92",
    "page=%E2%80%8B1",
    "year=%C2%B2",
    "year=%EF%BC%92%EF%BC%90%EF%BC%92%EF%BC%94",
    "year=2024%C2%A0",
    "year=%E3%80%802024",
]

# Filters that cannot be applied: the listing says so above the list and ignores them.
INVALID_FILTERS = {
    "region=nonexistent": "region",
    "region=%00": "region",
    "project=nie-ma-takiego": "project",
    "year=abc": "year",
    "year=99999999999": "year",
    "year=%EF%BC%92%EF%BC%90%EF%BC%92%EF%BC%94": "year",  # full-width "２０２４"
    "year=2024%C2%A0": "year",  # a no-break space after it
}
