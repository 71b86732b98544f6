"""Pages are translated through wagtail-localize, tables included, and served under /en/."""

import pytest

from portal.localize import MissingTranslations, translate_page
from tests.factories import StandardPageFactory

TABLE = {
    "table_caption": "Projekty Modelu Kooperacji",
    "first_row_is_table_header": True,
    "first_col_is_header": False,
    "data": [["Projekt", "Typ gmin"], ["Kooperacja 3D", "miejskie"]],
}
HOME_EN = {
    "Portal Kooperacji": "Cooperation Portal",
    "slug:strona-glowna": "home",
    "Kooperacja – razem skuteczniej pomagamy rodzinom": "Cooperation – helping families better, together",
}


@pytest.fixture
def page_with_table(home):
    return StandardPageFactory(
        parent=home,
        title="O projekcie",
        slug="o-projekcie",
        introduction="Wstęp",
        body=[("heading", {"text": "Partnerzy", "level": "h2"}), ("table", TABLE)],
    )


def test_table_caption_and_cells_are_translated(client, home, locales, page_with_table):
    translate_page(home, locales["en"], HOME_EN)
    translate_page(
        page_with_table,
        locales["en"],
        {
            "O projekcie": "About the project",
            "slug:o-projekcie": "about",
            "Wstęp": "Introduction",
            "Partnerzy": "Partners",
            "Projekty Modelu Kooperacji": "Projects of the Cooperation Model",
            "Projekt": "Project",
            "Typ gmin": "Type of municipality",
            "Kooperacja 3D": "Kooperacja 3D",
            "miejskie": "urban",
        },
    )

    html = client.get("/en/about/").content.decode()

    assert "<caption>Projects of the Cooperation Model</caption>" in html
    assert "Type of municipality" in html and "urban" in html
    assert "Typ gmin" not in html
    # The Polish page keeps its own table.
    assert "Typ gmin" in client.get("/o-projekcie/").content.decode()


def test_a_missing_string_is_reported_not_left_in_polish(home, locales, page_with_table):
    translate_page(home, locales["en"], HOME_EN)
    with pytest.raises(MissingTranslations, match="Typ gmin"):
        translate_page(page_with_table, locales["en"], {"O projekcie": "About the project"})
