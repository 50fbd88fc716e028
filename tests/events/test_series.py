"""Repeating events: each date its own entry in the calendar, summer time kept, skipped days left out,
dates that stay keeping their rows, and SEQUENCE raised only when a calendar would show a change."""

import datetime

import pytest
from django.utils import timezone

from events.models import Event, Occurrence
from tests.dates import at
from tests.events.test_admin import ADD, form_data
from tests.factories import make_event
from tests.html import texts

pytestmark = pytest.mark.django_db


def first_tuesdays(**fields):
    """Every first Tuesday, 18:00 to 20:00, January to June 2027, not in March."""
    values = {
        "start": at(2027, 1, 5, 18),
        "title_de": "Partnerschaftsstammtisch",
        "title_en": "Partnership get-together",
        "repeat": Event.Repeat.MONTHLY_WEEKDAY,
        "repeat_until": datetime.date(2027, 6, 30),
        "exceptions": [datetime.date(2027, 3, 2)],
    }
    values.update(fields)
    return make_event(**values)


def test_each_date_of_a_series_is_its_own_entry_at_the_same_german_time(client, now):
    first_tuesdays()
    starts = [timezone.localtime(o.start) for o in Occurrence.objects.all()]
    assert [s.date() for s in starts] == [
        datetime.date(2027, 1, 5),
        datetime.date(2027, 2, 2),
        datetime.date(2027, 4, 6),
        datetime.date(2027, 5, 4),
        datetime.date(2027, 6, 1),
    ]
    # 18:00 in winter and in summer time alike.
    assert {(s.hour, s.minute) for s in starts} == {(18, 0)}
    page = client.get("/en/events/").content.decode()
    assert texts(page, ".event-month h2") == [
        "January 2027",
        "February 2027",
        "April 2027",
        "May 2027",
        "June 2027",
    ]
    assert texts(page, ".event-teaser__title") == ["Partnership get-together"] * 5
    assert "Every first Tuesday of the month, until 30 June 2027" in page


def test_the_month_filter_finds_the_series_date_of_that_month(client, now):
    first_tuesdays()
    page = client.get("/en/events/", {"month": "2027-04"}).content.decode()
    assert texts(page, ".event-teaser__when time") == ["Tuesday, 6 April 2027, 18:00 to 20:00"]


def test_the_event_page_names_the_rule_the_next_dates_and_the_skipped_day(client, now):
    event = first_tuesdays()
    page = client.get(f"/en/events/{event.slug_de}/").content.decode()
    assert "Tuesday, 5 January 2027, 18:00 to 20:00" in page
    assert texts(page, ".event__dates li") == [
        "Tuesday, 2 February 2027, 18:00 to 20:00",
        "Tuesday, 6 April 2027, 18:00 to 20:00",
        "Tuesday, 4 May 2027, 18:00 to 20:00",
        "Tuesday, 1 June 2027, 18:00 to 20:00",
    ]
    assert "Not on: 2 March 2027" in " ".join(texts(page, ".event__dates p"))


def test_a_date_that_stays_keeps_its_row_when_the_time_moves(now):
    event = first_tuesdays()
    before = dict(Occurrence.objects.values_list("start__date", "pk"))
    event.start, event.end = at(2027, 1, 5, 19), at(2027, 1, 5, 21)
    event.exceptions = []
    event.save()
    after = {timezone.localdate(o.start): o.pk for o in Occurrence.objects.all()}
    assert len(after) == 6 and all(
        after[timezone.localdate(at(d.year, d.month, d.day))] == pk for d, pk in before.items()
    )
    assert {timezone.localtime(o.start).hour for o in Occurrence.objects.all()} == {19}


def test_a_single_event_moved_to_another_day_keeps_its_one_row(now):
    event = make_event(start=at(2027, 2, 10, 19))
    (row,) = Occurrence.objects.filter(event=event)
    event.start, event.end = at(2027, 2, 17, 19), at(2027, 2, 17, 21)
    event.save()
    assert list(Occurrence.objects.filter(event=event).values_list("pk", "start")) == [(row.pk, event.start)]


def test_sequence_rises_with_what_a_calendar_shows_and_never_falls(now):
    event = make_event(start=at(2027, 2, 10, 19))
    event.teaser_de = "Neu formuliert."
    event.save()
    assert Event.objects.get(pk=event.pk).sequence == 0
    event.status, event.status_reason_de = Event.Status.CANCELLED, "Krankheit"
    event.save()
    assert Event.objects.get(pk=event.pk).sequence == 1
    # A restored older state (its own number 0) still counts up.
    event.status, event.sequence = Event.Status.PLANNED, 0
    event.save()
    assert Event.objects.get(pk=event.pk).sequence == 2


@pytest.mark.parametrize(
    "changes, message",
    [
        ({"repeat": "weekly"}, "Sagen Sie, bis wann"),
        ({"repeat": "weekly", "repeat_until": "01.01.2020"}, "Zwischen dem ersten Tag"),
        ({"repeat": "weekly", "repeat_until": "01.01.2040"}, "Zwischen dem ersten Tag"),
        ({"exceptions": "01.01.2027"}, "Nur eine wiederkehrende Veranstaltung"),
    ],
)
def test_a_series_the_calendar_could_not_show_is_refused_in_german(admin_client, now, changes, message):
    answer = admin_client.post(ADD, form_data(**changes), HTTP_ACCEPT_LANGUAGE="de")
    assert answer.status_code == 200
    assert message in answer.content.decode()
    assert not Event.objects.exists()


def test_an_editor_adds_a_series_and_a_day_it_skips_in_german(admin_client, now):
    first = timezone.localtime(now + datetime.timedelta(days=10))
    later = first + datetime.timedelta(days=14)
    strange = first + datetime.timedelta(days=3)
    data = form_data(repeat="weekly", repeat_until=(first + datetime.timedelta(days=28)).strftime("%d.%m.%Y"))
    refused = admin_client.post(
        ADD, {**data, "exceptions": strange.strftime("%d.%m.%Y")}, HTTP_ACCEPT_LANGUAGE="de"
    )
    assert "Kein Tag der Reihe" in refused.content.decode()
    answer = admin_client.post(
        ADD,
        {**data, "exceptions": later.strftime("%d.%m.%Y"), "is_published": "on"},
        HTTP_ACCEPT_LANGUAGE="de",
    )
    assert answer.status_code == 302, answer.content.decode()[:3000]
    assert Occurrence.objects.count() == 4
