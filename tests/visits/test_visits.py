"""Statistics without tracking: views counted on the server, those from the page cache too; no cookie,
no address; programs and staff left out; searches without results and addresses not found; counts
that wait while the database is away; the editors' page with its chart and tables."""

import re
from unittest import mock

import pytest
from django.db import OperationalError

from tests.factories import make_story
from visits import counting
from visits.models import DayCount

pytestmark = pytest.mark.django_db
BROWSER = "Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 Chrome/131.0 Mobile Safari/537.36"


@pytest.fixture(autouse=True)
def empty_counts():
    counting.flush()  # what another test counted and did not write
    DayCount.objects.all().delete()


def counts(measure) -> dict:
    counting.flush()
    return dict(DayCount.objects.filter(measure=measure).values_list("key", "count"))


def visit(client, path, **headers):
    return client.get(path, HTTP_USER_AGENT=BROWSER, **headers)


def test_views_of_a_cached_page_are_counted_without_cookie_or_address(client, city_content, settings):
    settings.PAGE_CACHE_SECONDS = 600
    visit(client, "/de/", REMOTE_ADDR="192.0.2.44")
    second = visit(client, "/de/", REMOTE_ADDR="192.0.2.45")
    assert second["X-Page-Cache"] == "hit"
    assert "Set-Cookie" not in second and not second.cookies
    assert counts("page") == {"/de/": 2}
    assert counts("language") == {"de": 2}
    stored = " ".join(f"{row.key} {row.count}" for row in DayCount.objects.all())
    assert "192.0.2" not in stored and BROWSER not in stored


def test_programs_and_staff_are_left_out(client, admin_client, city_content):
    client.get("/de/", HTTP_USER_AGENT="Mozilla/5.0 (compatible; Googlebot/2.1)")
    client.get("/de/")  # no user agent at all
    client.get("/de/", HTTP_USER_AGENT="Arnsberg-Partnerschaften-Linkpruefung/1.0 (+https://x/)")
    admin_client.get("/de/", HTTP_USER_AGENT=BROWSER)
    assert counts("page") == {}


def test_referring_sites_searches_without_results_and_addresses_not_found(client, city_content):
    visit(client, "/en/", HTTP_REFERER="https://www.morogoro.go.tz/news/item?id=5&name=Kim")
    visit(client, "/de/", HTTP_REFERER="http://testserver/de/zeitleiste/")
    visit(client, "/de/suche/?q=Zwillingsstadt")
    visit(client, "/de/gibt-es-nicht/")
    assert counts("referrer") == {"www.morogoro.go.tz": 1}, "the host only, and not this site"
    assert counts("search") == {"zwillingsstadt": 1}
    assert counts("not_found") == {"/de/gibt-es-nicht/": 1}


def test_counts_wait_while_the_database_is_away(client, city_content):
    visit(client, "/de/")
    with mock.patch.object(counting.connection, "cursor", side_effect=OperationalError("away")):
        assert counting.flush() == 0
    visit(client, "/de/")
    assert counts("page") == {"/de/": 2}, "nothing lost"


def test_a_flood_of_made_up_addresses_cannot_fill_the_memory(client, monkeypatch):
    monkeypatch.setattr(counting, "MOST_KEYS", 50)
    for n in range(120):
        counting.count("not_found", f"/de/x{n}/")
    assert len(counts("not_found")) == 50


def test_a_hostile_address_neither_breaks_nor_holds_back_the_counts(client, city_content):
    """A NUL byte reaches a 404's address; PostgreSQL refuses NUL in text, and once refused the whole
    batch (and every count after it) waited in memory for good."""
    assert visit(client, "/de/gibt-es%00nicht%ED%A0%80/").status_code == 404
    visit(client, "/de/")
    assert counts("not_found") == {"/de/gibt-esnicht%ED%A0%80/": 1}
    assert counts("page") == {"/de/": 1}


def test_a_row_the_database_refuses_is_dropped_and_the_others_are_written(caplog):
    counting.count("page", "/de/")
    counting.count("page", "/en/")
    counting.count("page", "x" * 400)
    with mock.patch.object(counting, "printable", side_effect=lambda key: key):
        counting.count("search", "null\x00byte")
    assert counting.flush() == 3
    assert counts("page") == {"/de/": 1, "/en/": 1, "x" * 300: 1}
    assert "refused was dropped" in caplog.text


def test_editors_read_the_statistics_with_a_chart_and_per_partnership(admin_client, client, city_content):
    from partnerships.models import Partnership

    morogoro = Partnership.objects.get(slug_de="morogoro")
    story = make_story([morogoro], slug_de="besuch")
    visit(client, morogoro.get_absolute_url())
    visit(client, story.get_absolute_url())
    visit(client, story.get_absolute_url())
    counting.flush()
    page = admin_client.get("/admin/visits/daycount/", HTTP_ACCEPT_LANGUAGE="de").content.decode()
    svg = page.split("<svg viewBox")[1].split("</svg>")[0]
    assert "<rect" in svg and "<script" not in svg
    assert "," not in " ".join(re.findall(r'(?:x|y|width|height)="([^"]*)"', svg)), (
        "numbers, not German decimals"
    )
    assert "3 Seitenaufrufe" in page
    assert "Morogoro</td><td>3</td>" in page.replace("\n", "").replace("    ", "")
    odd = admin_client.get("/admin/visits/daycount/?start=2027-13-01&end=x", HTTP_ACCEPT_LANGUAGE="de")
    assert odd.status_code == 200 and "die letzten 30 Tage" in odd.content.decode()


def test_translators_do_not_see_the_statistics(client, django_user_model):
    from django.contrib.auth.models import Group

    tara = django_user_model.objects.create_user("tara", password="x", is_staff=True)
    tara.groups.add(Group.objects.get(name="Übersetzung"))
    client.force_login(tara)
    assert client.get("/admin/visits/daycount/").status_code == 403
