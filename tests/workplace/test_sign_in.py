"""Signing in: wrong passwords lock that user name at that address, not the colleagues behind it."""

import threading

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.forms import PasswordResetForm
from django.core import mail
from django.core.management import call_command
from django.test import Client

from operations import background
from workplace import password_reset

LOGIN = "/admin/login/?next=/admin/"
TOWN_HALL = "192.0.2.10"


@pytest.fixture
def staff(db):
    users = get_user_model().objects
    return [
        users.create_user(name, f"{name}@example.org", "richtig-2026", is_staff=True)
        for name in ("anna", "ben")
    ]


def sign_in(username, password, address=TOWN_HALL):
    client = Client(REMOTE_ADDR=address)
    response = client.post(LOGIN, {"username": username, "password": password}, HTTP_ACCEPT_LANGUAGE="de")
    return response


def test_a_dozen_wrong_passwords_lock_that_user_at_that_address_only(staff, settings):
    statuses = [sign_in("anna", "falsch").status_code for _ in range(settings.AXES_FAILURE_LIMIT)]
    assert statuses == [200] * (settings.AXES_FAILURE_LIMIT - 1) + [429]
    locked = sign_in("anna", "richtig-2026")
    assert locked.status_code == 429
    assert "Anmeldung gesperrt" in locked.content.decode()
    assert sign_in("ben", "richtig-2026").status_code == 302, "a colleague at the same address signs in"
    assert sign_in("anna", "richtig-2026", address="198.51.100.7").status_code == 302, "and anna elsewhere"


def test_an_administrator_lifts_a_lock_with_a_command(staff, settings):
    for _ in range(settings.AXES_FAILURE_LIMIT):
        sign_in("anna", "falsch")
    assert sign_in("anna", "richtig-2026").status_code == 429
    call_command("axes_reset_username", "anna", stdout=open("/dev/null", "w"))
    assert sign_in("anna", "richtig-2026").status_code == 302


def test_the_lock_ends_by_itself(staff, settings):
    from axes.models import AccessAttempt

    for _ in range(settings.AXES_FAILURE_LIMIT):
        sign_in("anna", "falsch")
    AccessAttempt.objects.update(
        attempt_time=AccessAttempt.objects.get().attempt_time - settings.AXES_COOLOFF_TIME
    )
    assert sign_in("anna", "richtig-2026").status_code == 302


def test_a_forgotten_password_is_reset_by_email(client, staff):
    page = client.get("/admin/login/", HTTP_ACCEPT_LANGUAGE="de").content.decode()
    assert 'href="/admin/password_reset/"' in page
    response = client.post("/admin/password_reset/", {"email": "anna@example.org"})
    assert response.status_code == 302
    background.wait()
    [message] = mail.outbox
    assert message.to == ["anna@example.org"] and "/admin/reset/" in message.body


def test_a_reset_answers_before_its_mail_is_sent_whether_or_not_the_address_has_an_account(
    client, staff, monkeypatch
):
    """The time of the answer must not tell which addresses belong to an account: the mail, the slow
    part, goes out after the answer."""
    sent = threading.Event()
    release = threading.Event()

    def slow_send(*args, **kwargs):
        release.wait(5)
        sent.set()

    monkeypatch.setattr(PasswordResetForm, "send_mail", slow_send)
    for address in ("anna@example.org", "nobody@example.org"):
        response = client.post("/admin/password_reset/", {"email": address})
        assert response.status_code == 302 and response["Location"] == "/admin/password_reset/done/"
    assert not sent.is_set(), "the known address was answered before its mail went out"
    release.set()
    background.wait()
    assert sent.is_set()


def test_reset_mails_are_limited_per_address_and_per_sender(client, staff):
    for _ in range(6):
        assert client.post("/admin/password_reset/", {"email": "anna@example.org"}).status_code == 302
    background.wait()
    assert len(mail.outbox) == password_reset.MAILS_PER_ADDRESS_AN_HOUR
    for number in range(20):
        client.post("/admin/password_reset/", {"email": f"someone{number}@example.org"})
    other = Client(REMOTE_ADDR="198.51.100.7")
    get_user_model().objects.create_user("bert", "bert@example.org", "x", is_staff=True)
    other.post("/admin/password_reset/", {"email": "bert@example.org"})
    background.wait()
    assert [message.to for message in mail.outbox[3:]] == [["bert@example.org"]]


def test_robots_txt_does_not_name_the_admin(client):
    assert "admin" not in client.get("/robots.txt").content.decode()


@pytest.mark.parametrize(("behind_proxy", "counted_for"), [(True, "203.0.113.9"), (False, "127.0.0.1")])
def test_behind_the_proxy_attempts_count_for_the_client_and_otherwise_for_the_peer(
    settings, behind_proxy, counted_for
):
    from axes.models import AccessAttempt

    settings.BEHIND_PROXY = behind_proxy
    Client().post(
        "/admin/login/",
        {"username": "kim", "password": "wrong"},
        REMOTE_ADDR="127.0.0.1",
        HTTP_X_REAL_IP="203.0.113.9",
    )
    assert list(AccessAttempt.objects.values_list("ip_address", flat=True)) == [counted_for]


@pytest.mark.parametrize("next_page", ["https://evil.example/", "//evil.example/x", "/\\evil.example"])
def test_a_sign_in_with_a_next_page_off_the_site_lands_on_the_admins_start_page(staff, next_page):
    client = Client()
    response = client.post(
        f"/admin/login/?next={next_page}", {"username": "anna", "password": "richtig-2026"}
    )
    assert (response.status_code, response["Location"]) == (302, "/admin/")
    assert client.get(response["Location"]).status_code == 200
