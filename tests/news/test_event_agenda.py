"""The event page's agenda heading appears once, whether or not the editor's agenda carries it (issue 19, item 18)."""

import json

import pytest

from tests.factories import EventPageFactory
from tests.portal.utils import soup, text_of

LIST = {"type": "paragraph", "value": "<ul><li>10:00 – powitanie</li><li>11:00 – praca w grupach</li></ul>"}


@pytest.mark.parametrize(
    ("agenda", "headings"),
    [
        ([{"type": "heading", "value": {"text": "Program", "level": "h2"}}, LIST], ["Program"]),
        ([{"type": "heading", "value": {"text": "Plan dnia", "level": "h2"}}, LIST], ["Plan dnia"]),
        ([LIST], ["Program"]),  # none in the content: the template's own ("Agenda" in Polish)
    ],
    ids=["content-says-program", "content-has-its-own-heading", "content-without-heading"],
)
def test_the_agenda_has_one_heading(client, regions, agenda, headings):
    event = EventPageFactory(parent=regions.kielce, slug="spotkanie-z-programem", agenda=json.dumps(agenda))

    response = client.get(event.url)

    assert response.status_code == 200
    main = soup(response).select_one("main")
    titles = [text_of(heading) for heading in main.select("h2")]
    assert [title for title in titles if title in {"Program", "Plan dnia"}] == headings
    assert "10:00 – powitanie" in text_of(main)
