"""Editors keep the calendar in the admin, in German; what a visitor would miss is asked for."""

import datetime

import pytest
from django.utils import timezone

from events.models import Event
from tests.admin_forms import resubmit

pytestmark = pytest.mark.django_db

ADD = "/admin/events/event/add/"


def form_data(**changes):
    start = timezone.localtime(timezone.now() + datetime.timedelta(days=10))
    data = {
        "title_de": "Filmabend",
        "slug_de": "filmabend",
        "teaser_de": "Ein Film über Morogoro.",
        "start_0": start.strftime("%d.%m.%Y"),
        "start_1": "19:00",
        "status": "planned",
        "attendance": "on_site",
        "language": "de",
        "uploads-download-content_type-object_id-TOTAL_FORMS": "0",
        "uploads-download-content_type-object_id-INITIAL_FORMS": "0",
        # The sign-up's part of the form (signups.admin adds it).
        "signup-TOTAL_FORMS": "0",
        "signup-INITIAL_FORMS": "0",
    }
    data.update(changes)
    return data


def test_an_editor_adds_an_event_and_it_is_on_the_calendar_once_published(admin_client):
    answer = admin_client.post(ADD, form_data(is_published="on"), HTTP_ACCEPT_LANGUAGE="de")
    assert answer.status_code == 302, answer.content.decode()[:2000]
    assert "Filmabend" in admin_client.get("/de/veranstaltungen/").content.decode()


@pytest.mark.parametrize(
    "changes, field, message",
    [
        ({"status": "cancelled"}, "status_reason", "Nennen Sie den Grund"),
        ({"attendance": "online"}, "online_access", "wie der Link verschickt wird"),
        ({"end_0": "01.01.2020", "end_1": "10:00"}, "__all__", "Das Ende darf nicht vor dem Beginn liegen"),
    ],
)
def test_what_a_visitor_would_miss_is_asked_for_in_german(admin_client, changes, field, message):
    answer = admin_client.post(ADD, form_data(**changes), HTTP_ACCEPT_LANGUAGE="de")
    assert answer.status_code == 200
    assert message in answer.content.decode()
    assert not Event.objects.exists()


def test_the_shipped_event_saved_unchanged_stays_as_it_was(admin_client, city_content):
    event = Event.objects.get(slug_de="weltwerkstatt-2024")
    answer = resubmit(admin_client, f"/admin/events/event/{event.pk}/change/", "event_form")
    assert answer.status_code == 302
    again = Event.objects.get(pk=event.pk)
    assert (again.start, again.all_day, again.title_de) == (event.start, True, event.title_de)
