import datetime

from django.utils import timezone

from notices.models import Notice
from tests.factories import make_notice


def test_list_says_which_notices_are_live_scheduled_or_ended(admin_client):
    now = timezone.now()
    make_notice(title_de="Jetzt")
    make_notice(title_de="Später", starts_at=now + datetime.timedelta(days=1))
    make_notice(
        title_de="Vorbei",
        starts_at=now - datetime.timedelta(days=2),
        ends_at=now - datetime.timedelta(days=1),
    )
    html = admin_client.get("/admin/notices/notice/", HTTP_ACCEPT_LANGUAGE="de").content.decode()
    for title, status in [("Jetzt", "läuft jetzt"), ("Später", "geplant"), ("Vorbei", "beendet")]:
        row = html[html.index(f">{title}<") :]
        assert status in row[: row.index("</tr>")]
    live_only = admin_client.get("/admin/notices/notice/?status=live").content.decode()
    assert "Jetzt" in live_only and "Vorbei" not in live_only


def test_preview_shows_the_banner_in_both_languages(admin_client):
    notice = make_notice(title_de="Vorschau-Titel", title_en="Preview title")
    html = admin_client.get(f"/admin/notices/notice/{notice.pk}/preview/").content.decode()
    assert "Vorschau-Titel" in html and "Preview title" in html


def test_an_end_before_the_start_is_refused(admin_client):
    response = admin_client.post(
        "/admin/notices/notice/add/",
        {
            "title_de": "Falsch herum",
            "severity": "info",
            "kind": "banner",
            "priority": "0",
            "starts_at_0": "2026-12-01",
            "starts_at_1": "10:00:00",
            "ends_at_0": "2026-11-30",
            "ends_at_1": "10:00:00",
            "items-TOTAL_FORMS": "0",
            "items-INITIAL_FORMS": "0",
            "items-MIN_NUM_FORMS": "0",
            "items-MAX_NUM_FORMS": "1000",
        },
        HTTP_ACCEPT_LANGUAGE="de",
    )
    assert response.status_code == 200
    assert "Das Ende muss nach dem Beginn liegen." in response.content.decode()
    assert not Notice.objects.exists()


def test_times_are_entered_in_berlin_time(admin_client, settings):
    assert settings.TIME_ZONE == "Europe/Berlin"
    notice = make_notice(starts_at=datetime.datetime(2026, 7, 1, 8, 0, tzinfo=datetime.UTC))
    html = admin_client.get(f"/admin/notices/notice/{notice.pk}/change/").content.decode()
    assert 'value="10:00:00"' in html, "08:00 UTC is 10:00 in Berlin in summer"
