"""Subscribed calendars that stay right (one UID per event, SEQUENCE raised by a change, a cancelled
event and a skipped day of a series shown as cancelled), the Atom feed of new events, "Nächste
Termine" with events and steps together, schema.org data and the time in the partner city."""

import datetime
import json
from xml.etree import ElementTree

import icalendar
import pytest

from events.models import Event
from partnerships.models import SustainableDevelopmentGoal
from tests.dates import at
from tests.events.test_series import first_tuesdays
from tests.factories import make_event, make_milestone, make_partnership, make_phase
from tests.html import soup, texts

pytestmark = pytest.mark.django_db


def entries(client, path) -> list:
    response = client.get(path)
    assert response.status_code == 200 and response["Content-Type"].startswith("text/calendar")
    return icalendar.Calendar.from_ical(response.content).walk("VEVENT")


def test_a_cancelled_event_stays_in_the_subscribed_calendar_as_cancelled(client, now):
    event = make_event(start=at(2027, 1, 12, 18), title_de="Filmabend")
    (before,) = entries(client, "/de/veranstaltungen/calendar.ics")
    assert before["STATUS"] == "CONFIRMED" and before["SEQUENCE"] == 0
    event.status, event.status_reason_de = Event.Status.CANCELLED, "Der Film ist nicht lieferbar."
    event.save()
    (after,) = entries(client, "/de/veranstaltungen/calendar.ics")
    assert after["UID"] == before["UID"] and after["SEQUENCE"] == 1
    assert after["STATUS"] == "CANCELLED" and str(after["SUMMARY"]) == "Abgesagt: Filmabend"
    assert "Der Film ist nicht lieferbar." in str(after["DESCRIPTION"])


def test_a_series_is_one_entry_with_its_rule_and_its_skipped_day_cancelled(client, now):
    first_tuesdays()
    main, skipped = entries(client, "/en/events/calendar.ics")
    assert main["RRULE"]["FREQ"] == ["MONTHLY"] and main["RRULE"]["BYDAY"] == ["1TU"]
    assert main.decoded("DTSTART") == at(2027, 1, 5, 18)
    assert str(main["DTSTART"].params["TZID"]) == "Europe/Berlin"
    assert skipped["UID"] == main["UID"] and skipped["STATUS"] == "CANCELLED"
    assert skipped.decoded("RECURRENCE-ID") == at(2027, 3, 2, 18)
    # The German time zone travels with the file, so the series keeps 18:00 in summer time.
    calendar = icalendar.Calendar.from_ical(client.get("/en/events/calendar.ics").content)
    assert [str(zone["TZID"]) for zone in calendar.walk("VTIMEZONE")] == ["Europe/Berlin"]


def test_the_partnership_and_theme_feeds_hold_their_events_only(client, now):
    town = make_partnership(slug_de="stadt", slug_en="town", sdgs=(4,))
    make_event(start=at(2027, 1, 12, 18), title_de="Mit der Stadt", partnerships=[town])
    make_event(
        start=at(2027, 1, 13, 18),
        title_de="Zum Thema",
        themes=SustainableDevelopmentGoal.objects.filter(number=4),
    )
    make_event(start=at(2027, 1, 14, 18), title_de="Anderes")
    assert [
        str(e["SUMMARY"]) for e in entries(client, "/de/veranstaltungen/partnerschaft/stadt/calendar.ics")
    ] == ["Mit der Stadt"]
    assert [str(e["SUMMARY"]) for e in entries(client, "/de/veranstaltungen/thema/4/calendar.ics")] == [
        "Zum Thema"
    ]
    assert len(entries(client, "/en/events/calendar.ics")) == 3
    assert client.get("/de/veranstaltungen/partnerschaft/gibt-es-nicht/calendar.ics").status_code == 404
    assert client.get("/de/veranstaltungen/thema/99/calendar.ics").status_code == 404


def test_drafts_and_events_long_past_are_not_in_a_feed(client, now):
    make_event(start=at(2027, 1, 12, 18), title_de="Entwurf", published=False)
    make_event(start=at(2025, 1, 12, 18), title_de="Lange her")
    make_event(start=at(2026, 6, 12, 18), title_de="Dieses Jahr")
    assert [str(e["SUMMARY"]) for e in entries(client, "/de/veranstaltungen/calendar.ics")] == ["Dieses Jahr"]


def test_an_events_page_offers_its_ics_and_the_calendar_its_webcal_subscription(client, now, settings):
    event = make_event(start=at(2027, 1, 12, 18), title_de="Filmabend")
    page = client.get(f"/de/veranstaltungen/{event.slug_de}/").content.decode()
    link = soup(page).select_one(".event__add a")
    assert (
        link["href"] == f"/de/veranstaltungen/{event.slug_de}/calendar.ics"
        and "In Ihren Kalender" in link.text
    )
    (entry,) = entries(client, link["href"])
    assert str(entry["SUMMARY"]) == "Filmabend"
    calendar_page = client.get("/de/veranstaltungen/").content.decode()
    host = settings.SITE_URL.split("://", 1)[1]
    assert f'href="webcal://{host}/de/veranstaltungen/calendar.ics"' in calendar_page
    assert client.get("/de/veranstaltungen/gibt-es-nicht/calendar.ics").status_code == 404


def test_the_atom_feed_names_new_events_newest_first(client, now):
    make_event(start=at(2027, 3, 1, 18), title_de="Zuerst angekündigt")
    make_event(start=at(2027, 1, 1, 18), title_de="Danach angekündigt", title_en="Announced later")
    feed = client.get("/en/events/feed.atom")
    assert feed["Content-Type"].startswith("application/atom+xml")
    atom = "{http://www.w3.org/2005/Atom}"
    titles = [
        entry.find(f"{atom}title").text for entry in ElementTree.fromstring(feed.content).iter(f"{atom}entry")
    ]
    assert titles == ["Announced later", "Zuerst angekündigt"]


def test_upcoming_dates_list_events_and_steps_together_on_home_partnership_and_theme(client, now):
    town = make_partnership(slug_de="stadt", slug_en="town", sdgs=(4,))
    make_milestone(town, make_phase(), start=datetime.date(2027, 1, 20), title_de="Besuch in der Stadt")
    goal = SustainableDevelopmentGoal.objects.filter(number=4)
    make_event(start=at(2027, 1, 12, 18), title_de="Filmabend", partnerships=[town], themes=goal)
    make_event(start=at(2027, 2, 12, 18), title_de="Ohne Partnerschaft")
    home = client.get("/de/").content.decode()
    assert texts(home, ".upcoming__item a") == ["Filmabend", "Besuch in der Stadt", "Ohne Partnerschaft"]
    assert texts(home, ".upcoming__kind") == ["Veranstaltung", "Schritt der Zeitleiste", "Veranstaltung"]
    partnership = client.get("/de/partnerschaften/stadt/").content.decode()
    assert texts(partnership, ".upcoming__item a") == ["Filmabend", "Besuch in der Stadt"]
    assert soup(partnership).select_one(
        '.upcoming a[href^="webcal:"][href$="/partnerschaft/stadt/calendar.ics"]'
    )
    theme = str(soup(client.get("/de/themen/4/").content.decode()).select_one("section.upcoming"))
    assert texts(theme, ".upcoming__item a") == ["Filmabend", "Besuch in der Stadt"]


def test_schema_org_data_says_status_and_attendance(client, now):
    event = make_event(
        start=at(2027, 1, 12, 18),
        status=Event.Status.MOVED_ONLINE,
        status_reason_de="Sturmwarnung",
        attendance=Event.Attendance.ONLINE,
        online_access_de="Der Link kommt per E-Mail.",
    )
    page = client.get(f"/en/events/{event.slug_de}/").content.decode()
    (script,) = soup(page).select('script[type="application/ld+json"]')
    data = json.loads(script.string)
    assert data["eventStatus"] == "https://schema.org/EventMovedOnline"
    assert data["eventAttendanceMode"] == "https://schema.org/OnlineEventAttendanceMode"
    assert data["startDate"] == "2027-01-12T18:00:00+01:00"
    assert soup(page).select_one('meta[property="og:title"]')["content"].startswith(event.title_de)


def test_an_online_event_with_morogoro_shows_the_time_there(client, now, city_content):
    from partnerships.models import Partnership

    morogoro = Partnership.objects.get(slug_de="morogoro")
    event = make_event(
        start=at(2027, 1, 12, 17),
        attendance=Event.Attendance.ONLINE,
        online_access_de="Der Link kommt per E-Mail.",
        partnerships=[morogoro],
    )
    page = client.get(f"/de/veranstaltungen/{event.slug_de}/").content.decode()
    assert texts(page, ".event__partner-times li") == [
        "In Morogoro (Ortszeit): Dienstag, 12. Januar 2027, 19:00 bis 21:00 Uhr"
    ]
    event.attendance = Event.Attendance.ON_SITE
    event.save()
    assert not soup(client.get(f"/de/veranstaltungen/{event.slug_de}/").content.decode()).select(
        ".event__partner-times"
    )
