"""The feedback desk: a citizen reports a barrier; the city gets a case with a deadline and an e-mail."""

import datetime
import secrets
import threading
import time
from unittest import mock

import pytest
from django.core import mail, signing
from django.core.management import call_command
from django.db import connections
from django.test import Client, RequestFactory, TestCase
from django.utils import timezone

from feedback import spam
from feedback.models import Report, months_later
from feedback.views import footer_link
from tests.html import soup, texts

FORM = "/de/barriere-melden/"


def token(seconds_ago=10):
    """A copy of the form's signed token, as if the form had been opened `seconds_ago`."""
    copy = f"{int(time.time()) - seconds_ago}.{secrets.token_urlsafe(12)}"
    return signing.TimestampSigner(salt="feedback.form").sign(copy)


def report(client, language="de", address="192.0.2.1", **fields):
    data = {
        "message": "Die Karte ist mit der Tastatur nicht bedienbar.",
        "page_url": "/de/",
        "started": token(),
    }
    data.update(fields)
    form = FORM if language == "de" else "/en/report-a-barrier/"
    # The mails leave once the report is stored (on commit); a test's transaction never commits.
    with TestCase.captureOnCommitCallbacks(execute=True):
        return client.post(form, data, REMOTE_ADDR=address)


@pytest.fixture(autouse=True)
def city_address(settings):
    settings.FEEDBACK_EMAIL = "barrierefreiheit@arnsberg.example"


def test_the_form_knows_the_page_the_citizen_came_from(client, city_content):
    footer = soup(client.get("/de/zeitleiste/").content.decode()).select("footer nav a")
    assert (footer[-1].get_text(), footer[-1]["href"]) == (
        "Barriere melden",
        f"{FORM}?page=%2Fde%2Fzeitleiste%2F",
    )
    form = soup(client.get(footer[-1]["href"]).content.decode())
    assert form.select_one("#id_page_url")["value"] == "/de/zeitleiste/"


def test_a_report_becomes_a_case_due_in_a_month_and_an_email(client):
    response = report(client, email="buerger@example.org", name="Kim")
    # The thank-you page leads back to the page the report is about.
    assert (response.status_code, response["Location"]) == (302, "/de/barriere-melden/danke/?page=%2Fde%2F")
    case = Report.objects.get()
    assert (case.status, case.language, case.page_url) == (Report.Status.NEW, "de", "/de/")
    assert case.due_on == months_later(timezone.localdate(case.received_at), 1)
    to_city, to_sender = mail.outbox
    assert to_city.to == ["barrierefreiheit@arnsberg.example"] and "Tastatur nicht bedienbar" in to_city.body
    assert f"/admin/feedback/report/{case.pk}/change/" in to_city.body
    assert to_sender.to == ["buerger@example.org"] and to_sender.subject == "Ihre Meldung einer Barriere"
    assert case.due_on.strftime("%d.%m.%Y").lstrip("0") in to_sender.body or "spätestens" in to_sender.body
    thanks = client.get(response["Location"]).content.decode()
    assert texts(thanks, "h1") == ["Vielen Dank für Ihre Meldung"]


def test_an_english_report_is_acknowledged_in_english(client):
    report(client, language="en", email="citizen@example.org")
    assert (
        mail.outbox[1].subject == "Your report of a barrier"
        and "Thank you for your report" in mail.outbox[1].body
    )
    assert Report.objects.get().language == "en"


def test_without_an_email_address_only_the_city_is_written_to(client):
    report(client)
    assert [message.to for message in mail.outbox] == [["barrierefreiheit@arnsberg.example"]]


def test_a_flood_from_one_address_is_held_back_politely_and_keeps_the_text(client, settings):
    settings.FEEDBACK_LIMIT_PER_HOUR = 3
    for _ in range(3):
        assert report(client).status_code == 302
    response = report(client, message="Noch eine Meldung.")
    assert response.status_code == 429 and response["Retry-After"] == "3600"
    html = response.content.decode()
    assert "mehrere Meldungen" in texts(html, ".form-refused")[0]
    assert soup(html).select_one("#id_message").get_text().strip() == "Noch eine Meldung."
    assert Report.objects.count() == 3
    assert report(client, address="198.51.100.7").status_code == 302, "another sender is not held back"


def test_programs_that_fill_the_hidden_field_or_send_at_once_are_refused(client):
    assert report(client, website="https://spam.example/").status_code == 400
    assert report(client, started=token(seconds_ago=0)).status_code == 400
    assert report(client, started="forged").status_code == 400
    response = report(client, started="")
    assert "noch einmal" in texts(response.content.decode(), ".form-refused")[0]
    assert Report.objects.count() == 0 and mail.outbox == []


def test_bad_input_gets_field_errors_and_a_hostile_page_address_is_dropped(client):
    response = report(client, message="", email="keine-adresse")
    assert response.status_code == 400
    assert texts(response.content.decode(), ".form-errors li") == [
        "Ihre Nachricht: Dieses Feld ist zwingend erforderlich.",
        "Ihre E-Mail-Adresse (freiwillig): Bitte gültige E-Mail-Adresse eingeben.",
    ]
    report(client, page_url="https://evil.example/phish")
    assert Report.objects.get().page_url == ""
    assert client.get(FORM + "?page=//evil.example/").status_code == 200
    for odd in ("//[", "http://[::1", "/de/%00", "/" * 600):
        response = client.get(FORM, {"page": odd})
        assert (
            response.status_code == 200
            and len(soup(response.content.decode()).select_one("#id_page_url").get("value", "")) <= 500
        )
    odd_page = RequestFactory().get("/")
    odd_page.path = "//[de"  # a page whose own address looks like a host
    assert footer_link(odd_page) == [("Barriere melden", "/de/barriere-melden/")]


def test_the_form_sets_no_cookie(client):
    assert client.get(FORM).cookies == {} and report(client).cookies == {}


def test_a_mail_server_that_is_away_costs_the_mail_not_the_report(client, settings):
    settings.EMAIL_BACKEND = "tests.feedback.test_reports.BrokenMailServer"
    assert report(client).status_code == 302
    assert Report.objects.count() == 1


class BrokenMailServer:
    def __init__(self, *args, **kwargs):
        pass

    def send_messages(self, messages):
        raise ConnectionRefusedError("no mail server")


def test_the_admin_lists_what_is_due_first_and_offers_an_answer(admin_client):
    today = timezone.localdate()
    for days_ago, status in (
        (3, Report.Status.NEW),
        (25, Report.Status.IN_PROGRESS),
        (40, Report.Status.ANSWERED),
    ):
        received = timezone.now() - datetime.timedelta(days=days_ago)
        Report.objects.create(
            message=f"vor {days_ago} Tagen", language="de", received_at=received, status=status
        )
    page = soup(admin_client.get("/admin/feedback/report/", HTTP_ACCEPT_LANGUAGE="de").content.decode())
    assert [cell.get_text() for cell in page.select("td.field-excerpt")] == [
        "vor 25 Tagen",
        "vor 3 Tagen",
        "vor 40 Tagen",
    ]
    deadline = page.select("td.field-deadline")[0].get_text()
    assert "Zwischenbescheid senden" in deadline
    case = Report.objects.get(message="vor 3 Tagen")
    case.email = "kim@example.org"
    case.save()
    form = admin_client.get(
        f"/admin/feedback/report/{case.pk}/change/", HTTP_ACCEPT_LANGUAGE="de"
    ).content.decode()
    assert (
        "Ombudsstelle für Barrierefreie Informationstechnik" in form
        and 'href="mailto:kim@example.org?' in form
    )
    assert case.due_on == months_later(today - datetime.timedelta(days=3), 1)


def statistics(client) -> str:
    section = soup(client.get("/de/barrierefreiheit/").content.decode()).select_one(".feedback-statistics")
    return " ".join(section.get_text().split())


def test_answering_a_case_records_when_and_the_statement_counts_only_due_cases(client, city_content):
    prompt = Report.objects.create(message="neu", language="de")
    prompt.status = Report.Status.CLOSED
    prompt.save()
    assert prompt.answered_at is not None and prompt.closed_at is not None
    text = statistics(client)
    assert "1 Meldung über das Formular eingegangen" in text
    assert "Bisher war noch keine Antwort fällig." in text, "an early answer of a case not yet due"
    long_ago = timezone.now() - datetime.timedelta(days=60)
    late = Report.objects.create(message="alt", language="de", received_at=long_ago)
    late.status = Report.Status.ANSWERED
    late.save()
    in_time = Report.objects.create(message="alt", language="de", received_at=long_ago)
    Report.objects.filter(pk=in_time.pk).update(answered_at=long_ago + datetime.timedelta(days=10))
    text = statistics(client)
    assert "3 Meldungen über das Formular eingegangen" in text
    assert "Von 2 Meldungen, deren Antwort fällig war, wurde 1 fristgerecht beantwortet." in text


def test_personal_data_of_closed_cases_are_deleted_after_the_retention_period(settings):
    settings.FEEDBACK_RETENTION_DAYS = 30
    old = Report.objects.create(
        message="alt", name="Kim", email="kim@example.org", language="de", status="closed"
    )
    Report.objects.filter(pk=old.pk).update(closed_at=timezone.now() - datetime.timedelta(days=31))
    recent = Report.objects.create(message="neu", name="Alex", language="de", status="closed")
    still_open = Report.objects.create(message="offen", name="Sam", language="de")
    forgotten = Report.objects.create(
        message="vergessen",
        name="Lou",
        language="de",
        received_at=timezone.now() - datetime.timedelta(days=31),
    )
    call_command("purge_feedback", stdout=open("/dev/null", "w"))
    old.refresh_from_db()
    assert (old.message, old.name, old.email, old.status) == ("", "", "", "closed")
    assert old.personal_data_deleted_at is not None
    assert (
        Report.objects.get(pk=recent.pk).name == "Alex" and Report.objects.get(pk=still_open.pk).name == "Sam"
    )
    forgotten.refresh_from_db()
    assert (forgotten.message, forgotten.name, forgotten.status) == ("", "", "new"), "open, but too old"


def test_the_daily_reminder_lists_the_cases_due_soon(settings):
    soon = Report.objects.create(
        message="bald fällig", language="de", received_at=timezone.now() - datetime.timedelta(days=26)
    )
    Report.objects.create(message="gerade gekommen", language="de")
    call_command("remind_feedback", stdout=open("/dev/null", "w"))
    [reminder] = mail.outbox
    assert reminder.to == ["barrierefreiheit@arnsberg.example"]
    assert "bald fällig" in reminder.body and "gerade gekommen" not in reminder.body
    assert soon.due_on.strftime("%d.%m.%Y") in reminder.body


@pytest.mark.parametrize(
    ("day", "due"),
    [
        (datetime.date(2026, 1, 31), datetime.date(2026, 2, 28)),
        (datetime.date(2028, 1, 31), datetime.date(2028, 2, 29)),
        (datetime.date(2026, 12, 15), datetime.date(2027, 1, 15)),
    ],
)
def test_one_month_later_is_a_calendar_month(day, due):
    assert months_later(day, 1) == due


def test_the_limit_counts_only_the_last_hour(settings):
    key = spam.sender_key(type("Request", (), {"META": {"REMOTE_ADDR": "192.0.2.9"}})())
    settings.FEEDBACK_LIMIT_PER_HOUR = 1
    Report.objects.create(
        message="x",
        language="de",
        sender_key=key,
        received_at=timezone.now() - datetime.timedelta(minutes=61),
    )
    sent = Report.objects.filter(sender_key=key)
    assert not spam.over_the_limit(sent, settings.FEEDBACK_LIMIT_PER_HOUR, when="received_at")
    Report.objects.create(message="y", language="de", sender_key=key)
    assert spam.over_the_limit(sent, settings.FEEDBACK_LIMIT_PER_HOUR, when="received_at")
    assert Client().get(FORM).status_code == 200


def test_a_form_left_open_for_more_than_a_day_must_be_sent_again(client):
    with mock.patch("django.core.signing.time.time", return_value=time.time() - 25 * 3600):
        stale = token(seconds_ago=0)
    assert report(client, started=stale).status_code == 400
    assert Report.objects.count() == 0


def test_an_open_case_has_no_answer_date_and_only_a_closed_one_a_closing_date():
    case = Report.objects.create(message="x", language="de")
    assert (case.answered_at, case.closed_at) == (None, None)
    case.status = Report.Status.ANSWERED
    case.save()
    assert case.answered_at is not None and case.closed_at is None
    answered = case.answered_at
    case.status = Report.Status.CLOSED
    case.save()
    assert case.answered_at == answered and case.closed_at is not None
    case.status = Report.Status.IN_PROGRESS
    case.save()
    assert case.closed_at is None


def test_the_counts_are_on_the_accessibility_statement_only_and_say_since_when(client, city_content):
    Report.objects.create(
        message="x", language="de", received_at=timezone.make_aware(datetime.datetime(2026, 3, 2, 10))
    )
    statement = client.get("/de/barrierefreiheit/").content.decode()
    assert "Seit dem 2. März 2026 ist 1 Meldung über das Formular eingegangen." in " ".join(statement.split())
    assert "feedback-statistics" not in client.get("/de/impressum/").content.decode()


def test_the_acknowledgement_repeats_nothing_the_sender_wrote(client):
    """Anyone may type anyone's address: the city's mail server must not carry their text to it."""
    report(
        client, email="fremd@example.org", name="Gewinnspiel", message="Klicken Sie auf http://spam.example"
    )
    to_city, to_sender = mail.outbox
    assert "spam.example" in to_city.body
    assert "spam.example" not in to_sender.body and "Gewinnspiel" not in to_sender.body
    assert "Gewinnspiel" not in to_sender.subject


@pytest.mark.parametrize(
    "headers",
    [
        {"HTTP_ORIGIN": "https://evil.example"},
        {"HTTP_ORIGIN": "null"},
        {"HTTP_REFERER": "https://evil.example/form.html"},
        {"HTTP_SEC_FETCH_SITE": "cross-site"},
    ],
)
def test_a_post_from_another_sites_page_is_refused_and_keeps_the_text(client, headers):
    data = {"message": "Von woanders geschickt.", "page_url": "/de/", "started": token()}
    response = client.post(FORM, data, **headers)
    assert response.status_code == 403
    html = response.content.decode()
    assert "von seiner Seite auf dieser Website" in texts(html, ".form-refused")[0]
    assert soup(html).select_one("#id_message").get_text().strip() == "Von woanders geschickt."
    assert Report.objects.count() == 0 and mail.outbox == []


def test_a_post_from_the_sites_own_page_is_taken(client):
    data = {"message": "Von hier.", "page_url": "/de/", "started": token()}
    own = {"HTTP_ORIGIN": "http://testserver", "HTTP_REFERER": "http://testserver/de/barriere-melden/"}
    assert client.post(FORM, data, **own).status_code == 302


def test_a_copy_of_the_form_is_taken_once(client):
    data = {"message": "Doppelt geklickt.", "page_url": "/de/", "started": token()}
    assert client.post(FORM, data).status_code == 302
    again = client.post(FORM, data)
    assert again.status_code == 409
    assert "bereits erhalten" in texts(again.content.decode(), ".form-refused")[0]
    assert Report.objects.count() == 1


@pytest.mark.django_db(transaction=True)
def test_twenty_posts_at_once_pass_the_limit_no_more_than_it_allows(settings):
    settings.FEEDBACK_LIMIT_PER_HOUR = 5
    start = threading.Barrier(20)
    statuses = []

    def post():
        data = {"message": "Gleichzeitig.", "page_url": "/de/", "started": token()}
        start.wait()
        statuses.append(Client().post(FORM, data, REMOTE_ADDR="192.0.2.50").status_code)
        connections.close_all()

    threads = [threading.Thread(target=post) for _ in range(20)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert sorted(statuses) == [302] * 5 + [429] * 15
    assert Report.objects.count() == 5


def test_a_page_address_that_a_browser_reads_as_another_host_is_dropped(client):
    for hostile in ("/\\evil.example/phish", "/\\/evil.example", "/de/\tx", "/de/\nx"):
        report(client, page_url=hostile)
    assert set(Report.objects.values_list("page_url", flat=True)) == {""}


def test_a_line_break_in_the_name_cannot_forge_a_line_of_the_citys_mail(client):
    report(client, name="Kim\r\nSeite: /de/gefaelscht/\nE-Mail-Adresse: chef@arnsberg.de")
    [to_city] = mail.outbox
    name_lines = [line for line in to_city.body.splitlines() if line.startswith("Name:")]
    assert name_lines == ["Name: Kim Seite: /de/gefaelscht/ E-Mail-Adresse: chef@arnsberg.de"]
    assert not any(line.startswith("Seite: /de/gefaelscht/") for line in to_city.body.splitlines())


def test_a_report_received_after_midnight_in_berlin_is_due_a_month_after_that_day(time_machine):
    """23:30 UTC on 31 January is 00:30 on 1 February in Arnsberg: due on 1 March, not 28 February."""
    time_machine.move_to(datetime.datetime(2026, 1, 31, 23, 30, tzinfo=datetime.UTC), tick=False)
    case = Report.objects.create(message="Nach Mitternacht", language="de")
    assert case.due_on == datetime.date(2026, 3, 1)
    time_machine.move_to(datetime.datetime(2026, 1, 31, 22, 30, tzinfo=datetime.UTC), tick=False)
    assert Report.objects.create(message="Vor Mitternacht", language="de").due_on == datetime.date(
        2026, 2, 28
    )
