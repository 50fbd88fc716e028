"""Writing iCalendar text (RFC 5545): the few value types and the line rules the site's feeds need.

Written by hand because building the icalendar package's objects for 200 events took 70–100 ms, past
the calendar's 15 ms (make bench); the package still supplies the time zone's definition (once per
process) and reads every feed back in the tests.
"""

import datetime
import functools

import icalendar
from django.utils import timezone

# A content line holds at most 75 octets; a longer one continues on lines that start with a space.
LINE_OCTETS = 75


def text(value: str) -> str:
    """A TEXT value: backslash, semicolon, comma and line breaks escaped."""
    # Chained replace() beats str.translate() on short texts (make bench).
    escaped = str(value).replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return escaped.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\\n")


def utc(moment: datetime.datetime) -> str:
    return moment.astimezone(datetime.UTC).strftime("%Y%m%dT%H%M%SZ")


def fold(line: str) -> str:
    """The line cut into pieces of at most 75 octets, never inside a character's UTF-8 bytes."""
    encoded = line.encode()
    if len(encoded) <= LINE_OCTETS:
        return line
    pieces, start, room = [], 0, LINE_OCTETS
    while start < len(encoded):
        end = min(start + room, len(encoded))
        while end < len(encoded) and encoded[end] & 0xC0 == 0x80:  # a continuation byte
            end -= 1
        pieces.append(encoded[start:end].decode())
        # A continuation line's leading space counts against its 75 octets.
        start, room = end, LINE_OCTETS - 1
    return "\r\n ".join(pieces)


@functools.cache
def time_zone_definition(name: str) -> str:
    """The VTIMEZONE of the site's zone, so a calendar keeps local times across summer time."""
    return icalendar.Timezone.from_tzid(name).to_ical().decode().strip()


class Writer:
    """Components and properties in order; `bytes()` gives the file."""

    def __init__(self):
        self.lines: list[str] = []
        self.zone = timezone.get_current_timezone_name()

    def begin(self, component: str):
        self.lines.append(f"BEGIN:{component}")

    def end(self, component: str):
        self.lines.append(f"END:{component}")

    def add(self, name: str, content: str, **parameters):
        """`content` as written (see `text`); parameters as NAME=value, e.g. value="DATE"."""
        given = "".join(f";{key.upper()}={parameter}" for key, parameter in parameters.items())
        self.lines.append(fold(f"{name}{given}:{content}"))

    def add_text(self, name: str, value: str):
        self.add(name, text(value))

    def add_moment(self, name: str, moment, all_day: bool):
        """A day (all-day events) or a wall-clock time in the site's zone."""
        if all_day:
            day = moment if type(moment) is datetime.date else timezone.localdate(moment)
            self.add(name, day.strftime("%Y%m%d"), value="DATE")
        else:
            self.add(name, timezone.localtime(moment).strftime("%Y%m%dT%H%M%S"), tzid=self.zone)

    def add_time_zone(self):
        self.lines.append(time_zone_definition(self.zone))

    def __bytes__(self) -> bytes:
        return ("\r\n".join(self.lines) + "\r\n").encode()
