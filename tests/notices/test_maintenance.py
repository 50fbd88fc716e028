import datetime

from django.utils import timezone

from notices.models import Notice
from tests.factories import make_notice


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
    assert int(client.get("/de/").headers["Retry-After"]) > 0


def test_ended_maintenance_gives_the_site_back(client):
    notice = maintenance()
    Notice.objects.filter(pk=notice.pk).update(
        starts_at=timezone.now() - datetime.timedelta(hours=2),
        ends_at=timezone.now() - datetime.timedelta(seconds=1),
    )
    assert client.get("/de/").status_code == 200
