"""Hostile requests are answered in words with a 4xx, logged as one line each, and mail nobody."""

import io
import logging

import pytest
from django.core import mail
from django.test import Client

from operations.error_mail import ThrottledAdminEmailHandler

BOUNDARY_BODY = '--gränze\r\nContent-Disposition: form-data; name="x"\r\n\r\n1\r\n--gränze--\r\n'.encode()


def hostile_requests(client):
    yield client.get("/de/", HTTP_HOST="evil.example")
    yield client.get("/media/../../etc/passwd")
    yield client.get("/media/..%2f..%2fsettings.py")
    client.cookies["csrftoken"] = "A" * 32
    yield client.generic(
        "POST", "/gibt/es/nicht/", BOUNDARY_BODY, content_type="multipart/form-data; boundary=gränze"
    )
    yield client.generic(
        "POST", "/de/barriere-melden/", b"--x\r\nbroken", content_type="multipart/form-data; boundary=x"
    )


@pytest.fixture
def admins(settings):
    settings.ADMINS = [("Webmaster", "webmaster@arnsberg.example")]


@pytest.fixture
def log():
    """What the site's log handlers write (settings.LOGGING), read from a buffer of the test's own."""
    written = io.StringIO()
    handlers = {*logging.getLogger().handlers, *logging.getLogger("django.security").handlers}
    streams = {
        handler: handler.setStream(written) for handler in handlers if type(handler) is logging.StreamHandler
    }
    yield written
    for handler, stream in streams.items():
        handler.setStream(stream)


def test_hostile_requests_get_a_4xx_one_log_line_each_and_no_mail(admins, log, monkeypatch):
    monkeypatch.setattr(ThrottledAdminEmailHandler, "send_mail", lambda *a, **k: mail.outbox.append(a))
    client = Client(raise_request_exception=False, enforce_csrf_checks=True)
    statuses = [response.status_code for response in hostile_requests(client)]
    assert all(400 <= status < 500 for status in statuses), statuses
    log = log.getvalue()
    assert "Traceback" not in log
    assert len([line for line in log.splitlines() if "Invalid HTTP_HOST header" in line]) == 1
    assert "outside of the base path" not in log, "a path out of the uploads folder is no file: 404"
    assert mail.outbox == []


def test_a_refused_request_is_one_line_without_a_traceback(admins, log, django_user_model):
    """A translator's post to what only editors may do answers 403: logged as a refusal, not a fault."""
    from django.contrib.auth.models import Group

    translator = django_user_model.objects.create_user("tara", password="password", is_staff=True)
    translator.groups.add(Group.objects.get(name="Übersetzung"))
    client = Client(raise_request_exception=False)
    client.force_login(translator)
    response = client.get("/admin/partnerships/partnership/recover/")
    assert response.status_code == 403
    written = log.getvalue()
    assert "Traceback" not in written
    [line] = [line for line in written.splitlines() if "/admin/partnerships/partnership/recover/" in line]
    assert "Forbidden" in line and "PermissionDenied" in line
