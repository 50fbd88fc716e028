"""schema.org Event data for an event's page (JSON-LD): its status and how one attends, for search
engines and for calendars that read the page."""

from django.utils import timezone

from core.rich_text import to_plain_text
from core.structured_data import json_ld
from core.translated_text import translated_text

SCHEMA = "https://schema.org/"
STATUS = {
    "planned": "EventScheduled",
    "cancelled": "EventCancelled",
    "postponed": "EventPostponed",
    "moved_online": "EventMovedOnline",
}
ATTENDANCE = {
    "on_site": "OfflineEventAttendanceMode",
    "online": "OnlineEventAttendanceMode",
    "mixed": "MixedEventAttendanceMode",
}


def _when(event, moment) -> str:
    return timezone.localdate(moment).isoformat() if event.all_day else timezone.localtime(moment).isoformat()


def _locations(event, url) -> list[dict]:
    places = []
    if event.venue is not None:
        venue = event.venue
        address = {"@type": "PostalAddress", "streetAddress": venue.street_address, "addressCountry": "DE"}
        places.append({"@type": "Place", "name": translated_text(venue, "name"), "address": address})
    elif event.attendance != event.Attendance.ONLINE:
        places.append({"@type": "Place", "name": "Arnsberg", "address": "Arnsberg"})
    if event.attendance != event.Attendance.ON_SITE:
        places.append({"@type": "VirtualLocation", "url": url})
    return places


def event_script(event, date, absolute_url):
    """For `date` (the date the page shows first: the next one of a series)."""
    url = absolute_url(event.get_absolute_url())
    data = {
        "@type": "Event",
        "name": translated_text(event, "title"),
        "description": translated_text(event, "teaser"),
        "startDate": _when(event, date.start),
        "eventStatus": SCHEMA + STATUS[event.status],
        "eventAttendanceMode": SCHEMA + ATTENDANCE[event.attendance],
        "location": _locations(event, url),
        "inLanguage": event.language,
        "isAccessibleForFree": not event.price,
        "url": url,
        "organizer": {"@type": "GovernmentOrganization", "name": "Stadt Arnsberg", "url": absolute_url("/")},
    }
    if date.end is not None:
        data["endDate"] = _when(event, date.end)
    if event.body:
        data["description"] = to_plain_text(translated_text(event, "body")) or data["description"]
    return json_ld(data)
