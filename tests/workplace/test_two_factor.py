"""Two-factor sign-in: the authenticator app's code, from those who set one up or from everyone."""

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice

from tests.admin_forms import form_values

LOGIN = "/admin/login/?next=/admin/"


@pytest.fixture
def anna(db):
    return get_user_model().objects.create_user("anna", "anna@example.org", "richtig-2026", is_staff=True)


@pytest.fixture
def app_of(anna):
    return TOTPDevice.objects.create(user=anna, name="Handy", confirmed=True)


def code(device):
    return str(TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift).token()).zfill(6)


def sign_in(client, **extra):
    data = {"username": "anna", "password": "richtig-2026", **extra}
    return client.post(LOGIN, data, HTTP_ACCEPT_LANGUAGE="de")


def test_without_an_app_the_password_is_enough(client, anna):
    assert sign_in(client).status_code == 302
    assert client.get("/admin/").status_code == 200


def test_with_an_app_its_code_is_asked_for(client, app_of):
    refused = sign_in(client)
    assert refused.status_code == 200 and client.get("/admin/").status_code == 302
    assert sign_in(client, otp_token="000000" if code(app_of) != "000000" else "111111").status_code == 200
    app_of.refresh_from_db()
    app_of.throttle_reset()  # a wrong code holds the app back a second, longer than a person takes
    assert sign_in(client, otp_token=code(app_of)).status_code == 302, "one app: its code is enough"
    assert client.get("/admin/").status_code == 200


def test_with_two_apps_the_sign_in_page_asks_which_one(client, app_of):
    tablet = TOTPDevice.objects.create(user=app_of.user, name="Tablet", confirmed=True)
    refused = sign_in(client, otp_token=code(tablet))
    assert "Wählen Sie die App, von der Ihr Code stammt." in refused.content.decode()
    assert sign_in(client, otp_token=code(tablet), otp_device=tablet.persistent_id).status_code == 302


def test_an_administrator_can_require_it_for_all_staff(anna, settings):
    settings.REQUIRE_TWO_FACTOR = True
    client = Client()
    assert sign_in(client).status_code == 200
    client.force_login(anna)
    assert client.get("/admin/").status_code == 302, "signed in without a second factor is not enough"


def test_an_administrator_sets_up_an_app_for_a_colleague(admin_client, anna):
    url = "/admin/otp_totp/totpdevice/add/"
    form = form_values(admin_client.get(url).content.decode(), "totpdevice_form")
    form.update(user=[str(anna.pk)], name=["Handy"], confirmed=["on"])
    response = admin_client.post(url, form)
    assert response.status_code == 302
    device = TOTPDevice.objects.get(user=anna)
    assert admin_client.get(f"/admin/otp_totp/totpdevice/{device.pk}/qrcode/").status_code == 200


def test_a_session_without_its_second_factor_sees_no_drafts_on_the_public_site(settings, anna, city_content):
    """A password alone opens no preview where a code is due: the session django.contrib.auth made
    (force_login, or a sign-in before two factors were required) is not verified."""
    from django.contrib.auth.models import Group

    from tests.factories import make_partnership

    anna.groups.add(Group.objects.get(name="Redaktion"))
    make_partnership(city_de="Entwurfsstadt", slug_de="entwurf", published=False)
    client = Client()
    client.force_login(anna)
    assert client.get("/de/partnerschaften/entwurf/").status_code == 200, "no code due yet"
    settings.REQUIRE_TWO_FACTOR = True
    assert client.get("/de/partnerschaften/entwurf/").status_code == 404
    assert client.get("/admin/").status_code == 302
