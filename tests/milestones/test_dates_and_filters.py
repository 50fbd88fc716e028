"""The site's own event calendar: the next dates on the home page, and a timeline to filter by year and
partnership without JavaScript."""

import datetime

import pytest
from django.utils import timezone

from tests.factories import make_milestone, make_partnership, make_phase
from tests.html import soup, texts


@pytest.fixture
def steps():
    today = timezone.localdate()
    town, city = (
        make_partnership(slug_de="stadt", city_de="Stadt"),
        make_partnership(slug_de="ort", city_de="Ort"),
    )
    phase = make_phase()
    for title, partnership, start in [
        ("Vorbei", town, datetime.date(2024, 5, 1)),
        ("Früher", town, datetime.date(2023, 9, 20)),
        ("Bald", town, today + datetime.timedelta(days=10)),
        ("Morgen", city, today + datetime.timedelta(days=1)),
        ("Später", city, today + datetime.timedelta(days=40)),
        ("Noch später", town, today + datetime.timedelta(days=90)),
        ("Ohne Datum", town, None),
    ]:
        make_milestone(partnership, phase, start=start, title_de=title, location_de="Arnsberg")
    make_milestone(town, phase, start=today + datetime.timedelta(days=2), title_de="Entwurf", published=False)
    return today


def test_the_home_page_lists_the_next_four_dates_and_the_calendar(client, steps):
    section = soup(client.get("/de/").content.decode()).select_one("section.upcoming")
    assert texts(str(section), ".upcoming__item a") == ["Morgen", "Bald", "Später", "Noch später"]
    tomorrow = steps + datetime.timedelta(days=1)
    assert texts(str(section), ".upcoming__date")[0].startswith(tomorrow.strftime("%d.%m.%Y"))
    assert section.select_one('a[href="/de/zeitleiste/calendar.ics"]') is not None


def test_without_upcoming_dates_the_home_page_says_so(client, city_content):
    section = soup(client.get("/en/").content.decode()).select_one("section.upcoming")
    assert "No dates are planned at the moment." in section.get_text()


def test_the_timeline_filters_by_year_and_partnership(client, steps):
    by_year = client.get("/de/zeitleiste/", {"year": "2024"}).content.decode()
    assert texts(by_year, ".milestone__title") == ["Vorbei"]
    by_partnership = client.get("/de/zeitleiste/", {"partnership": "ort"}).content.decode()
    assert texts(by_partnership, ".milestone__title") == ["Morgen", "Später"]
    by_both = client.get("/de/zeitleiste/", {"year": "2024", "partnership": "stadt"}).content.decode()
    assert texts(by_both, ".milestone__title") == ["Vorbei"]
    assert "Alle Schritte zeigen" in by_both


def test_the_filter_is_a_plain_form_with_only_the_years_that_have_steps(client, steps):
    form = soup(client.get("/de/zeitleiste/").content.decode()).select_one("form.timeline-filter")
    assert form["method"] == "get" and form.select_one("button[type=submit]") is not None
    years = [option["value"] for option in form.select("#id_year option")][1:]
    assert "2024" in years and "2023" in years and "2022" not in years
    assert [option.get_text() for option in form.select("#id_partnership option")][1:] == ["Stadt", "Ort"]


def test_a_partnerships_timeline_filters_by_year_only(client, steps):
    html = client.get("/de/zeitleiste/stadt/", {"year": "2023"}).content.decode()
    assert texts(html, ".milestone__title") == ["Früher"]
    assert soup(html).select("#id_partnership") == []


@pytest.mark.parametrize(
    "query", [{"year": "١٠٢٤"}, {"year": "2024x"}, {"partnership": "<script>"}, {"year": "1900"}]
)
def test_a_value_the_lists_do_not_offer_is_answered_politely(client, steps, query):
    response = client.get("/de/zeitleiste/", query)
    html = response.content.decode()
    assert response.status_code == 400
    assert "Diese Auswahl gibt es hier nicht" in html and "<script>" not in html
    assert len(texts(html, ".milestone__title")) == 7


def test_a_choice_without_steps_says_so(client, steps):
    html = client.get("/de/zeitleiste/", {"year": "2023", "partnership": "ort"}).content.decode()
    assert "Kein Schritt passt zu dieser Auswahl." in html


def test_the_english_filter_offers_english_names_and_addresses_and_german_ones_where_missing(client):
    make_partnership(city_de="Flussstadt", city_en="River Town", slug_de="flussstadt", slug_en="river-town")
    make_partnership(city_de="Bergdorf", city_en="", slug_de="bergdorf", slug_en="mountain-village")
    make_partnership(city_de="Entwurf", slug_de="entwurf", published=False)
    form = soup(client.get("/en/timeline/").content.decode()).select_one("form.timeline-filter")
    options = [(option["value"], option.get_text()) for option in form.select("#id_partnership option")][1:]
    assert options == [("river-town", "River Town"), ("mountain-village", "Bergdorf")]


def test_the_filter_keeps_the_choice_it_shows(client, steps):
    def chosen(query):
        form = soup(client.get("/de/zeitleiste/", query).content.decode()).select_one("form.timeline-filter")
        return [option["value"] for option in form.select("option[selected]")]

    assert chosen({"year": "2024", "partnership": "stadt"}) == ["2024", "stadt"]
    assert chosen({}) == ["", ""], "all years, all partnerships"
