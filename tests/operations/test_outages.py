"""The database away: the site's 503 page, quick answers, one log line, a few mails."""

import logging
import socket
import threading
import time
from unittest import mock

import pytest
from django.core import mail
from django.core.cache import caches
from django.db import OperationalError, connections
from django.test import Client
from django.utils import timezone

from notices.models import Notice
from operations.error_mail import ThrottledAdminEmailHandler
from tests.factories import make_notice
from tests.html import texts

REFUSED = OperationalError('connection to server at "127.0.0.1", port 5432 failed: Connection refused')


@pytest.fixture
def visitor():
    """A browser as Django serves it: an error becomes the error page, not an exception in the test."""
    return Client(raise_request_exception=False)


@pytest.fixture
def database_away():
    database = connections["default"]
    with (
        mock.patch.object(database, "cursor", side_effect=REFUSED),
        mock.patch.object(database, "get_new_connection", side_effect=REFUSED),
    ):
        yield


@pytest.mark.parametrize(
    ("path", "language", "heading"),
    [("/de/", "de", "Vorübergehend nicht erreichbar"), ("/en/timeline/", "en", "Temporarily unavailable")],
)
def test_pages_answer_the_sites_503_with_retry_after_in_the_visitors_language(
    visitor, database_away, path, language, heading
):
    response = visitor.get(path)
    html = response.content.decode()
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    assert "no-store" in response["Cache-Control"]
    assert f'<html lang="{language}">' in html
    assert texts(html, "h1") == [heading]
    assert "could not be saved" not in html and "nicht gespeichert" not in html


def test_a_form_sent_while_the_database_is_away_is_said_to_be_unsaved(visitor, database_away):
    response = visitor.post("/en/report-a-barrier/", {"message": "The map has no text alternative."})
    assert response.status_code == 503
    assert "What you sent could not be saved." in response.content.decode()


def test_static_files_robots_and_the_admin_sign_in_page_stay_up(visitor, database_away):
    assert visitor.get("/robots.txt").status_code == 200
    assert visitor.get("/favicon.ico").status_code == 302
    assert visitor.get("/healthz").status_code == 503


def test_each_failed_request_is_one_log_line_without_a_traceback(visitor, database_away, caplog):
    visitor.get("/de/")
    logged = [r for r in caplog.records if r.levelno >= logging.WARNING]
    assert [r.getMessage() for r in logged] == [
        'Service Unavailable: /de/ (database unavailable: connection to server at "127.0.0.1", '
        "port 5432 failed: Connection refused)"
    ]
    assert logged[0].exc_info is None


def test_the_site_recovers_by_itself_when_the_database_is_back(visitor):
    with mock.patch.object(connections["default"], "cursor", side_effect=REFUSED):
        assert visitor.get("/de/").status_code == 503
    assert visitor.get("/de/").status_code == 200


def test_a_server_that_stops_answering_is_given_up_on_after_the_wait_deadline():
    """A server that hangs (frozen, or busy past its own timeout) ends a query after the deadline: the
    connection is closed, as its state is unknown, and the next one works."""
    own = connections.create_connection("default")
    with own.cursor() as cursor:
        cursor.execute("SET statement_timeout = 0")  # as if the server could not enforce it
        started = time.monotonic()
        with own.wait_timeout(0.5), pytest.raises(OperationalError, match="did not answer within 0.5 s"):
            cursor.execute("SELECT pg_sleep(5)")
    assert time.monotonic() - started < 2
    assert own.connection.closed
    own.close()
    with own.cursor() as cursor:
        cursor.execute("SELECT 1")
        assert cursor.fetchone() == (1,)
    own.close()


def test_every_query_of_the_site_has_the_deadline_and_a_statement_timeout():
    own = connections.create_connection("default")
    with own.cursor() as cursor:
        cursor.execute("SHOW statement_timeout")
        assert cursor.fetchone() == ("5s",)
    assert own.connection.wait_timeout == 6
    own.close()


def test_a_server_that_accepts_but_never_answers_is_given_up_on_within_the_connect_timeout():
    frozen = socket.create_server(("127.0.0.1", 0))  # listens, never answers: like a stopped postmaster
    settings_dict = {**connections["default"].settings_dict, "HOST": "127.0.0.1"}
    settings_dict["PORT"] = str(frozen.getsockname()[1])
    own = connections["default"].__class__(settings_dict, alias="frozen")
    started = time.monotonic()
    with pytest.raises(OperationalError):
        own.ensure_connection()
    assert time.monotonic() - started < 4
    frozen.close()


@pytest.fixture
def admins(settings, monkeypatch):
    """The handler that mails errors to the admins, with a period of one second."""
    settings.ADMINS = [("Webmaster", "webmaster@example.org")]
    handler = next(
        h for h in logging.getLogger("django").handlers if isinstance(h, ThrottledAdminEmailHandler)
    )
    monkeypatch.setattr(handler, "period", 1)
    caches["error_mail"].clear()
    yield handler
    caches["error_mail"].clear()


def mail_subjects(handler):
    handler.wait(timeout=5)
    return [message.subject for message in mail.outbox]


def test_an_outage_sends_one_mail_and_the_next_one_counts_the_rest(
    visitor, database_away, admins, time_machine
):
    time_machine.move_to(timezone.now())
    for path in ["/de/"] * 20 + ["/en/"] * 5:
        visitor.get(path)
    subjects = mail_subjects(admins)
    assert len(subjects) == 1
    assert "Service Unavailable: /de/ (database unavailable" in subjects[0]
    time_machine.shift(1.1)  # the period is over
    visitor.get("/de/")
    subjects = mail_subjects(admins)
    assert len(subjects) == 2
    assert subjects[1].endswith("(and 24 more like it since the last mail)")


def test_different_errors_are_mailed_separately_and_maintenance_not_at_all(visitor, admins):
    with mock.patch("core.views.HomeView.get", side_effect=RuntimeError("broken template")):
        visitor.get("/de/")
        visitor.get("/en/")
    with mock.patch.object(connections["default"], "cursor", side_effect=REFUSED):
        visitor.get("/de/")
    make_notice(kind=Notice.Kind.MAINTENANCE, title_de="Wartung", text_de="Neue Version.")
    assert visitor.get("/de/").status_code == 503
    subjects = mail_subjects(admins)
    assert len(subjects) == 2
    assert "Internal Server Error: /de/" in subjects[0]
    assert "database unavailable" in subjects[1]


def test_a_mail_server_that_does_not_answer_holds_no_request(visitor, admins, settings):
    """The page answers while the error mail still hangs on the mail server (no clock is watched: the
    mail is held until the page has answered)."""
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    released, held = threading.Event(), []

    def hanging(messages):
        # Released only once the page has answered: a request that waited for its mail times out here.
        held.append(released.wait(timeout=10))

    with (
        mock.patch("django.core.mail.backends.smtp.EmailBackend.send_messages", side_effect=hanging),
        mock.patch("core.views.HomeView.get", side_effect=RuntimeError("broken template")),
    ):
        assert visitor.get("/de/").status_code == 500
        released.set()
        admins.wait(timeout=15)
    assert held == [True], "the page answered while its error mail was still being sent"


def test_psycopg_still_offers_what_the_wait_deadline_relies_on():
    """arnsberg_site.db.base needs psycopg's Connection.connect to make the subclass it is called on,
    and Connection.wait to take a timeout: a psycopg release that changes either fails here first."""
    import inspect

    import psycopg

    from arnsberg_site.db.base import DeadlineConnection

    assert "timeout" in inspect.signature(psycopg.Connection.wait).parameters
    connection = connections["default"]
    connection.ensure_connection()
    assert type(connection.connection) is DeadlineConnection
    assert connection.connection.wait_timeout == connection.settings_dict["WAIT_TIMEOUT"]
