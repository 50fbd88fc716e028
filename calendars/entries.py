"""Events as iCalendar entries for subscribed calendars that stay right: each event keeps its UID,
a change raises its SEQUENCE, a cancelled event stays as STATUS:CANCELLED (a calendar would otherwise
keep it, or lose it silently), a series is one event with its RRULE and each skipped day an override
marked cancelled. Times carry the German time zone (a VTIMEZONE), so a series keeps its hour in summer."""

import datetime
from types import SimpleNamespace
from urllib.parse import urlsplit

from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from calendars.ical import Writer, utc
from core.rich_text import to_plain_text
from core.translated_text import in_language
from events import repeats
from events.models import Event

STATUS = {
    "planned": "CONFIRMED",
    "cancelled": "CANCELLED",
    "postponed": "TENTATIVE",
    "moved_online": "CONFIRMED",
}
# How long an event stays in a subscribed calendar after it took place.
KEPT_FOR = datetime.timedelta(days=365)
SLUG = "__slug__"


# What an entry shows, read as plain values with the texts in the reader's language: building 200
# events and venues as model instances took as long as writing the whole file (make bench).
TRANSLATED = (
    "title",
    "slug",
    "teaser",
    "body",
    "status_reason",
    "online_access",
    "venue__name",
    "venue__room",
)
PLAIN = (
    "pk", "start", "end", "all_day", "status", "attendance", "repeat", "repeat_until", "exceptions",
    "sequence", "updated_at", "venue", "venue__street_address",
)  # fmt: skip


def rows(events) -> list[SimpleNamespace]:
    """The events of a queryset with what an entry shows; `venue__name` is `venue_name`."""
    # Named apart from the fields for the query (an annotation may not take a field's name).
    texts = {f"shown_{field.replace('__', '_')}": in_language(field) for field in TRANSLATED}
    values = events.values(*PLAIN, **texts)
    return [
        SimpleNamespace(**{key.removeprefix("shown_"): value for key, value in row.items()}) for row in values
    ]


def events_calendar(events, name: str, absolute_url, date=None) -> bytes:
    """`events`: a queryset of events. `absolute_url(path)` turns a site path into a full URL for the
    links and the UIDs. With `date` (an Occurrence of the one event given): that date alone, as that
    instance of a series."""
    calendar = Writer()
    calendar.begin("VCALENDAR")
    calendar.add("VERSION", "2.0")
    calendar.add("PRODID", "-//Stadt Arnsberg//Internationale Partnerschaften//DE")
    calendar.add("CALSCALE", "GREGORIAN")
    calendar.add("METHOD", "PUBLISH")
    calendar.add_text("X-WR-CALNAME", name)
    calendar.add("X-WR-TIMEZONE", calendar.zone)
    # Ask subscribing calendars to look again every few hours (not every RFC 7986 client obeys).
    calendar.add("REFRESH-INTERVAL", "PT4H", value="DURATION")
    calendar.add_time_zone()
    host = urlsplit(absolute_url("/")).hostname
    # One reverse() for all: an event's address differs from another's by its slug alone.
    address = reverse("events:detail", kwargs={"slug": SLUG})
    for event in rows(events):
        url = absolute_url(address.replace(SLUG, event.slug))
        _entries(calendar, event, (url, absolute_url), host, date)
    calendar.end("VCALENDAR")
    return bytes(calendar)


def _entries(calendar, event, links, host, date=None):
    """The event's VEVENT, and one for each day a series skips. `links`: its address, and the function
    that makes a site path absolute (the text's links keep their address: a calendar shows none)."""
    url, absolute_url = links
    when = date or event
    _begin(calendar, event, url, host)
    calendar.add_moment("DTSTART", when.start, event.all_day)
    if event.end is not None:
        calendar.add_moment("DTEND", _end(event, when.end), event.all_day)
    calendar.add("STATUS", STATUS[event.status])
    if date is not None and event.repeat:
        calendar.add_moment("RECURRENCE-ID", date.start, event.all_day)
    elif date is None and event.repeat:
        calendar.add("RRULE", repeats.ical_rule(event.repeat, event.start, event.repeat_until))
    calendar.add_text("DESCRIPTION", _description(event, url, absolute_url))
    calendar.end("VEVENT")
    if date is None:
        for day in sorted(event.exceptions):
            _skipped(calendar, event, day, url, host)


def _begin(calendar, event, url, host):
    calendar.begin("VEVENT")
    calendar.add("UID", f"event-{event.pk}@{host}")
    calendar.add("SEQUENCE", str(event.sequence))
    calendar.add("DTSTAMP", utc(event.updated_at))
    calendar.add("LAST-MODIFIED", utc(event.updated_at))
    title = event.title
    calendar.add_text("SUMMARY", f"{Event.Status(event.status).label}: {title}" if _changed(event) else title)
    calendar.add("URL", url, value="URI")
    if location := _location(event):
        calendar.add_text("LOCATION", location)


def _end(event, end):
    # An all-day event's end is the day after its last day (DTEND is exclusive).
    return timezone.localdate(end) + datetime.timedelta(days=1) if event.all_day else end


def _skipped(calendar, event, day, url, host):
    """A day of the series that does not take place: the same UID, that date's RECURRENCE-ID."""
    start = timezone.make_aware(datetime.datetime.combine(day, timezone.localtime(event.start).time()))
    _begin(calendar, event, url, host)
    calendar.add_moment("RECURRENCE-ID", start, event.all_day)
    calendar.add_moment("DTSTART", start, event.all_day)
    if event.end is not None:
        calendar.add_moment("DTEND", _end(event, start + (event.end - event.start)), event.all_day)
    calendar.add("STATUS", "CANCELLED")
    calendar.add_text("DESCRIPTION", _("Not on this day.") + f"\n\n{url}")
    calendar.end("VEVENT")


def _changed(event) -> bool:
    return event.status != Event.Status.PLANNED


def _location(event) -> str:
    if event.venue is not None:
        parts = [event.venue_name, event.venue_room]
        return ", ".join(filter(None, [*parts, event.venue__street_address]))
    return _("Online") if event.attendance == Event.Attendance.ONLINE else ""


def _description(event, url, absolute_url) -> str:
    parts = [event.teaser]
    if _changed(event) and (reason := event.status_reason):
        parts.insert(0, f"{Event.Status(event.status).label}: {reason}")
    if event.attendance != Event.Attendance.ON_SITE:
        parts.append(event.online_access)
    parts.append(to_plain_text(event.body or "", addresses=absolute_url))
    return "\n\n".join(filter(None, [*parts, url]))
