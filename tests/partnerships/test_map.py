import re

from partnerships.maps import position, view_box


def test_overview_map_shows_arnsberg_and_every_partner(client, city_content):
    html = client.get("/de/").content.decode()
    start = html.index('<svg class="map__svg"')
    svg = html[start : html.index("</svg>", start)]
    labels = re.findall(r'<text class="map__label"[^>]*>([^<]+)</text>', svg)
    assert labels == ["Arnsberg", "Morogoro", "Warren", "Alba Iulia"]
    assert "Karte: Arnsberg und seine Partnerstädte Morogoro, Warren, Alba Iulia." in html
    assert re.search(r'<image href="/static/img/world\.[0-9a-f]+\.svg"', svg), "the site's own map"


def test_svg_numbers_are_not_written_the_german_way(client, city_content):
    html = client.get("/de/partnerschaften/morogoro/").content.decode()
    start = html.index('<svg class="map__svg"')
    svg = html[start : html.index("</svg>", start)]
    numbers = re.findall(r'(?:cx|cy|x|y|r|viewBox)="([^"]+)"', svg)
    assert numbers and not any("," in number for number in numbers)


def test_a_partnership_map_zooms_to_arnsberg_and_the_partner():
    arnsberg, alba_iulia = position(51.3967, 8.0644), position(46.0733, 23.5805)
    left, top, width, height = view_box([arnsberg, alba_iulia], zoom=True)
    assert width == 2 * height and width < 100
    for x, y in (arnsberg, alba_iulia):
        assert left < x < left + width and top < y < top + height
    assert view_box([arnsberg], zoom=False) == (0, 0, 360, 145)
