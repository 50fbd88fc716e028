"""Signing in: wrong passwords lock that user name at that address, not the colleagues behind it."""

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.management import call_command
from django.test import Client

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
    [message] = mail.outbox
    assert message.to == ["anna@example.org"] and "/admin/reset/" in message.body


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
