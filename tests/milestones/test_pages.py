import datetime
import json
import re

import pytest
from django.db import IntegrityError
from django.utils import timezone

from tests.factories import make_milestone, make_partnership, make_phase
from tests.html import soup, tags, texts


def test_timeline_is_one_click_from_every_page(client, city_content):
    for path, link in [("/de/", "/de/zeitleiste/"), ("/en/", "/en/timeline/")]:
        assert link in [a.get("href") for a in tags(client.get(path).content.decode(), "a")]


@pytest.mark.parametrize(
    ("path", "text"),
    [
        (
            "/de/zeitleiste/",
            '<time datetime="2023-09-20">20.</time>–<time datetime="2023-09-22">22.09.2023</time>',
        ),
        (
            "/en/timeline/",
            '<time datetime="2023-09-20">20</time>–<time datetime="2023-09-22">22 September 2023</time>',
        ),
    ],
)
def test_hamm_conference_dates_read_naturally(client, city_content, path, text):
    assert text in client.get(path).content.decode()


def test_timeline_groups_the_steps_by_phase_in_ordered_lists(client, city_content):
    html = client.get("/de/zeitleiste/").content.decode()
    phases = re.findall(r'<h2 class="phase__name">([^<]+)</h2>', html)
    assert phases == ["Anbahnungsphase", "Auftakt und erste Begegnungen", "Fachaustausch vor Ort"]
    assert '<ol class="phases" role="list">' in html
    titles = re.findall(r'<h3 class="milestone__title">([^<]+)</h3>', html)
    assert titles[:2] == [
        "Unterzeichnung der Vereinbarung zwischen den Partnerstädten",
        "Erstes virtuelles Treffen zwischen Arnsberg und Morogoro",
    ]
    assert "Entsendung von Akteur:innen aus Arnsberg nach Morogoro" in titles


def test_a_step_says_where_and_on_the_general_timeline_whose_it_is(client):
    town = make_partnership(slug_de="stadt", slug_en="town", city_de="Neustadt", city_en="Newtown")
    make_milestone(town, make_phase(), title_en="Visit", location_de="Rathaus", location_en="Town hall")
    general = soup(client.get("/en/timeline/").content.decode()).select_one(".milestone")
    assert general.select_one(".milestone__location").get_text() == "Town hall"
    assert [(a["href"], a.get_text()) for a in general.select(".milestone__meta a")] == [
        ("/en/partnerships/town/", "Newtown")
    ]
    own = soup(client.get("/en/timeline/town/").content.decode()).select_one(".milestone")
    assert own.select_one(".milestone__location").get_text() == "Town hall"
    assert own.select(".milestone__meta a") == [], "its own timeline need not name the partnership"


def test_past_and_upcoming_steps_are_told_apart_in_words(client):
    partnership = make_partnership(slug_de="stadt", slug_en="town")
    phase = make_phase()
    today = timezone.localdate()
    make_milestone(partnership, phase, start=today - datetime.timedelta(days=30), title_en="Old visit")
    make_milestone(partnership, phase, start=today + datetime.timedelta(days=30), title_en="Next visit")
    make_milestone(partnership, phase, title_en="Some day")
    html = client.get("/en/timeline/town/").content.decode()
    assert "(past)" in html and "(upcoming)" in html and "no date" in html


def test_partnership_page_links_its_timeline_and_names_the_next_step(client):
    partnership = make_partnership(slug_de="stadt", slug_en="town")
    phase = make_phase()
    upcoming = timezone.localdate() + datetime.timedelta(days=10)
    make_milestone(partnership, phase, start=upcoming, title_en="Return visit")
    make_milestone(partnership, phase, start=upcoming + datetime.timedelta(days=50), title_en="Later visit")
    html = client.get("/en/partnerships/town/").content.decode()
    assert 'href="/en/timeline/town/"' in html
    timeline = soup(html).select_one("section[aria-labelledby=timeline-heading]").get_text()
    assert "Next step:" in timeline and "Return visit" in timeline and "Later visit" not in timeline
    assert texts(html, ".upcoming__item a") == ["Return visit", "Later visit"]


def test_partnership_timeline_switches_language_with_the_translated_slug(client):
    partnership = make_partnership(slug_de="stadt", slug_en="town")
    make_milestone(partnership, make_phase())
    html = client.get("/de/zeitleiste/stadt/").content.decode()
    assert [a["href"] for a in tags(html, "a") if a.get("hreflang") == "en"] == ["/en/timeline/town/"]


def test_unpublished_steps_and_partnerships_stay_hidden(client):
    partnership = make_partnership(slug_de="stadt", slug_en="town")
    phase = make_phase()
    make_milestone(partnership, phase, title_en="Secret draft", published=False)
    hidden = make_partnership(published=False, slug_de="versteckt", slug_en="hidden")
    make_milestone(hidden, phase, title_en="Hidden step")
    html = client.get("/en/timeline/").content.decode()
    assert "Secret draft" not in html and "Hidden step" not in html
    assert client.get("/en/timeline/hidden/").status_code == 404


def test_dated_steps_carry_schema_org_event_data(client, city_content):
    html = client.get("/en/timeline/morogoro/").content.decode()
    script = re.search(r'<script type="application/ld\+json">(.+?)</script>', html, re.S).group(1)
    events = json.loads(script)["@graph"]
    hamm = next(e for e in events if e["name"] == "Kick-off conference of all 16 partner cities")
    assert (hamm["@type"], hamm["startDate"], hamm["endDate"]) == ("Event", "2023-09-20", "2023-09-22")
    assert hamm["location"]["name"] == "Hamm (Westphalia)"
    assert len(events) == 4, "only dated steps are events"


def test_the_database_refuses_an_end_before_the_start():
    partnership = make_partnership()
    with pytest.raises(IntegrityError):
        make_milestone(
            partnership, make_phase(), start=datetime.date(2024, 2, 17), end=datetime.date(2024, 2, 10)
        )


def test_the_timeline_follows_the_phases_then_the_dates_with_undated_steps_last(client):
    partnership = make_partnership(slug_de="stadt", slug_en="town")
    # Phases created in the opposite of their order; the second phase's steps are created first.
    later, earlier = make_phase("Später", ordering=20), make_phase("Früher", ordering=10)
    day = datetime.date(2024, 5, 1)
    make_milestone(partnership, later, start=day, title_en="Later phase")
    # A new step keeps the default ordering 0 and still follows the earlier dated steps of its phase.
    make_milestone(partnership, earlier, ordering=2, start=day, title_en="Ordered second")
    make_milestone(partnership, earlier, ordering=1, title_en="Ordered first, undated")
    make_milestone(partnership, earlier, ordering=1, start=day, title_en="Ordered first, dated later")
    make_milestone(
        partnership, earlier, ordering=1, start=day - datetime.timedelta(days=9), title_en="Dated earlier"
    )
    make_milestone(
        partnership,
        earlier,
        ordering=1,
        start=day - datetime.timedelta(days=9),
        title_en="Same day, added later",
    )
    make_milestone(partnership, earlier, start=day + datetime.timedelta(days=5), title_en="New step")
    twin = make_phase("Früher", ordering=10)
    make_milestone(partnership, twin, ordering=0, title_en="Twin phase")
    html = client.get("/en/timeline/town/").content.decode()
    assert texts(html, ".milestone__title") == [
        "Dated earlier",
        "Same day, added later",
        "Ordered first, dated later",
        "Ordered second",
        "New step",
        "Ordered first, undated",
        "Twin phase",
        "Later phase",
    ]
    assert texts(html, ".phase__name") == ["Früher (en)", "Früher (en)", "Später (en)"]


@pytest.mark.parametrize(
    ("start", "end", "label"),
    [
        (-3, -1, "past"),
        (-3, 0, "under way"),
        (0, None, "under way"),
        (0, 2, "under way"),
        (1, None, "upcoming"),
    ],
)
def test_a_step_is_under_way_from_its_first_to_its_last_day(client, start, end, label):
    partnership = make_partnership(slug_de="stadt", slug_en="town")
    today = timezone.localdate()
    make_milestone(
        partnership,
        make_phase(),
        start=today + datetime.timedelta(days=start),
        end=None if end is None else today + datetime.timedelta(days=end),
    )
    html = client.get("/en/timeline/town/").content.decode()
    assert texts(html, ".milestone__when") == [f"({label})"]


def test_a_long_timeline_shows_the_latest_years_and_links_each_earlier_one(
    client, django_assert_max_num_queries, settings
):
    from milestones.views import WINDOW

    settings.PAGE_CACHE_SECONDS = 0
    partnership, phase = make_partnership(), make_phase()
    for year in range(2000, 2026):
        for n in range(10):
            make_milestone(
                partnership, phase, start=datetime.date(year, 1 + n, 1), title_de=f"Schritt {year}-{n}"
            )
    make_milestone(partnership, phase, title_de="Ohne Datum")
    with django_assert_max_num_queries(6):
        html = client.get("/de/zeitleiste/").content.decode()
    shown_years = WINDOW // 10
    assert "Schritt 2025-0" in html and f"Schritt {2026 - shown_years}-9" in html
    assert f"Schritt {2025 - shown_years}-9" not in html and "Ohne Datum" in html
    earlier = [a["href"] for a in soup(html).select(".earlier-years a")]
    assert earlier == [f"?year={year}" for year in range(2025 - shown_years, 1999, -1)]
    assert "Schritt 2003-4" in client.get("/de/zeitleiste/", {"year": "2003"}).content.decode()


def test_a_short_timeline_shows_every_step_without_year_links(client, city_content):
    html = client.get("/de/zeitleiste/").content.decode()
    assert not soup(html).select(".earlier-years")


def test_a_title_cannot_close_the_schema_org_script(client):
    town = make_partnership(slug_en="town")
    title = "Fest </script><script>alert(1)</script> & <b>more</b>"
    make_milestone(town, make_phase(), start=datetime.date(2025, 5, 1), title_en=title)
    html = client.get("/en/timeline/town/").content.decode()
    assert "<script>alert(1)" not in html
    script = re.search(r'<script type="application/ld\+json">(.+?)</script>', html, re.S).group(1)
    assert json.loads(script)["@graph"][0]["name"] == title
