import datetime

import feedparser
import icalendar
import pytest


def test_calendar_holds_the_dated_steps_as_all_day_events(client, city_content):
    response = client.get("/de/zeitleiste/morogoro/calendar.ics")
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    calendar = icalendar.Calendar.from_ical(response.content)
    events = {str(e["SUMMARY"]): e for e in calendar.walk("VEVENT")}
    assert len(events) == 4, "undated steps are not in the calendar"
    hamm = events["Morogoro: Auftaktkonferenz aller 16 Partnerstädte"]
    assert hamm.decoded("DTSTART") == datetime.date(2023, 9, 20)
    assert hamm.decoded("DTEND") == datetime.date(2023, 9, 23), "DTEND is the day after the last day"
    assert str(hamm["LOCATION"]) == "Hamm/Westfalen"
    assert hamm["DTSTART"].params["VALUE"] == "DATE"
    assert all(str(e["UID"]).endswith("@testserver") for e in events.values())


def test_calendar_of_all_partnerships_is_in_the_pages_language(client, city_content):
    calendar = icalendar.Calendar.from_ical(client.get("/en/timeline/calendar.ics").content)
    summaries = [str(e["SUMMARY"]) for e in calendar.walk("VEVENT")]
    assert "Morogoro: Visit of the delegation from Morogoro" in summaries
    assert str(calendar["X-WR-CALNAME"]) == "Arnsberg's partnerships: milestones"


@pytest.mark.parametrize(
    ("path", "filename", "name"),
    [
        ("/en/timeline/calendar.ics", "arnsberg-partnerships.ics", "Arnsberg's partnerships: milestones"),
        (
            "/de/zeitleiste/morogoro/calendar.ics",
            "arnsberg-morogoro.ics",
            "Partnerschaft Arnsberg–Morogoro: Meilensteine",
        ),
    ],
)
def test_a_calendar_downloads_under_a_name_that_says_what_it_holds(
    client, city_content, path, filename, name
):
    response = client.get(path)
    assert response["Content-Disposition"] == f'attachment; filename="{filename}"'
    assert str(icalendar.Calendar.from_ical(response.content)["X-WR-CALNAME"]) == name


def test_calendar_lines_follow_rfc_5545(client, city_content):
    body = client.get("/de/zeitleiste/calendar.ics").content
    lines = body.split(b"\r\n")
    assert lines[0] == b"BEGIN:VCALENDAR" and lines[-2] == b"END:VCALENDAR"
    assert max(len(line) for line in lines) <= 75


def test_feed_parses_as_atom_with_the_milestones(client, city_content):
    response = client.get("/en/timeline/feed.atom")
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.bozo_exception
    assert feed.version == "atom10"
    titles = [entry.title for entry in feed.entries]
    assert "Morogoro: Kick-off conference of all 16 partner cities" in titles
    assert all(
        entry.link.startswith("http://testserver/en/timeline/morogoro/#milestone-") for entry in feed.entries
    )


def test_unknown_partnership_calendar_is_not_found(client):
    assert client.get("/de/zeitleiste/gibt-es-nicht/calendar.ics").status_code == 404


def test_a_calendar_keeps_the_addresses_of_links_in_a_steps_text(client, city_content):
    from milestones.models import Milestone

    step = Milestone.objects.get(title_de="Delegationsbesuch Morogoro")
    step.description_de = (
        '<p>Programm bei <a href="https://www.skew.engagement-global.de/">der SKEW</a>, '
        'Bericht <a href="/de/berichte/">auf dieser Seite</a>, <a href="https://example.org/">https://example.org/</a>.</p>'
    )
    step.save()
    calendar = icalendar.Calendar.from_ical(client.get("/de/zeitleiste/morogoro/calendar.ics").content)
    [event] = [e for e in calendar.walk("VEVENT") if "Delegationsbesuch" in str(e["summary"])]
    text = str(event["description"])
    assert "der SKEW (https://www.skew.engagement-global.de/)" in text
    assert "auf dieser Seite (http://testserver/de/berichte/)" in text
    assert "https://example.org/ (" not in text, "a link that shows its address is not doubled"
