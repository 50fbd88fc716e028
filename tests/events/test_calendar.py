"""The event calendar as a citizen uses it: upcoming events by month, a plain filter, the archive,
an event's page with its date in words, venue, accessibility and changed status."""

import datetime

import pytest
from django.utils import timezone, translation

from events.models import Event, Venue
from tests.factories import make_event, make_partnership
from tests.html import soup, texts

pytestmark = pytest.mark.django_db


def at(year, month, day, hour=0, minute=0):
    return timezone.make_aware(datetime.datetime(year, month, day, hour, minute))


@pytest.fixture
def now(time_machine):
    """Noon on 3 December 2026, with German addresses (an earlier test's request may leave English on)."""
    time_machine.move_to(at(2026, 12, 3, 12), tick=False)
    with translation.override("de"):
        yield timezone.now()


def test_the_calendar_lists_upcoming_events_by_month_in_both_languages(client, now):
    make_event(start=at(2027, 1, 12, 18), title_de="Schulaustausch-Abend", title_en="School exchange evening")
    make_event(start=at(2026, 12, 10, 19), title_de="Filmabend")
    make_event(start=at(2026, 12, 11, 19), title_de="Entwurf", published=False)
    make_event(start=at(2026, 11, 2, 19), title_de="Vorbei")
    page = soup(client.get("/de/veranstaltungen/").content.decode())
    assert texts(str(page), ".event-month h2") == ["Dezember 2026", "Januar 2027"]
    assert texts(str(page), ".event-teaser__title") == ["Filmabend", "Schulaustausch-Abend"]
    english = client.get("/en/events/").content.decode()
    assert "School exchange evening" in english and "January 2027" in english


def test_an_event_running_now_is_still_upcoming(client, now):
    make_event(start=now - datetime.timedelta(hours=1), hours=3, title_de="Läuft gerade")
    assert "Läuft gerade" in client.get("/de/veranstaltungen/").content.decode()


def test_the_filter_by_month_partnership_theme_and_kind(client, now, city_content):
    morogoro = make_partnership(slug_de="morogoro-test", city_de="Morogoro-Test")
    make_event(start=at(2026, 12, 10, 19), title_de="Dezember vor Ort", partnerships=[morogoro])
    make_event(
        start=at(2027, 1, 5, 19),
        title_de="Januar online",
        attendance=Event.Attendance.ONLINE,
        online_access_de="Link per E-Mail.",
        themes=morogoro.sdgs.all(),
    )

    def shown(**query):
        return texts(client.get("/de/veranstaltungen/", query).content.decode(), ".event-teaser__title")

    assert shown(month="2027-01") == ["Januar online"]
    assert shown(partnership="morogoro-test") == ["Dezember vor Ort"]
    assert shown(theme=str(morogoro.sdgs.first().number)) == ["Januar online"]
    assert shown(kind="online") == ["Januar online"]
    assert shown(kind="on_site") == ["Dezember vor Ort"]


@pytest.mark.parametrize(
    "query",
    [
        {"month": "2027-13"},
        {"month": "'; DROP TABLE events_event; --"},
        {"partnership": "gibt-es-nicht"},
        {"theme": "99"},
        {"kind": "\x00"},
        {"page": "-1"},
    ],
)
def test_a_hostile_or_unknown_filter_value_gets_a_clear_page_not_an_error(client, now, query):
    make_event(start=at(2026, 12, 10, 19), title_de="Filmabend")
    answer = client.get("/de/veranstaltungen/", query)
    assert answer.status_code in (200, 400)
    page = answer.content.decode()
    assert "Filmabend" in page
    if answer.status_code == 400:
        assert "Diese Auswahl gibt es hier nicht" in page


def test_past_events_are_in_the_archive_by_year(client, now):
    make_event(start=at(2025, 3, 1, 19), title_de="Frühjahr 2025")
    make_event(start=at(2026, 6, 1, 19), title_de="Sommer 2026")
    answer = client.get("/de/veranstaltungen/archiv/")
    assert answer.status_code == 302 and answer["Location"].endswith("/archiv/2026/")
    page = client.get("/de/veranstaltungen/archiv/2025/").content.decode()
    assert "Frühjahr 2025" in page and "Sommer 2026" not in page
    assert client.get("/de/veranstaltungen/archiv/1999/").status_code == 404


def test_an_events_page_says_when_where_and_how_to_get_in(client, now):
    venue = Venue.objects.create(
        name_de="Bürgerzentrum",
        street_address="Clemens-August-Straße 120, 59821 Arnsberg",
        step_free=True,
        hearing_loop=True,
        sign_language_days_ahead=14,
        map_url="https://www.openstreetmap.org/",
    )
    event = make_event(start=at(2027, 1, 12, 18), hours=2, venue=venue, price_de="5 Euro")
    page = client.get(event.get_absolute_url()).content.decode()
    assert "Dienstag, 12. Januar 2027, 18:00 bis 20:00 Uhr" in page
    assert "Stufenloser Zugang" in page and "Kein barrierefreies WC" in page and "Induktionsschleife" in page
    assert "mindestens 14 Tage vorher" in page and "5 Euro" in page
    english = client.get(event.get_absolute_url().replace("/de/veranstaltungen/", "/en/events/"))
    assert "Tuesday, 12 January 2027, 18:00 to 20:00" in english.content.decode()


def test_a_cancelled_event_says_so_first_with_its_reason(client, now):
    event = make_event(status=Event.Status.CANCELLED, status_reason_de="Die Referentin ist erkrankt.")
    page = soup(client.get(event.get_absolute_url()).content.decode())
    status = page.select_one(".event__status")
    assert "Abgesagt" in status.get_text() and "Die Referentin ist erkrankt." in status.get_text()
    assert "Abgesagt" in client.get("/de/veranstaltungen/").content.decode()


def test_a_draft_is_hidden_from_the_public_and_previewed_by_staff(client, admin_client, now):
    draft = make_event(published=False)
    assert client.get(draft.get_absolute_url()).status_code == 404
    assert admin_client.get(draft.get_absolute_url()).status_code == 200


def test_the_shipped_weltwerkstatt_is_a_past_event_of_morogoro(client, now, city_content):
    page = client.get("/de/veranstaltungen/archiv/2024/").content.decode()
    assert "Weltwerkstatt" in page and "Dienstag, 2. Juli 2024" in page
    event = Event.objects.get(slug_de="weltwerkstatt-2024")
    assert [p.slug for p in event.partnerships.all()] == ["morogoro"] and event.milestone is not None
    assert (
        "Arnsberg; der Ort ist noch nicht genannt." in client.get(event.get_absolute_url()).content.decode()
    )


def test_the_search_finds_an_event(client, now):
    event = make_event(title_de="Fairtrade-Filmnacht im Kulturzentrum")
    page = client.get("/de/suche/", {"q": "Filmnacht"}).content.decode()
    assert event.get_absolute_url() in page and "Veranstaltung" in page


def test_a_cached_calendar_lets_an_event_go_when_it_ends_with_nothing_saved(
    client, now, time_machine, settings
):
    settings.PAGE_CACHE_SECONDS = 24 * 3600  # only the schedule ends the copy, not its age
    make_event(start=now + datetime.timedelta(hours=1), hours=1, title_de="Gleich vorbei")
    assert "Gleich vorbei" in client.get("/de/veranstaltungen/").content.decode()
    assert client.get("/de/veranstaltungen/").headers.get("X-Page-Cache") == "hit"
    time_machine.shift(datetime.timedelta(hours=2, minutes=1))
    assert "Gleich vorbei" not in client.get("/de/veranstaltungen/").content.decode()


def test_the_sitemap_names_the_calendar_and_public_events_only(client, now):
    public, draft = make_event(), make_event(published=False)
    sitemap = client.get("/sitemap.xml").content.decode()
    assert "/de/veranstaltungen/" in sitemap and "/en/events/" in sitemap
    assert public.get_absolute_url() in sitemap and draft.get_absolute_url() not in sitemap
