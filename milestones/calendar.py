"""Milestones as an iCalendar file (RFC 5545): one all-day event per dated step."""

import datetime
from urllib.parse import urlsplit

from icalendar import Calendar, Event

from core.rich_text import to_plain_text


def milestones_calendar(milestones, name: str, absolute_url) -> bytes:
    """`absolute_url(path)` turns a site path into a full URL for the events' links and UIDs."""
    calendar = Calendar()
    calendar.add("prodid", "-//Stadt Arnsberg//Internationale Partnerschaften//DE")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", name)
    for milestone in milestones:
        if milestone.start_date is not None:
            calendar.add_component(_event(milestone, absolute_url))
    return calendar.to_ical()


def _event(milestone, absolute_url) -> Event:
    url = absolute_url(milestone.get_absolute_url())
    event = Event()
    # The UID stays the same when the text changes, so calendars update the event instead of adding one.
    event.add("uid", f"milestone-{milestone.pk}@{urlsplit(url).hostname}")
    event.add("dtstamp", milestone.updated_at)
    event.add("last-modified", milestone.updated_at)
    event.add("dtstart", milestone.start_date)
    # All-day events end on the day after the last day (DTEND is exclusive).
    event.add("dtend", milestone.last_day + datetime.timedelta(days=1))
    event.add("summary", f"{milestone.partnership.city}: {milestone.title}")
    if milestone.location:
        event.add("location", milestone.location)
    text = to_plain_text(milestone.description, addresses=absolute_url)
    event.add("description", "\n\n".join(filter(None, [text, url])))
    event.add("url", url)
    return event
