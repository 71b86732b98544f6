"""Search excerpts read as the page does: no block labels, no words run together, no sentence twice (issue 19, item 19)."""

import json

import pytest

from search import excerpts
from search.indexing import searchable_text
from search.text import html_text
from tests.factories import StandardPageFactory
from tests.portal.utils import soup, text_of

BODY = [
    {"type": "heading", "value": {"text": "Zespół portalu", "level": "h2"}},
    {
        "type": "paragraph",
        "value": "<p>Regionalny Ośrodek Polityki Społecznej w Kielcach<br/>e-mail: kooperacja@example.org</p>"
        "<div>Biuro w Kielcach</div><div>czynne w dni robocze.</div>",
    },
    {"type": "paragraph", "value": "<p>Zespół portalu odpowiada na pytania o szkolenia w Kielcach.</p>"},
]


def wanted(*words):
    keys = set()
    for word in words:
        keys |= excerpts.word_keys(word, "pl")
    return keys


@pytest.fixture
def contact_page(home):
    return StandardPageFactory(
        parent=home,
        title="Kontakt z zespołem",
        slug="kontakt-z-zespolem",
        introduction="Zespół portalu odpowiada na pytania o szkolenia w Kielcach.",
        body=json.dumps(BODY),
    )


def test_html_text_ends_a_line_at_every_block_element():
    html = "<h2>Adres</h2><p>w Kielcach<br>e-mail: a@example.org<br />tel. 41</p><ul><li>jeden</li><li>dwa</li></ul>"
    assert html_text(html) == "Adres\nw Kielcach\ne-mail: a@example.org\ntel. 41\njeden\ndwa"
    assert html_text("<p>Ala&nbsp;i&amp;Ola   mają</p>") == "Ala i&Ola mają"


def test_a_pages_text_has_no_choice_labels_and_a_break_between_blocks(contact_page):
    text = searchable_text(contact_page)

    assert "Nagłówek" not in text and "Heading" not in text and "h2" not in text
    assert "Kielcache-mail" not in text
    assert "Regionalny Ośrodek Polityki Społecznej w Kielcach\ne-mail: kooperacja@example.org" in text
    assert "Biuro w Kielcach\nczynne w dni robocze." in text


def test_the_excerpt_keeps_each_sentence_once_and_separates_blocks():
    text = "Zespół odpowiada na pytania.\nZespół odpowiada na pytania.\nw Kielcach\ne-mail: a@example.org"

    assert excerpts.sentences(text) == ["Zespół odpowiada na pytania.", "w Kielcach", "e-mail: a@example.org"]
    passage, score = excerpts.best_passage(text, wanted("pytanie"), "pl")
    assert passage == "Zespół odpowiada na pytania. w Kielcach"
    passage, score = excerpts.best_passage(text, wanted("Kielce"), "pl")
    assert passage == "w Kielcach · e-mail: a@example.org" and score > 0
    assert str(excerpts.excerpt(text, wanted("Kielce"), "pl")) == "w <mark>Kielcach</mark> · e-mail: a@example.org"


def test_search_results_show_the_text_as_read(client, contact_page):
    response = client.get("/szukaj/", {"q": "ośrodek w Kielcach"})

    page = soup(response)
    assert [text_of(title) for title in page.select(".search-result__title")] == ["Kontakt z zespołem"]
    excerpt = page.select_one(".search-result__excerpt").get_text()
    assert excerpt == "Regionalny Ośrodek Polityki Społecznej w Kielcach · e-mail: kooperacja@example.org"

    response = client.get("/szukaj/", {"q": "pytania szkolenia"})
    excerpt = soup(response).select_one(".search-result__excerpt").get_text()
    assert excerpt.count("odpowiada na pytania") == 1, excerpt
    assert "Nagłówek" not in excerpt


def test_a_heading_level_is_not_a_word_of_the_page(client, contact_page):
    """Wagtail indexes a choice's label ("Nagłówek 2"): every page with a heading matched "nagłówek"."""
    response = client.get("/szukaj/", {"q": "nagłówek"})

    assert response.status_code == 200
    assert soup(response).select(".search-result") == []
