"""The audit log: what security asks about, with who, when and from which address, on every road that
does it (the sign-in form, the admin's forms and lists, axes' command), readable by superusers only and
kept for a set period."""

import datetime
import io

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from django_otp.plugins.otp_totp.models import TOTPDevice
from reversion.models import Version

from audit.models import Action, AuditEntry
from partnerships.models import Partnership
from stories.models import Story
from tests.admin_forms import resubmit
from tests.factories import make_partnership, make_story

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def fresh_log():
    """Without the entries `migrate` left (the roles' permissions, given by no one)."""
    AuditEntry.objects.all().delete()


def entries(action):
    return list(AuditEntry.objects.filter(action=action).order_by("pk"))


@pytest.fixture
def ada(django_user_model):
    return django_user_model.objects.create_user("ada", password="richtig-langes-passwort", is_staff=True)


def sign_in(client, password):
    return client.post(
        "/admin/login/?next=/admin/",
        {"username": "ada", "password": password},
        REMOTE_ADDR="192.0.2.7",
    )


def test_sign_ins_failures_and_lockouts_with_the_address(client, ada, settings):
    settings.AXES_FAILURE_LIMIT = 2
    assert sign_in(client, "richtig-langes-passwort").status_code == 302
    [entry] = entries(Action.SIGNED_IN)
    assert (entry.user, entry.username, entry.address) == (ada, "ada", "192.0.2.7")
    client.logout()
    sign_in(client, "falsch")
    sign_in(client, "falsch")
    failed = entries(Action.SIGN_IN_FAILED)
    assert [(e.username, e.address) for e in failed] == [("ada", "192.0.2.7")] * 2
    [locked] = entries(Action.LOCKED_OUT)
    assert (locked.username, locked.address) == ("ada", "192.0.2.7")
    call_command("axes_reset_username", "ada", stdout=io.StringIO())
    [lifted] = entries(Action.LOCKOUT_LIFTED)
    assert lifted.detail == "ada / 192.0.2.7"


def test_roles_and_permissions_changed_in_the_admin(admin_client, admin_user, ada):
    editors = Group.objects.get(name="Redaktion")
    answer = resubmit(
        admin_client,
        f"/admin/auth/user/{ada.pk}/change/",
        "user_form",
        groups=str(editors.pk),
        is_superuser="on",
    )
    assert answer.status_code == 302
    changes = entries(Action.ROLES_CHANGED)
    details = " | ".join(entry.detail for entry in changes)
    assert "Redaktion" in details and "Administrator-Status: ja" in details
    assert {(entry.username, entry.target) for entry in changes} == {("admin", "ada")}
    assert changes[0].address == "127.0.0.1"


def test_two_factor_devices_added_and_removed(admin_client, ada):
    device = TOTPDevice.objects.create(user=ada, name="Handy", confirmed=True)
    delete = admin_client.post(f"/admin/otp_totp/totpdevice/{device.pk}/delete/", {"post": "yes"})
    assert delete.status_code == 302
    [added], [removed] = entries(Action.DEVICE_ADDED), entries(Action.DEVICE_REMOVED)
    assert (added.target, added.detail, removed.target, removed.username) == ("ada", "Handy", "ada", "admin")


def test_publishing_and_unpublishing_by_whom_and_not_what_the_checks_took_back(admin_client, committed):
    story = make_story([make_partnership()], published=False, slug_de="besuch")
    url = f"/admin/stories/story/{story.pk}/change/"
    vague = '<p>Mehr <a href="https://www.arnsberg.de/">hier</a>.</p>'
    with committed():
        resubmit(admin_client, url, "story_form", is_published="on", body_de=vague)
    assert not Story.objects.get(pk=story.pk).is_published
    assert entries(Action.PUBLISHED) == [], "the checks kept it a draft"
    with committed():
        resubmit(admin_client, url, "story_form", is_published="on", body_de="<p>Was geschah.</p>")
    [published] = entries(Action.PUBLISHED)
    assert (published.username, published.target, published.object_id) == ("admin", str(story), str(story.pk))
    with committed():
        data = resubmit(admin_client, url, "story_form", body_de="<p>Was geschah.</p>", is_published="")
    assert data.status_code == 302
    [unpublished] = entries(Action.UNPUBLISHED)
    assert unpublished.username == "admin"


def test_deletions_and_restores(admin_client, city_content):
    morogoro = Partnership.objects.get(slug_de="morogoro")
    resubmit(
        admin_client,
        f"/admin/partnerships/partnership/{morogoro.pk}/change/",
        "partnership_form",
        summary_de="Neu.",
    )
    first = Version.objects.get_for_object(morogoro).order_by("pk").first()
    url = f"/admin/partnerships/partnership/{morogoro.pk}/history/{first.pk}/"
    assert resubmit(admin_client, url, "partnership_form").status_code == 302
    [restored] = entries(Action.RESTORED)
    assert (restored.username, restored.target) == ("admin", str(morogoro))
    assert (
        admin_client.post(
            f"/admin/partnerships/partnership/{morogoro.pk}/delete/", {"post": "yes"}
        ).status_code
        == 302
    )
    [deleted] = entries(Action.DELETED)
    assert (deleted.username, deleted.target, deleted.object_id) == ("admin", str(morogoro), str(morogoro.pk))


def test_readable_by_superusers_only(admin_client, client, ada):
    ada.groups.add(Group.objects.get(name="Redaktion"))
    assert ada.has_perm("audit.view_auditentry"), "the role holds it; the admin still refuses"
    client.force_login(ada)
    assert client.get("/admin/audit/auditentry/").status_code == 403
    assert "/admin/audit/" not in client.get("/admin/").content.decode()
    listing = admin_client.get("/admin/audit/auditentry/", HTTP_ACCEPT_LANGUAGE="de")
    assert listing.status_code == 200 and "ada" in listing.content.decode()
    entry = AuditEntry.objects.first()
    assert (
        admin_client.post(f"/admin/audit/auditentry/{entry.pk}/change/", {"detail": "x"}).status_code == 403
    )
    assert (
        admin_client.post(f"/admin/audit/auditentry/{entry.pk}/delete/", {"post": "yes"}).status_code == 403
    )
    assert admin_client.get("/admin/audit/auditentry/add/").status_code == 403


def test_entries_are_kept_for_the_set_period(time_machine, settings, ada, admin_client):
    settings.AUDIT_LOG_DAYS = 30
    time_machine.move_to(datetime.datetime(2027, 1, 1, tzinfo=datetime.UTC))
    TOTPDevice.objects.create(user=ada, name="Altes Handy")
    time_machine.move_to(datetime.datetime(2027, 1, 25, tzinfo=datetime.UTC))
    TOTPDevice.objects.create(user=ada, name="Neues Handy")
    time_machine.move_to(datetime.datetime(2027, 2, 5, tzinfo=datetime.UTC))
    call_command("purge_audit_log", stdout=io.StringIO())
    assert [entry.detail for entry in entries(Action.DEVICE_ADDED)] == ["Neues Handy"]
