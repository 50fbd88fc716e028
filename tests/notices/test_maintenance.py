import datetime

import pytest
from django.utils import timezone

from notices.models import Notice
from tests.factories import make_notice
from tests.html import tags, texts


def maintenance(**fields):
    values = {
        "kind": Notice.Kind.MAINTENANCE,
        "title_de": "Wartungsarbeiten am Abend",
        "title_en": "Maintenance this evening",
        "text_de": "Wir spielen eine neue Version ein.",
        "text_en": "We are installing a new version.",
        "ends_at": timezone.now() + datetime.timedelta(minutes=30),
    }
    values.update(fields)
    return make_notice(**values)


def test_public_pages_answer_503_with_retry_after_in_the_visitors_language(client):
    maintenance()
    german = client.get("/de/")
    assert german.status_code == 503
    assert 1700 <= int(german["Retry-After"]) <= 1800
    assert "Wartungsarbeiten am Abend" in german.content.decode()
    assert '<html lang="de">' in german.content.decode()
    english = client.get("/en/timeline/")
    assert english.status_code == 503
    assert "We are installing a new version." in english.content.decode()


def test_admin_and_health_check_keep_working(client, admin_client):
    maintenance()
    assert client.get("/healthz").status_code == 200
    assert client.get("/admin/login/").status_code == 200
    assert admin_client.get("/admin/notices/notice/").status_code == 200


def test_staff_can_look_at_the_site_during_maintenance(admin_client):
    maintenance()
    assert admin_client.get("/de/").status_code == 200


def test_maintenance_without_an_end_still_says_when_to_retry(client):
    maintenance(ends_at=None)
    assert client.get("/de/").headers["Retry-After"] == "1800"


def test_retry_after_counts_down_to_the_end_and_never_below_a_minute(client):
    notice = maintenance(ends_at=timezone.now() + datetime.timedelta(hours=2))
    assert 7190 <= int(client.get("/de/")["Retry-After"]) <= 7200
    notice.ends_at = timezone.now() + datetime.timedelta(seconds=10)
    notice.save()
    assert client.get("/de/")["Retry-After"] == "60"


def test_the_maintenance_page_is_never_stored_and_keeps_the_language_switcher(client):
    maintenance()
    response = client.get("/en/timeline/")
    assert response["Cache-Control"] == "no-store"
    switch = [a["href"] for a in tags(response.content.decode(), "a") if a.get("hreflang") == "de"]
    assert switch == ["/de/zeitleiste/"]


def test_ended_maintenance_gives_the_site_back(client):
    notice = maintenance()
    Notice.objects.filter(pk=notice.pk).update(
        starts_at=timezone.now() - datetime.timedelta(hours=2),
        ends_at=timezone.now() - datetime.timedelta(seconds=1),
    )
    assert client.get("/de/").status_code == 200


@pytest.mark.parametrize(
    ("path", "sentence"),
    [
        ("/de/", "wird gewartet und ist voraussichtlich am 1. Juli 2030 gegen 18:30 Uhr (deutsche Zeit)"),
        ("/en/", "will be back at about 18:30 on 1 July 2030 (German time)"),
    ],
)
def test_the_maintenance_page_says_when_the_site_will_be_back(client, path, sentence):
    maintenance(ends_at=datetime.datetime(2030, 7, 1, 16, 30, tzinfo=datetime.UTC))
    html = client.get(path).content.decode()
    assert sentence in " ".join(texts(html, "main p"))


def test_without_an_end_the_page_says_it_will_be_back_shortly(client):
    maintenance(ends_at=None)
    html = client.get("/en/").content.decode()
    assert "will be back shortly" in html and "at about" not in html


@pytest.mark.parametrize(
    ("path", "status"),
    [("/robots.txt", 200), ("/sitemap.xml", 200), ("/favicon.ico", 302), ("/healthz", 200)],
)
def test_machine_facing_addresses_are_not_under_maintenance(client, path, status):
    maintenance()
    assert client.get(path).status_code == status
