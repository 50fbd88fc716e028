import datetime

import pytest
from django.utils import timezone

from notices.models import Notice
from tests.factories import make_notice
from tests.html import soup

NOTICE_FORM = {
    "title_de": "Hinweis",
    "severity": "info",
    "kind": "banner",
    "priority": "0",
    "starts_at_0": "2026-12-01",
    "starts_at_1": "10:00:00",
    "items-TOTAL_FORMS": "0",
    "items-INITIAL_FORMS": "0",
    "items-MIN_NUM_FORMS": "0",
    "items-MAX_NUM_FORMS": "1000",
}


DAY = datetime.timedelta(days=1)


@pytest.fixture
def notices_in_every_status():
    now = timezone.now()
    make_notice(title_de="Jetzt")
    make_notice(title_de="Bis morgen", starts_at=now - DAY, ends_at=now + DAY)
    make_notice(title_de="Später", starts_at=now + DAY)
    make_notice(title_de="Vorbei", starts_at=now - 2 * DAY, ends_at=now - DAY)
    make_notice(title_de="Entwurf", is_published=False)


def listed(admin_client, query=""):
    """Title and status column of each row of the notice list, as a German editor sees it."""
    html = admin_client.get(f"/admin/notices/notice/{query}", HTTP_ACCEPT_LANGUAGE="de").content.decode()
    rows = [row.select("th, td") for row in soup(html).select("#result_list tbody tr")]
    # The first cell is the row's checkbox.
    return {cells[1].get_text(strip=True): cells[2].get_text(strip=True) for cells in rows}


def test_list_says_which_notices_are_live_scheduled_ended_or_unpublished(
    admin_client, notices_in_every_status
):
    assert listed(admin_client) == {
        "Jetzt": "läuft jetzt",
        "Bis morgen": "läuft jetzt",
        "Später": "geplant",
        "Vorbei": "beendet",
        "Entwurf": "nicht veröffentlicht",
    }


@pytest.mark.parametrize(
    ("status", "titles"),
    [
        ("live", {"Jetzt", "Bis morgen"}),
        ("scheduled", {"Später"}),
        ("ended", {"Vorbei"}),
        ("draft", {"Entwurf"}),
        ("nonsense", {"Jetzt", "Bis morgen", "Später", "Vorbei", "Entwurf"}),
    ],
)
def test_the_status_filter_keeps_only_that_status(admin_client, notices_in_every_status, status, titles):
    assert set(listed(admin_client, f"?status={status}")) == titles


def test_a_path_that_is_no_address_is_refused(admin_client):
    form = {**NOTICE_FORM, "paths": "/de/zeitleiste/\nen/timeline/"}
    response = admin_client.post("/admin/notices/notice/add/", form, HTTP_ACCEPT_LANGUAGE="de")
    assert response.status_code == 200
    assert "Jede Zeile muss eine Adresse sein, die mit / beginnt." in response.content.decode()
    assert not Notice.objects.exists()
    form["paths"] = "/de/zeitleiste/\n/en/timeline/"
    assert admin_client.post("/admin/notices/notice/add/", form).status_code == 302
    assert Notice.objects.get().path_prefixes == ["/de/zeitleiste/", "/en/timeline/"]


def test_preview_shows_the_banner_in_both_languages(admin_client):
    notice = make_notice(title_de="Vorschau-Titel", title_en="Preview title")
    html = admin_client.get(f"/admin/notices/notice/{notice.pk}/preview/").content.decode()
    assert "Vorschau-Titel" in html and "Preview title" in html


def test_an_end_before_the_start_is_refused(admin_client):
    response = admin_client.post(
        "/admin/notices/notice/add/",
        {**NOTICE_FORM, "title_de": "Falsch herum", "ends_at_0": "2026-11-30", "ends_at_1": "10:00:00"},
        HTTP_ACCEPT_LANGUAGE="de",
    )
    assert response.status_code == 200
    assert "Das Ende muss nach dem Beginn liegen." in response.content.decode()
    assert not Notice.objects.exists()


def test_times_are_entered_in_berlin_time(admin_client):
    notice = make_notice(starts_at=datetime.datetime(2026, 7, 1, 8, 0, tzinfo=datetime.UTC))
    html = admin_client.get(f"/admin/notices/notice/{notice.pk}/change/").content.decode()
    assert 'value="10:00:00"' in html, "08:00 UTC is 10:00 in Berlin in summer"
