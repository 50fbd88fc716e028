"""The iCalendar text the feeds write by hand (calendars.ical): what a calendar program reads back."""

import icalendar
import pytest

from calendars.entries import events_calendar
from calendars.ical import fold, text
from core.i18n import site_address
from events.models import Event
from tests.dates import at
from tests.factories import make_event

pytestmark = pytest.mark.django_db


def test_long_lines_are_folded_at_75_octets_and_never_inside_a_character():
    line = "DESCRIPTION:" + "Grüße aus Morogoro – " * 20
    folded = fold(line)
    pieces = folded.split("\r\n")
    assert all(len(piece.encode()) <= 75 for piece in pieces) and len(pieces) > 5
    assert all(piece.startswith(" ") for piece in pieces[1:])
    assert "".join(piece.removeprefix(" ") for piece in pieces) == line


def test_text_values_escape_what_ends_or_splits_a_value():
    assert text("Eintritt: 5 €, ermäßigt 3 €; Kinder frei\\\nZweite Zeile") == (
        "Eintritt: 5 €\\, ermäßigt 3 €\\; Kinder frei\\\\\\nZweite Zeile"
    )


def test_a_calendar_program_reads_back_what_the_event_says(now):
    body = (
        '<p>Anmeldung über <a href="/de/anmeldung/">das Formular</a>; Kaffee, Tee.</p>' + "<p>Lang. </p>" * 30
    )
    make_event(
        start=at(2027, 7, 1, 19),
        title_de="Filmabend: „Wasser für Morogoro“, mit Gespräch",
        body_de=body,
        status=Event.Status.POSTPONED,
        status_reason_de="Der Saal ist belegt; neuer Termin folgt.",
    )
    raw = events_calendar(Event.objects.all(), "Termine in Arnsberg", site_address)
    calendar = icalendar.Calendar.from_ical(raw)
    assert str(calendar["X-WR-CALNAME"]) == "Termine in Arnsberg"
    (entry,) = calendar.walk("VEVENT")
    assert str(entry["SUMMARY"]) == "Verschoben: Filmabend: „Wasser für Morogoro“, mit Gespräch"
    assert entry.decoded("DTSTART") == at(2027, 7, 1, 19)  # summer time, from the VTIMEZONE
    description = str(entry["DESCRIPTION"])
    assert description.startswith("Verschoben: Der Saal ist belegt; neuer Termin folgt.")
    assert "das Formular (" + site_address("/de/anmeldung/") + "); Kaffee, Tee." in description
    assert all(len(line) <= 75 for line in raw.split(b"\r\n"))


def test_a_feed_reads_its_events_in_one_query_however_many(django_assert_num_queries, now):
    for day in range(1, 6):
        make_event(start=at(2027, 1, day, 18), repeat=Event.Repeat.WEEKLY, repeat_until=at(2027, 3, 1).date())
    with django_assert_num_queries(1):
        raw = events_calendar(Event.objects.published(), "Termine", site_address)
    assert len(icalendar.Calendar.from_ical(raw).walk("VEVENT")) == 5
