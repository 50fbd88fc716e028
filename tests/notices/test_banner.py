import datetime
import importlib
import re
from unittest import mock

import pytest
from django.db import ProgrammingError
from django.utils import timezone

from notices.models import Notice, NoticeItem
from tests.factories import make_notice
from tests.html import texts

HOUR = datetime.timedelta(hours=1)
SECOND = datetime.timedelta(seconds=1)


def banner_titles(html):
    return re.findall(r'<h2 class="notice__title"[^>]*>(.*?)</h2>', html, re.S)


@pytest.mark.parametrize(
    ("path", "title", "back"),
    [
        (
            "/de/",
            "Wir sind wieder online!",
            "die Suche, den Veranstaltungskalender, die Karte und die Themenseiten",
        ),
        (
            "/en/",
            "We are back online!",
            "the search, the event calendar, the map and the theme pages are back",
        ),
    ],
)
def test_the_citys_banner_says_what_this_site_has_back(client, city_content, path, title, back):
    """Search, calendar, map and theme channels are this site's own: none of the items is open."""
    html = client.get(path).content.decode()
    assert title in banner_titles(html)[0]
    assert back in html
    assert texts(html, ".notice__items li") == [] and texts(html, ".notice__note") == []


def test_an_item_an_editor_sets_back_to_missing_shows_with_the_note(client, city_content):
    item = NoticeItem.objects.get(label_de="die Suchfunktion")
    item.state = NoticeItem.State.MISSING
    item.save()
    html = client.get("/de/").content.decode()
    assert texts(html, ".notice__items li") == ["die Suchfunktion – fehlt noch"]
    assert texts(html, ".notice__note") == [
        "Diese Inhalte fehlen noch und werden erst später wieder aktiviert."
    ]


def test_the_migration_updates_only_what_is_untouched_since_it_was_shipped(city_content):
    from django.apps import apps as registry

    from core.rich_text import from_plain_text

    migration = importlib.import_module("notices.migrations.0005_banner_items_available")
    NoticeItem.objects.filter(label_de="die Suchfunktion").update(state="missing")
    changed = NoticeItem.objects.filter(label_de="das ArnsberGIS")
    changed.update(state="missing", label_de="ArnsberGIS (Karte)")
    old = {
        code: from_plain_text(migration.GREETING[code] + migration.LEAD_IN[code][0]) for code in ("de", "en")
    }
    Notice.objects.filter(title_de="Wir sind wieder online!").update(
        text_de=old["de"], text_en="<p>Edited.</p>"
    )
    migration.forwards(registry, None)
    states = dict(NoticeItem.objects.values_list("label_de", "state"))
    assert states["die Suchfunktion"] == "available" and states["ArnsberGIS (Karte)"] == "missing"
    notice = Notice.objects.get(title_de="Wir sind wieder online!")
    assert "die Themenseiten wieder" in notice.text_de and notice.text_en == "<p>Edited.</p>"


def test_banner_sits_above_the_page_heading_in_a_labelled_region(client, city_content):
    html = client.get("/de/").content.decode()
    assert html.index('class="notice notice--info"') < html.index("<h1>")
    assert re.search(
        r'<section class="notice notice--info" id="notice-\d+" aria-labelledby="notice-\d+-title">', html
    )
    assert '<span class="notice__severity">Information:</span>' in html


def test_without_active_notices_there_is_no_banner_markup(client):
    make_notice(is_published=False)
    make_notice(starts_at=timezone.now() + HOUR)
    html = client.get("/de/").content.decode()
    assert "notice" not in html.split("<main")[1]
    assert "Cookie" not in client.get("/de/").get("Vary", "")


def test_a_notice_whose_end_has_passed_disappears_without_a_restart_or_a_save(client, time_machine):
    time_machine.move_to(timezone.now())
    make_notice(title_de="Kurzer Hinweis", starts_at=timezone.now() - HOUR, ends_at=timezone.now() + SECOND)
    assert "Kurzer Hinweis" in client.get("/de/").content.decode()
    time_machine.shift(1.1)
    assert "Kurzer Hinweis" not in client.get("/de/").content.decode()


def test_among_equals_the_higher_priority_then_the_newer_notice_comes_first(client):
    make_notice(title_en="Low")
    make_notice(title_en="High", priority=5)
    make_notice(title_en="Low, newer")
    titles = [
        " ".join(title.split()) for title in texts(client.get("/en/").content.decode(), ".notice__title")
    ]
    assert titles == ["Information: High", "Information: Low, newer", "Information: Low"]


def test_items_keep_the_editors_order(client):
    notice = make_notice()
    for label, ordering in [("second", 2), ("first", 1), ("third", 2)]:
        NoticeItem.objects.create(notice=notice, label_de=label, label_en=label, ordering=ordering)
    items = [item.split(" – ")[0] for item in texts(client.get("/en/").content.decode(), ".notice__items li")]
    assert items == ["first", "second", "third"]


def test_what_is_live_can_be_asked_for_any_moment():
    now = timezone.now()
    tomorrow = make_notice(title_de="Morgen", starts_at=now + 24 * HOUR, ends_at=now + 48 * HOUR)
    assert list(Notice.objects.published()) == []
    assert list(Notice.objects.published(now + 30 * HOUR)) == [tomorrow]
    assert list(Notice.objects.in_publication_status(Notice.Status.ENDED, now + 50 * HOUR)) == [tomorrow]


def test_when_the_notices_cannot_be_read_the_page_is_served_without_them(client, caplog):
    """Their table broken (a half-done deploy), not the database away: that is the 503 page."""
    make_notice(title_de="Unlesbar")
    broken = ProgrammingError('relation "notices_notice" does not exist')
    with mock.patch("notices.middleware.active_notices", side_effect=broken):
        response = client.get("/de/")
    assert response.status_code == 200 and "Unlesbar" not in response.content.decode()
    messages = [r.getMessage() for r in caplog.records if r.name == "notices.middleware"]
    assert messages == ["Notices could not be read; the page is served without them"]


def test_urgent_notices_come_first_and_severity_is_said_in_words(client):
    make_notice(title_en="Routine", severity=Notice.Severity.INFO, priority=10)
    make_notice(title_en="Outage", severity=Notice.Severity.URGENT)
    titles = banner_titles(client.get("/en/").content.decode())
    assert "Urgent:" in titles[0] and "Outage" in titles[0]
    assert "Information:" in titles[1]


def test_a_notice_can_be_limited_to_pages_under_given_paths(client, city_content):
    make_notice(title_de="Nur Zeitleiste", paths="/de/zeitleiste/\n/en/timeline/")
    assert "Nur Zeitleiste" in client.get("/de/zeitleiste/").content.decode()
    assert "Nur Zeitleiste" not in client.get("/de/").content.decode()


def test_an_item_marked_available_drops_out(client):
    notice = make_notice(items=[("die Suche", "search", NoticeItem.State.MISSING)])
    assert "die Suche" in client.get("/de/").content.decode()
    for item in notice.items.all():
        item.state = NoticeItem.State.AVAILABLE
        item.save()
    assert "die Suche" not in client.get("/de/").content.decode()


def test_missing_english_falls_back_to_german_marked_as_german(client):
    make_notice(title_de="Nur deutsch", title_en="")
    html = client.get("/en/").content.decode()
    assert '<span lang="de">Nur deutsch</span>' in banner_titles(html)[0]


def test_finding_the_notices_takes_one_query(client, django_assert_num_queries, settings):
    settings.PAGE_CACHE_SECONDS = 0  # the render's own queries
    for i in range(5):
        make_notice(items=[(f"Punkt {i}", f"item {i}", NoticeItem.State.MISSING)] * 3)
    # The notices and the footer's legal pages, on a page that no view looks anything up for.
    with django_assert_num_queries(2):
        response = client.get("/en/no/such/page/")
    assert response.status_code == 404
    assert response.content.decode().count('class="notice ') == 5
