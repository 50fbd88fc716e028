"""Signing up for an event as a visitor does it: the form, the mail with the link, the seat or the
waiting list, cancelling and moving up, the reminder, the deletion after the event, and what a
hostile or mistaken request gets."""

import datetime
import re
import threading
from urllib.parse import urlsplit

import pytest
from django.core import mail
from django.core.management import call_command
from django.db import connections
from django.test import Client, TestCase
from django.utils import timezone

from events.models import Event
from signups.models import Registration, SignupOptions
from tests.admin_forms import resubmit
from tests.dates import at
from tests.factories import make_event
from tests.feedback.test_reports import token

pytestmark = pytest.mark.django_db
Status = Registration.Status


def evening(seats=2, **fields):
    event = make_event(start=at(2027, 1, 12, 18), title_de="Schulaustausch-Abend", **fields)
    SignupOptions.objects.create(event=event, capacity=seats)
    return event.occurrences.get()


def sign_up(client, date, email="kim@example.org", people=1, language="de", address="192.0.2.1", **fields):
    data = {"name": "Kim Muster", "email": email, "people": people, "consent": "on", "started": token()}
    data.update(fields)
    path = f"/{language}/{'anmeldung' if language == 'de' else 'sign-up'}/{date.pk}/"
    with TestCase.captureOnCommitCallbacks(execute=True):
        return client.post(path, data, REMOTE_ADDR=address)


def link(message, kind):
    """The path of the mail's confirmation link, or of its link to see or cancel the sign-up."""
    urls = [urlsplit(url).path for url in re.findall(r"https?://\S+", message.body)]
    confirm = [url for url in urls if "/bestaetigen/" in url or "/confirm/" in url]
    manage = [url for url in urls if re.fullmatch(r"/\w+/(anmeldung|sign-up)/[\w-]{20,}/", url)]
    return (confirm if kind == "confirm" else manage)[0]


def follow(client, message, kind="confirm"):
    path = link(message, kind)
    with TestCase.captureOnCommitCallbacks(execute=True):
        return client.post(path)


def test_a_sign_up_counts_once_confirmed_through_the_link_in_the_mail(client, now):
    date = evening()
    answer = sign_up(client, date)
    assert answer.status_code == 302
    registration = Registration.objects.get()
    assert registration.status == Status.UNCONFIRMED
    (request,) = mail.outbox
    assert request.to == ["kim@example.org"] and "bestätigen" in request.subject
    # Opening the link (a mail program checking it) changes nothing; the button does.
    assert client.get(link(request, "confirm")).status_code == 200
    assert Registration.objects.get().status == Status.UNCONFIRMED
    assert follow(client, request).status_code == 302
    assert Registration.objects.get().status == Status.CONFIRMED
    confirmed = mail.outbox[-1]
    (attachment,) = confirmed.attachments
    assert attachment[0].endswith(".ics") and "Schulaustausch-Abend" in str(attachment[1])
    assert "/anmeldung/" in confirmed.body  # the cancel link


def test_a_full_date_puts_the_next_person_on_the_waiting_list_and_a_cancellation_moves_them_up(client, now):
    date = evening(seats=2)
    sign_up(client, date, email="a@example.org", people=2)
    follow(client, mail.outbox[-1])
    sign_up(client, date, email="b@example.org", address="192.0.2.2")
    follow(client, mail.outbox[-1])
    assert Registration.objects.get(email="b@example.org").status == Status.WAITING
    assert "Warteliste" in mail.outbox[-1].subject
    first = Registration.objects.get(email="a@example.org")
    page = client.get(f"/de/anmeldung/{first.token}/")
    assert "Bestätigt" in page.content.decode()
    with TestCase.captureOnCommitCallbacks(execute=True):
        client.post(f"/de/anmeldung/{first.token}/")
    assert Registration.objects.get(email="b@example.org").status == Status.CONFIRMED
    moved = [m for m in mail.outbox if m.to == ["b@example.org"]][-1]
    assert "Platz" in moved.subject and moved.attachments


def test_the_events_page_shows_the_seats_left_and_ends_its_cached_copy_on_a_sign_up(client, now, settings):
    settings.PAGE_CACHE_SECONDS = 300
    date = evening(seats=3)
    path = f"/de/veranstaltungen/{date.event.slug_de}/"
    other = client.get("/de/")
    assert "3 Plätze frei" in client.get(path).content.decode()
    assert client.get(path)["X-Page-Cache"] == "hit" and client.get("/de/")["X-Page-Cache"] == "hit"
    sign_up(client, date, people=2)
    follow(client, mail.outbox[-1])
    fresh = client.get(path)
    assert "X-Page-Cache" not in fresh and "1 Platz frei" in fresh.content.decode()
    # Every other page keeps its copy.
    assert client.get("/de/")["X-Page-Cache"] == "hit" and other.status_code == 200


@pytest.mark.parametrize(
    "change, status, words",
    [
        (
            {"status": Event.Status.CANCELLED, "status_reason_de": "Krank"},
            410,
            "Abgesagt: Für diese Veranstaltung",
        ),
        ({"start": at(2026, 11, 1, 18), "end": at(2026, 11, 1, 20)}, 410, "begonnen oder ist vorbei"),
    ],
)
def test_a_cancelled_or_past_event_takes_no_sign_up(client, now, change, status, words):
    date = evening()
    Event.objects.filter(pk=date.event.pk).update(**change)
    date.refresh_from_db()
    if "start" in change:
        type(date).objects.filter(pk=date.pk).update(start=change["start"], end=change["end"])
    answer = sign_up(client, date)
    assert answer.status_code == status and words in answer.content.decode()
    assert not Registration.objects.exists()


def test_a_second_sign_up_with_the_same_address_is_not_a_second_registration(client, now):
    date = evening()
    sign_up(client, date, email="kim@example.org")
    follow(client, mail.outbox[-1])
    answer = sign_up(client, date, email="KIM@example.org", address="192.0.2.9")
    assert answer.status_code == 302
    assert Registration.objects.count() == 1
    assert "bereits angemeldet" in mail.outbox[-1].body


@pytest.mark.parametrize(
    "path", ["/de/anmeldung/bestaetigen/gefaelscht/", "/de/anmeldung/bestaetigen/abc:def:ghi/"]
)
def test_a_forged_confirmation_link_gets_a_clear_page(client, now, path):
    answer = client.get(path)
    assert answer.status_code == 404 and "nicht gültig" in answer.content.decode()


def test_an_expired_confirmation_link_says_so(client, now, time_machine):
    date = evening()
    sign_up(client, date)
    time_machine.shift(datetime.timedelta(hours=49))
    answer = follow(client, mail.outbox[-1])
    assert answer.status_code == 410 and "abgelaufen" in answer.content.decode()
    assert Registration.objects.get().status == Status.UNCONFIRMED


def test_a_flood_of_sign_ups_is_held_back_per_sender(client, now, settings):
    settings.SIGNUP_LIMIT_PER_HOUR = 3
    date = evening(seats=None)
    answers = [sign_up(client, date, email=f"p{n}@example.org").status_code for n in range(5)]
    assert answers == [302, 302, 302, 429, 429]
    assert Registration.objects.count() == 3


@pytest.mark.parametrize(
    "fields, status",
    [
        ({"website": "http://spam.example"}, 400),
        ({"started": "forged"}, 400),
        ({"people": "99"}, 400),
        ({"consent": ""}, 400),
    ],
)
def test_spam_and_bad_input_are_refused_with_a_message(client, now, fields, status):
    answer = sign_up(client, evening(), **fields)
    assert answer.status_code == status
    assert not Registration.objects.exists()


def test_a_hostile_date_address_is_a_404_not_an_error(client, now):
    assert client.get("/de/anmeldung/999999/").status_code == 404
    assert client.get("/de/anmeldung/99999999999999999999999/").status_code == 404
    assert client.get("/de/anmeldung/kein-schluessel/").status_code == 404


def test_the_reminder_goes_the_day_before_once(client, now, time_machine):
    date = evening()
    sign_up(client, date)
    follow(client, mail.outbox[-1])
    outbox = len(mail.outbox)
    call_command("send_event_reminders")
    assert len(mail.outbox) == outbox  # not yet
    time_machine.move_to(at(2027, 1, 11, 7), tick=False)
    call_command("send_event_reminders")
    call_command("send_event_reminders")
    assert len(mail.outbox) == outbox + 1 and "Morgen" in mail.outbox[-1].subject


def test_registrations_are_gone_after_the_retention_period(client, now, time_machine, settings):
    settings.SIGNUP_RETENTION_DAYS = 30
    date = evening()
    sign_up(client, date)
    follow(client, mail.outbox[-1])
    sign_up(client, date, email="nie@example.org", address="192.0.2.3")
    time_machine.move_to(at(2026, 12, 10, 12), tick=False)
    call_command("purge_registrations")
    assert list(Registration.objects.values_list("email", flat=True)) == ["kim@example.org"]
    # The evening ends at 20:00 on 12 January: thirty days later, it goes.
    time_machine.move_to(at(2027, 2, 11, 19, 59), tick=False)
    call_command("purge_registrations")
    assert Registration.objects.exists()
    time_machine.move_to(at(2027, 2, 11, 20, 1), tick=False)
    call_command("purge_registrations")
    assert not Registration.objects.exists()


@pytest.mark.django_db(transaction=True)
def test_two_people_taking_the_last_seat_at_once_one_gets_it_one_waits(settings):
    settings.PAGE_CACHE_SECONDS = 0
    event = make_event(start=timezone.now() + datetime.timedelta(days=5))
    SignupOptions.objects.create(event=event, capacity=1)
    date = event.occurrences.get()
    registrations = [
        Registration.objects.create(occurrence=date, name=f"P{n}", email=f"p{n}@example.org", language="de")
        for n in range(2)
    ]
    from signups.links import confirmation_link

    start = threading.Barrier(2)
    statuses = []

    def confirm(registration):
        path = urlsplit(confirmation_link(registration)).path
        start.wait()
        statuses.append(Client().post(path).status_code)
        connections.close_all()

    threads = [threading.Thread(target=confirm, args=(r,)) for r in registrations]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert statuses == [302, 302]
    assert sorted(Registration.objects.values_list("status", flat=True)) == [Status.CONFIRMED, Status.WAITING]


def test_staff_export_the_list_and_write_to_everyone_in_german(admin_client, now):
    date = evening(seats=5)
    for n, email in enumerate(["a@example.org", "=cmd@example.org"]):
        Registration.objects.create(
            occurrence=date, name=f"=Person {n}", email=email, language="de", status=Status.CONFIRMED
        )
    chosen = list(Registration.objects.values_list("pk", flat=True))
    export = admin_client.post(
        "/admin/signups/registration/",
        {"action": "export_csv", "_selected_action": chosen},
        HTTP_ACCEPT_LANGUAGE="de",
    )
    text = export.content.decode("utf-8-sig")
    assert "Schulaustausch-Abend;12.01.2027 18:00;'=Person 0;a@example.org;1;Bestätigt" in text
    form = admin_client.post(
        "/admin/signups/registration/",
        {"action": "mail_everyone", "_selected_action": chosen},
        HTTP_ACCEPT_LANGUAGE="de",
    )
    assert "Nachricht" in form.content.decode()
    with TestCase.captureOnCommitCallbacks(execute=True):
        admin_client.post(
            "/admin/signups/registration/",
            {
                "action": "mail_everyone",
                "_selected_action": chosen,
                "send": "1",
                "subject": "Abgesagt",
                "message": "Leider.",
            },
        )
    assert sorted(m.to[0] for m in mail.outbox) == ["=cmd@example.org", "a@example.org"]
    assert all(m.subject == "Abgesagt" and "Leider." in m.body for m in mail.outbox)


def test_the_privacy_statement_names_the_periods_the_purge_uses(client, now, city_content, settings):
    settings.SIGNUP_RETENTION_DAYS = 14
    page = client.get("/de/datenschutz/").content.decode()
    assert "Ihre Anmeldung wird 14 Tage nach der Veranstaltung gelöscht." in page
    assert "innerhalb von 48 Stunden" in page


def test_more_seats_move_the_waiting_list_up_and_a_second_cancel_sends_nothing(client, now):
    date = evening(seats=1)
    sign_up(client, date, email="a@example.org")
    follow(client, mail.outbox[-1])
    sign_up(client, date, email="b@example.org", address="192.0.2.2")
    follow(client, mail.outbox[-1])
    assert Registration.objects.get(email="b@example.org").status == Status.WAITING
    with TestCase.captureOnCommitCallbacks(execute=True):
        SignupOptions.objects.filter(event=date.event).update(capacity=2)
        SignupOptions.objects.get(event=date.event).save()
    assert Registration.objects.get(email="b@example.org").status == Status.CONFIRMED
    assert mail.outbox[-1].to == ["b@example.org"] and mail.outbox[-1].attachments
    first = Registration.objects.get(email="a@example.org")
    for _ in range(2):
        with TestCase.captureOnCommitCallbacks(execute=True):
            client.post(f"/de/anmeldung/{first.token}/")
    assert [m.subject for m in mail.outbox if m.to == ["a@example.org"]].count(
        "Anmeldung storniert: Schulaustausch-Abend"
    ) == 1


def test_mails_without_a_mail_server_land_in_var_mail(tmp_path, settings):
    from django.core.mail import send_mail

    settings.EMAIL_BACKEND = "django.core.mail.backends.filebased.EmailBackend"
    settings.EMAIL_FILE_PATH = tmp_path
    send_mail("Test", "Hallo", None, ["kim@example.org"])
    assert "Hallo" in next(tmp_path.iterdir()).read_text()


def test_a_date_taken_out_of_a_series_tells_those_signed_up_before_their_sign_up_goes(client, now):
    event = make_event(
        start=at(2027, 1, 5, 18),
        repeat=Event.Repeat.WEEKLY,
        repeat_until=datetime.date(2027, 1, 26),
        title_de="Stammtisch",
    )
    SignupOptions.objects.create(event=event, capacity=10)
    second = event.occurrences.order_by("start")[1]
    sign_up(client, second)
    follow(client, mail.outbox[-1])
    event.exceptions = [timezone.localdate(second.start)]
    with TestCase.captureOnCommitCallbacks(execute=True):
        event.save()
    assert not Registration.objects.exists()
    told = mail.outbox[-1]
    assert told.subject == "Termin abgesagt: Stammtisch" and "12. Januar 2027" in told.body


def test_the_sign_up_pages_belong_to_the_events_in_the_menu(client, now):
    date = evening()
    page = client.get(f"/de/anmeldung/{date.pk}/").content.decode()
    (current,) = re.findall(r'<a href="([^"]+)" aria-current="true">', page)
    assert current == "/de/veranstaltungen/"


def test_the_editor_is_warned_before_a_change_takes_away_a_date_people_signed_up_for(
    client, admin_client, now
):
    event = make_event(
        start=at(2027, 1, 5, 18), repeat=Event.Repeat.WEEKLY, repeat_until=datetime.date(2027, 1, 26)
    )
    SignupOptions.objects.create(event=event, capacity=10)
    third = event.occurrences.order_by("start")[2]
    sign_up(client, third)
    follow(client, mail.outbox[-1])
    url = f"/admin/events/event/{event.pk}/change/"
    shorter = {"repeat_until": "12.01.2027"}
    answer = resubmit(admin_client, url, "event_form", **shorter)
    assert answer.status_code == 200, "not saved"
    assert "19.01.2027" in answer.content.decode() and "per Mail" in answer.content.decode()
    assert Registration.objects.filter(status=Status.CONFIRMED).count() == 1
    # A change that keeps the date saves without asking.
    assert resubmit(admin_client, url, "event_form", title_de="Stammtisch").status_code == 302
    with TestCase.captureOnCommitCallbacks(execute=True):
        answer = resubmit(admin_client, url, "event_form", remove_signed_up_dates="on", **shorter)
    assert answer.status_code == 302 and not Registration.objects.exists()
    assert mail.outbox[-1].subject == "Termin abgesagt: Stammtisch"
