"""iCalendar (RFC 5545) for events, built with the `icalendar` package, in the Polish time zone."""

import datetime

from django.conf import settings
from django.http import HttpResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from icalendar import Calendar, Event, vText

PRODID = "-//Portal Kooperacji//Wydarzenia//PL"


def build_calendar(events, request, name):
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", settings.TIME_ZONE)
    for event in events:
        calendar.add_component(build_event(event, request))
    # A VTIMEZONE for Europe/Warsaw covering just the events' dates (RFC 5545 requires it for TZID).
    calendar.add_missing_timezones()
    return calendar


def build_event(page, request):
    event = Event()
    event.add("uid", f"event-{page.translation_key}-{page.locale.language_code}@{request.get_host()}")
    event.add("dtstamp", page.last_published_at or timezone.now())
    event.add("summary", page.title)
    event.add("description", f"{page.summary}\n\n{page.get_full_url(request)}")
    event.add("url", page.get_full_url(request))
    starts_at = page.starts_at()
    if starts_at is None:
        # A whole-day (or untimed) event: DTEND is exclusive, the day after the last day.
        event.add("dtstart", page.start_date)
        event.add("dtend", page.last_date + datetime.timedelta(days=1))
    else:
        event.add("dtstart", timezone.localtime(starts_at))
        event.add("dtend", timezone.localtime(page.ends_at()))
    location = ", ".join(part for part in (page.place_name, page.address) if part)
    if location:
        event.add("location", vText(location))
    return event


def calendar_response(events, *, filename, request):
    calendar = build_calendar(events, request, name=_("Portal Kooperacji – events"))
    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
