"""Theme channels: one page per Sustainable Development Goal the partnerships work on."""

import datetime

from tests.factories import make_milestone, make_partnership, make_phase
from tests.html import soup, texts


def test_each_sdg_badge_leads_to_its_channel(client, city_content):
    page = soup(client.get("/de/partnerschaften/morogoro/").content.decode())
    links = [a["href"] for a in page.select(".sdgs a")]
    assert "/de/themen/13/" in links and "/de/themen/17/" in links
    for link in links:
        assert client.get(link).status_code == 200


def test_a_channel_names_its_goal_and_lists_its_partnerships_and_their_steps(client):
    town = make_partnership(slug_de="stadt", city_de="Klimastadt", sdgs=(13,))
    make_partnership(slug_de="andere", city_de="Anderswo", sdgs=(4,))
    make_partnership(slug_de="entwurf", city_de="Entwurfstadt", sdgs=(13,), published=False)
    make_milestone(town, make_phase(), start=datetime.date(2024, 3, 1), title_de="Klimawerkstatt")
    html = client.get("/de/themen/13/").content.decode()
    assert texts(html, "h1") == ["SDG 13: Maßnahmen zum Klimaschutz"]
    assert texts(html, ".card__title") == ["Klimastadt"]
    assert "Anderswo" not in html and "Entwurfstadt" not in html
    assert "Klimawerkstatt" in texts(html, ".upcoming__item a")


def test_the_overview_lists_only_goals_with_a_public_partnership(client):
    make_partnership(sdgs=(13, 4))
    make_partnership(sdgs=(6,), published=False)
    numbers = texts(client.get("/en/themes/").content.decode(), ".sdg__number")
    assert numbers == ["SDG 4", "SDG 13"]
    assert client.get("/en/themes/6/").status_code == 404
    assert client.get("/en/themes/99/").status_code == 404


def test_the_channels_are_in_the_navigation_the_sitemap_and_the_search(client, city_content):
    nav = soup(client.get("/en/themes/13/").content.decode()).select_one("nav.main-nav")
    assert nav.select_one("a[aria-current]").get_text() == "Themes"
    sitemap = client.get("/sitemap.xml").content.decode()
    assert "http://testserver/de/themen/13/" in sitemap and "http://testserver/en/themes/" in sitemap
    found = texts(client.get("/en/search/", {"q": "climate"}).content.decode(), ".search-result__kind")
    assert "Theme" in found
