"""Events as a visitor sees them: the event page, the upcoming list and the archive, and the iCalendar feeds."""

import datetime
import zoneinfo

import pytest
from django.core.exceptions import ValidationError
from django.template.defaultfilters import date as date_filter
from django.utils import timezone, translation
from icalendar import Calendar
from wagtail.test.utils.form_data import querydict_from_html

from news.models import EventPage
from tests.factories import EventPageFactory
from tests.portal.utils import soup, text_of, ui

day = datetime.date
time = datetime.time
WARSAW = zoneinfo.ZoneInfo("Europe/Warsaw")


def in_days(number):
    return timezone.localdate() + datetime.timedelta(days=number)


def plain(element):
    """The text of an element exactly as it reads, whitespace collapsed (no spaces added between tags)."""
    return " ".join(element.get_text().split())


def polish_date(value):
    with translation.override("pl"):
        return date_filter(value, "j E Y")


def facts(client, url):
    """The event page's <dl> of facts as {term: description}."""
    response = client.get(url)
    assert response.status_code == 200
    dl = soup(response).select_one("article dl.facts")
    return {plain(dt): dd for dt, dd in zip(dl.find_all("dt"), dl.find_all("dd"), strict=True)}


def titles(html):
    return [text_of(element) for element in html.select(".listing .listing-item__title")]


# The event page ---------------------------------------------------------------------------------------


def test_event_page_shows_date_time_place_and_registration(client, regions, event_index):
    EventPageFactory(
        parent=regions.kielce,
        title="Spotkanie makroregionalne",
        slug="spotkanie",
        start_date=in_days(10),
        start_time=time(10, 0),
        end_time=time(14, 30),
        summary="Wymiana doświadczeń gminnych zespołów kooperacji.",
        place_name="Sala konferencyjna ROPS",
        address="ul. Witosa 86, 25-561 Kielce",
        organiser="ROPS Kielce",
        audience="członkowie G-PZK",
        registration_deadline=in_days(5),
    )

    response = client.get("/swietokrzyskie/spotkanie/")
    html = soup(response)
    when = facts(client, "/swietokrzyskie/spotkanie/")

    assert [text_of(h1) for h1 in html.find_all("h1")] == ["Spotkanie makroregionalne"]
    assert text_of(html.select_one("article p.lead")) == "Wymiana doświadczeń gminnych zespołów kooperacji."
    assert plain(when[ui("When")]) == f"{polish_date(in_days(10))}, 10:00–14:30"
    assert when[ui("When")].find("time")["datetime"] == f"{in_days(10).isoformat()}T10:00"
    assert plain(when[ui("Where")]) == "Sala konferencyjna ROPSul. Witosa 86, 25-561 Kielce"
    assert when[ui("Where")].find("br") is not None
    assert plain(when[ui("Organiser")]) == "ROPS Kielce"
    assert when[ui("Region")].find("a", href="/swietokrzyskie/").get_text() == "ROPS Kielce"
    assert plain(when[ui("For whom")]) == "członkowie G-PZK"
    deadline = when[ui("Registration until")]
    assert plain(deadline) == polish_date(in_days(5))
    assert deadline.find("time")["datetime"] == in_days(5).isoformat()
    calendar_link = html.find("a", string=ui("Add to calendar (.ics)"))
    assert calendar_link["href"] == "/swietokrzyskie/spotkanie/kalendarz/"


def test_past_event_says_it_has_ended_and_registration_is_closed(client, regions, event_index):
    EventPageFactory(
        parent=regions.kielce,
        slug="minione",
        start_date=day(2021, 5, 12),
        start_time=time(9, 0),
        registration_deadline=day(2021, 5, 5),
        is_online=True,
    )

    when = facts(client, "/swietokrzyskie/minione/")

    assert plain(when[ui("When")]) == f"12 maja 2021, 09:00 {ui('(event has ended)')}"
    assert plain(when[ui("Registration until")]) == f"5 maja 2021 ({ui('closed')})"
    assert plain(when[ui("Where")]) == ui("online")


def test_multi_day_event_shows_both_dates(client, regions, event_index):
    EventPageFactory(parent=regions.kielce, slug="konferencja", start_date=day(2021, 9, 29), end_date=day(2021, 10, 1))

    dd = facts(client, "/swietokrzyskie/konferencja/")[ui("When")]

    assert plain(dd) == f"29 września 2021 – 1 października 2021 {ui('(event has ended)')}"
    assert [element["datetime"] for element in dd.find_all("time")] == ["2021-09-29", "2021-10-01"]


def test_multi_day_event_with_times_shows_when_it_starts_and_ends(client, regions, event_index):
    EventPageFactory(
        parent=regions.kielce,
        slug="szkolenie-wyjazdowe",
        start_date=day(2021, 9, 29),
        start_time=time(10, 0),
        end_date=day(2021, 10, 1),
        end_time=time(14, 30),
    )

    dd = facts(client, "/swietokrzyskie/szkolenie-wyjazdowe/")[ui("When")]

    assert plain(dd) == f"29 września 2021, 10:00 – 1 października 2021, 14:30 {ui('(event has ended)')}"
    assert [element["datetime"] for element in dd.find_all("time")] == ["2021-09-29T10:00", "2021-10-01T14:30"]


def test_whole_day_event_ignores_its_times(client, regions, event_index):
    EventPageFactory(
        parent=regions.kielce,
        slug="piknik",
        start_date=in_days(3),
        start_time=time(10, 0),
        end_time=time(12, 0),
        whole_day=True,
    )

    dd = facts(client, "/swietokrzyskie/piknik/")[ui("When")]

    assert plain(dd) == f"{polish_date(in_days(3))} ({ui('all day')})"
    assert dd.find("time")["datetime"] == in_days(3).isoformat()


def test_event_without_place_has_no_where(client, regions, event_index):
    EventPageFactory(parent=regions.kielce, slug="bez-miejsca")

    assert ui("Where") not in facts(client, "/swietokrzyskie/bez-miejsca/")


# Validation -------------------------------------------------------------------------------------------


@pytest.mark.django_db  # Page.clean() looks up the default locale
@pytest.mark.parametrize(
    ("fields", "field", "message"),
    [
        ({"end_date": day(2026, 5, 11)}, "end_date", "The event cannot end before it starts."),
        ({"start_time": time(12, 0), "end_time": time(11, 0)}, "end_time", "The event cannot end before it starts."),
        (
            {"end_date": day(2026, 5, 12), "start_time": time(12, 0), "end_time": time(11, 0)},
            "end_time",
            "The event cannot end before it starts.",
        ),
        (
            {"registration_deadline": day(2026, 5, 13)},
            "registration_deadline",
            "Registration must close before the event starts.",
        ),
    ],
)
def test_clean_refuses_impossible_dates(fields, field, message):
    event = EventPage(title="Spotkanie", slug="spotkanie", summary="Opis.", start_date=day(2026, 5, 12), **fields)

    with translation.override("pl"), pytest.raises(ValidationError) as error:
        event.clean()

    assert error.value.message_dict == {field: [ui(message)]}


@pytest.mark.django_db  # Page.clean() looks up the default locale
@pytest.mark.parametrize(
    "fields",
    [
        {},
        {"end_date": day(2026, 5, 12), "start_time": time(10, 0), "end_time": time(10, 0)},
        {"end_date": day(2026, 5, 14), "start_time": time(12, 0), "end_time": time(9, 0)},  # ends on a later day
        {"registration_deadline": day(2026, 5, 12)},
    ],
)
def test_clean_accepts_possible_dates(fields):
    EventPage(title="Spotkanie", slug="spotkanie", summary="Opis.", start_date=day(2026, 5, 12), **fields).clean()


def add_event_in_admin(editor, parent, **fields):
    url = f"/admin/pages/add/news/eventpage/{parent.pk}/"
    data = querydict_from_html(editor.get(url).content.decode(), form_id="page-edit-form")
    data["agenda-count"] = data["body-count"] = "0"  # the StreamFields' inputs are drawn by JavaScript
    data.update({"title": "Spotkanie w admin", "slug": "spotkanie-w-admin", "summary": "Opis spotkania."})
    data.update(fields)
    data["action-publish"] = "action-publish"
    return editor.post(url, data)


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"start_date": "2026-05-12", "end_date": "2026-05-10"}, "The event cannot end before it starts."),
        (
            {"start_date": "2026-05-12", "registration_deadline": "2026-05-20"},
            "Registration must close before the event starts.",
        ),
    ],
)
def test_admin_form_refuses_impossible_dates_in_polish(editor, regions, fields, message):
    response = add_event_in_admin(editor, regions.kielce, **fields)

    assert response.status_code == 200
    assert ui(message) in response.content.decode()
    assert not EventPage.objects.filter(slug="spotkanie-w-admin").exists()


def test_admin_form_publishes_a_possible_event(editor, regions):
    response = add_event_in_admin(editor, regions.kielce, start_date="2026-05-12", end_date="2026-05-13")

    assert response.status_code == 302
    assert EventPage.objects.live().filter(slug="spotkanie-w-admin", end_date=day(2026, 5, 13)).exists()


# The event index: upcoming and archive ----------------------------------------------------------------


@pytest.fixture
def events(regions, event_index):
    EventPageFactory(parent=regions.kielce, title="Za tydzień", start_date=in_days(7))
    EventPageFactory(parent=regions.kielce, title="Dziś po południu", start_date=in_days(0), start_time=time(15, 0))
    EventPageFactory(parent=regions.kielce, title="Dziś rano", start_date=in_days(0), start_time=time(9, 0))
    EventPageFactory(parent=regions.bialystok, title="Trwa od wczoraj", start_date=in_days(-1), end_date=in_days(1))
    EventPageFactory(parent=regions.bialystok, title="Wczoraj", start_date=in_days(-1))
    EventPageFactory(parent=regions.kielce, title="Skończyło się wczoraj", start_date=in_days(-3), end_date=in_days(-1))
    EventPageFactory(parent=regions.kielce, title="Rok temu", start_date=in_days(-365))
    EventPageFactory(parent=regions.kielce, title="Szkic", start_date=in_days(2), live=False)


def test_upcoming_events_soonest_first_including_those_under_way(client, events):
    html = soup(client.get("/wydarzenia/"))

    assert titles(html) == ["Trwa od wczoraj", "Dziś rano", "Dziś po południu", "Za tydzień"]
    assert [text_of(h1) for h1 in html.find_all("h1")] == ["Wydarzenia"]
    assert text_of(html.select_one("p.result-count")) == "4 wydarzenia"
    switch = html.select_one("nav.view-switch")
    assert switch.find("a", attrs={"aria-current": "page"})["href"] == "/wydarzenia/"
    assert switch.find("a", string=ui("Past"))["href"] == "/wydarzenia/archiwum/"


def test_archive_lists_past_events_newest_first(client, events):
    html = soup(client.get("/wydarzenia/archiwum/"))

    assert titles(html) == ["Wczoraj", "Skończyło się wczoraj", "Rok temu"]
    assert [text_of(h1) for h1 in html.find_all("h1")] == [ui("Past events")]
    assert (
        html.select_one("nav.view-switch").find("a", attrs={"aria-current": "page"})["href"] == "/wydarzenia/archiwum/"
    )
    assert html.select_one("p.feeds") is None


def test_event_cards_show_when_where_and_region(client, regions, event_index):
    EventPageFactory(
        parent=regions.bialystok,
        title="Szkolenie",
        slug="szkolenie",
        start_date=in_days(4),
        start_time=time(11, 0),
        end_time=time(13, 0),
        place_name="Urząd Gminy Supraśl",
    )

    card = soup(client.get("/wydarzenia/")).select_one(".listing article")

    assert card.find("a")["href"] == "/podlaskie/szkolenie/"
    assert plain(card.select_one(".listing-item__meta")) == (
        f"{polish_date(in_days(4))}, 11:00–13:00 · Urząd Gminy Supraśl · ROPS Białystok"
    )


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("/wydarzenia/?region=podlaskie", ["Trwa od wczoraj"]),
        ("/wydarzenia/?project=liderzy-kooperacji", ["Dziś rano", "Dziś po południu", "Za tydzień"]),
        ("/wydarzenia/archiwum/?region=podlaskie", ["Wczoraj"]),
        ("/wydarzenia/archiwum/?project=liderzy-kooperacji", ["Skończyło się wczoraj", "Rok temu"]),
        ("/wydarzenia/?region=podlaskie&project=liderzy-kooperacji", []),
    ],
)
def test_event_filters(client, events, url, expected):
    html = soup(client.get(url))

    assert titles(html) == expected
    assert html.select_one("div.form-errors") is None


def test_filters_carry_over_between_upcoming_and_archive(client, events):
    html = soup(client.get("/wydarzenia/?region=podlaskie&page=1"))

    switch = html.select_one("nav.view-switch")
    assert switch.find("a", string=ui("Past"))["href"] == "/wydarzenia/archiwum/?region=podlaskie"
    calendar_link = html.select_one("p.feeds a")
    assert calendar_link["href"] == "/wydarzenia/kalendarz/?region=podlaskie"


def test_event_index_paginates_twelve_per_page_keeping_filters(client, regions, event_index):
    for number in range(14):
        EventPageFactory(parent=regions.kielce, title=f"Za {number + 1:02d} dni", start_date=in_days(number + 1))
    EventPageFactory(parent=regions.bialystok, title="Inny region", start_date=in_days(1))

    first = soup(client.get("/wydarzenia/?region=swietokrzyskie"))
    next_href = first.select_one("nav.pagination").find("a", rel="next")["href"]
    second = soup(client.get("/wydarzenia/" + next_href))

    assert titles(first) == [f"Za {number:02d} dni" for number in range(1, 13)]
    assert next_href == "?region=swietokrzyskie&page=2"
    assert titles(second) == ["Za 13 dni", "Za 14 dni"]
    assert text_of(second.select_one("p.result-count")) == "14 wydarzeń"


def test_archive_paginates_too(client, regions, event_index):
    for number in range(13):
        EventPageFactory(parent=regions.kielce, title=f"{number + 1:02d} dni temu", start_date=in_days(-number - 1))

    second = soup(client.get("/wydarzenia/archiwum/?page=2"))

    assert titles(second) == ["13 dni temu"]
    assert second.select_one("nav.pagination").find("a", rel="prev")["href"] == "?page=1"


def test_no_upcoming_events_says_so(client, regions, event_index):
    EventPageFactory(parent=regions.kielce, start_date=in_days(-10))

    html = soup(client.get("/wydarzenia/"))

    assert titles(html) == []
    assert ui("No upcoming events match these filters. See the past events or subscribe to the calendar.") in text_of(
        html.find("main")
    )


# iCalendar --------------------------------------------------------------------------------------------


def parse_calendar(response):
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return Calendar.from_ical(response.content)


def test_event_calendar_of_a_timed_event(client, regions, event_index):
    EventPageFactory(
        parent=regions.kielce,
        title="Spotkanie makroregionalne",
        slug="spotkanie",
        start_date=day(2026, 7, 14),
        start_time=time(10, 0),
        end_time=time(14, 30),
        place_name="Sala konferencyjna ROPS",
        address="ul. Witosa 86, Kielce",
        summary="Wymiana doświadczeń.",
    )

    response = client.get("/swietokrzyskie/spotkanie/kalendarz/")
    calendar = parse_calendar(response)

    assert response["Content-Disposition"] == 'attachment; filename="spotkanie.ics"'
    assert str(calendar["VERSION"]) == "2.0"
    (event,) = calendar.walk("VEVENT")
    assert str(event["SUMMARY"]) == "Spotkanie makroregionalne"
    assert event["DTSTART"].params["TZID"] == "Europe/Warsaw"
    assert event["DTEND"].params["TZID"] == "Europe/Warsaw"
    assert event.decoded("DTSTART") == datetime.datetime(2026, 7, 14, 10, 0, tzinfo=WARSAW)
    assert event.decoded("DTEND") == datetime.datetime(2026, 7, 14, 14, 30, tzinfo=WARSAW)
    assert event.decoded("DTSTART").utcoffset() == datetime.timedelta(hours=2)  # CEST in July
    assert str(event["LOCATION"]) == "Sala konferencyjna ROPS, ul. Witosa 86, Kielce"
    assert str(event["URL"]) == "http://testserver/swietokrzyskie/spotkanie/"
    assert "Wymiana doświadczeń." in str(event["DESCRIPTION"])
    assert [str(zone["TZID"]) for zone in calendar.walk("VTIMEZONE")] == ["Europe/Warsaw"]


def test_event_calendar_of_a_timed_multi_day_event(client, regions, event_index):
    EventPageFactory(
        parent=regions.kielce,
        slug="konferencja",
        start_date=day(2026, 3, 28),
        end_date=day(2026, 3, 30),
        start_time=time(9, 0),
        end_time=time(15, 0),
    )

    (event,) = parse_calendar(client.get("/swietokrzyskie/konferencja/kalendarz/")).walk("VEVENT")

    assert event.decoded("DTSTART") == datetime.datetime(2026, 3, 28, 9, 0, tzinfo=WARSAW)
    assert event.decoded("DTEND") == datetime.datetime(2026, 3, 30, 15, 0, tzinfo=WARSAW)
    # Across the change to summer time: the offsets follow Warsaw's rules.
    assert event.decoded("DTSTART").utcoffset() == datetime.timedelta(hours=1)
    assert event.decoded("DTEND").utcoffset() == datetime.timedelta(hours=2)


@pytest.mark.parametrize(
    ("fields", "start", "end"),
    [
        ({"whole_day": True, "start_time": time(10, 0)}, day(2026, 6, 1), day(2026, 6, 2)),
        ({"whole_day": True, "end_date": day(2026, 6, 3)}, day(2026, 6, 1), day(2026, 6, 4)),
        ({}, day(2026, 6, 1), day(2026, 6, 2)),  # no set hours
    ],
)
def test_event_calendar_of_a_whole_day_event_uses_dates_with_exclusive_end(
    client, regions, event_index, fields, start, end
):
    EventPageFactory(parent=regions.kielce, slug="piknik", start_date=day(2026, 6, 1), **fields)

    calendar = parse_calendar(client.get("/swietokrzyskie/piknik/kalendarz/"))
    (event,) = calendar.walk("VEVENT")

    assert event["DTSTART"].params.get("VALUE") == "DATE"
    assert type(event.decoded("DTSTART")) is datetime.date and event.decoded("DTSTART") == start
    assert type(event.decoded("DTEND")) is datetime.date and event.decoded("DTEND") == end
    assert "TZID" not in event["DTSTART"].params


def test_calendar_of_all_upcoming_events(client, events):
    calendar = parse_calendar(client.get("/wydarzenia/kalendarz/"))
    events_in_calendar = calendar.walk("VEVENT")

    assert [str(event["SUMMARY"]) for event in events_in_calendar] == [
        "Trwa od wczoraj",
        "Dziś rano",
        "Dziś po południu",
        "Za tydzień",
    ]
    assert len({str(event["UID"]) for event in events_in_calendar}) == 4
    timed = [event for event in events_in_calendar if "TZID" in event["DTSTART"].params]
    assert [str(event["SUMMARY"]) for event in timed] == ["Dziś rano", "Dziś po południu"]
    assert timed[0].decoded("DTSTART") == datetime.datetime.combine(in_days(0), time(9, 0), tzinfo=WARSAW)
    assert [str(zone["TZID"]) for zone in calendar.walk("VTIMEZONE")] == ["Europe/Warsaw"]
    assert str(calendar["X-WR-CALNAME"]) == ui("Portal Kooperacji – events")


def test_calendar_of_one_regions_upcoming_events(client, events):
    response = client.get("/wydarzenia/kalendarz/?region=swietokrzyskie")
    calendar = parse_calendar(response)

    assert [str(event["SUMMARY"]) for event in calendar.walk("VEVENT")] == [
        "Dziś rano",
        "Dziś po południu",
        "Za tydzień",
    ]
    assert response["Content-Disposition"] == 'attachment; filename="wydarzenia-swietokrzyskie.ics"'


def test_event_index_announces_its_calendar(client, events):
    html = soup(client.get("/wydarzenia/"))

    link = html.head.find("link", type="text/calendar")
    assert (link["rel"], link["href"], link["title"]) == (
        ["alternate"],
        "/wydarzenia/kalendarz/",
        ui("Upcoming events (iCalendar)"),
    )
