"""Events as iCalendar (RFC 5545) for subscribed calendars that stay right: each event keeps its UID,
a change raises its SEQUENCE, a cancelled event stays as STATUS:CANCELLED (a calendar would otherwise
keep it, or lose it silently), a series is one event with its RRULE and each skipped day an override
marked cancelled. Times carry the German time zone (a VTIMEZONE), so a series keeps its hour in summer."""

import datetime
from urllib.parse import urlsplit

import icalendar
from django.utils import timezone
from django.utils.translation import gettext as _

from core.rich_text import to_plain_text
from core.translated_text import translated_text
from events import repeats

STATUS = {
    "planned": "CONFIRMED",
    "cancelled": "CANCELLED",
    "postponed": "TENTATIVE",
    "moved_online": "CONFIRMED",
}
# How long an event stays in a subscribed calendar after it took place.
KEPT_FOR = datetime.timedelta(days=365)


def events_calendar(events, name: str, absolute_url, date=None) -> bytes:
    """`absolute_url(path)` turns a site path into a full URL for the links and the UIDs. With `date`
    (an Occurrence of the one event given): that date alone, as that instance of a series."""
    calendar = icalendar.Calendar()
    calendar.add("prodid", "-//Stadt Arnsberg//Internationale Partnerschaften//DE")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", timezone.get_current_timezone_name())
    # Ask subscribing calendars to look again every few hours (not every RFC 7986 client obeys).
    calendar.add("refresh-interval", datetime.timedelta(hours=4), parameters={"VALUE": "DURATION"})
    for event in events:
        for component in _components(event, absolute_url, date):
            calendar.add_component(component)
    calendar.add_missing_timezones()
    return calendar.to_ical()


def _moment(event, moment):
    if event.all_day:
        return timezone.localdate(moment)
    return timezone.localtime(moment).replace(microsecond=0)


def _components(event, absolute_url, date=None) -> list[icalendar.Event]:
    url = absolute_url(event.get_absolute_url())
    main = _base(event, url)
    main.add("dtstart", _moment(event, (date or event).start))
    if event.end is not None:
        main.add("dtend", _end(event, (date or event).end))
    main.add("status", STATUS[event.status])
    if date is not None:
        if event.repeat:
            main.add("recurrence-id", _moment(event, date.start))
        main.add("description", _description(event, url))
        return [main]
    if event.repeat:
        main.add("rrule", repeats.ical_rule(event.repeat, event.start, event.repeat_until))
    main.add("description", _description(event, url))
    return [main, *(_skipped(event, day, url) for day in sorted(event.exceptions))]


def _base(event, url) -> icalendar.Event:
    component = icalendar.Event()
    component.add("uid", f"event-{event.pk}@{urlsplit(url).hostname}")
    component.add("sequence", event.sequence)
    component.add("dtstamp", event.updated_at)
    component.add("last-modified", event.updated_at)
    title = translated_text(event, "title")
    component.add("summary", f"{event.get_status_display()}: {title}" if event.is_changed else title)
    component.add("url", url)
    if location := _location(event):
        component.add("location", location)
    return component


def _end(event, end):
    # An all-day event's end is the day after its last day (DTEND is exclusive).
    return timezone.localdate(end) + datetime.timedelta(days=1) if event.all_day else _moment(event, end)


def _skipped(event, day, url) -> icalendar.Event:
    """A day of the series that does not take place: the same UID, that date's RECURRENCE-ID."""
    start = timezone.make_aware(datetime.datetime.combine(day, timezone.localtime(event.start).time()))
    override = _base(event, url)
    override.add("recurrence-id", _moment(event, start))
    override.add("dtstart", _moment(event, start))
    if event.end is not None:
        override.add("dtend", _end(event, start + (event.end - event.start)))
    override.add("status", "CANCELLED")
    override.add("description", _("Not on this day.") + f"\n\n{url}")
    return override


def _location(event) -> str:
    if event.venue is not None:
        venue = event.venue
        room = translated_text(venue, "room")
        return ", ".join(filter(None, [translated_text(venue, "name"), room, venue.street_address]))
    return _("Online") if event.attendance == event.Attendance.ONLINE else ""


def _description(event, url) -> str:
    parts = [translated_text(event, "teaser")]
    if event.is_changed and event.status_reason:
        parts.insert(0, f"{event.get_status_display()}: {translated_text(event, 'status_reason')}")
    if event.attendance != event.Attendance.ON_SITE:
        parts.append(translated_text(event, "online_access"))
    parts.append(to_plain_text(translated_text(event, "body")) if event.body else "")
    return "\n\n".join(filter(None, [*parts, url]))
