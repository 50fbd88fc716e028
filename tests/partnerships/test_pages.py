import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import translation

from tests.factories import jpeg_bytes, make_partnership
from tests.html import hreflangs, soup, tags, texts


@pytest.mark.parametrize(
    ("path", "heading", "cities"),
    [
        (
            "/de/",
            "Globale Probleme – globales Netzwerk",
            ["Morogoro Municipal Council", "Warren", "Alba Iulia"],
        ),
        (
            "/en/",
            "Global problems – a global network",
            ["Morogoro Municipal Council", "Warren", "Alba Iulia"],
        ),
    ],
)
def test_overview_shows_the_introduction_and_every_city(client, city_content, path, heading, cities):
    html = client.get(path).content.decode()
    assert f"<h1>{heading}</h1>" in html
    positions = [html.index(f">{city}</a>") for city in cities]
    assert positions == sorted(positions), "cards in the editors' order"


def test_overview_introduction_is_what_the_city_wrote(client, city_content):
    html = client.get("/de/").content.decode()
    assert "Warum die Zusammenarbeit mit anderen Städten so wichtig ist!" in html
    assert "Die Partnerschaften erfolgen dabei „auf Augenhöhe“" in html


@pytest.mark.parametrize(
    ("path", "labels", "values"),
    [
        (
            "/de/partnerschaften/morogoro/",
            ["Einwohnerzahl", "Fläche", "Stadtteile"],
            ["471.409 (2019)", "rund 152,28 km²"],
        ),
        (
            "/en/partnerships/morogoro/",
            ["Population", "Area", "Wards"],
            ["471,409 (2019)", "about 152.28 km²"],
        ),
    ],
)
def test_morogoro_shows_its_facts_as_a_definition_list(client, city_content, path, labels, values):
    html = client.get(path).content.decode()
    facts = html[html.index('<dl class="facts">') : html.index("</dl>")]
    for label in labels:
        assert f"<dt>{label}</dt>" in facts
    for value in values:
        assert f"<dd>{value}</dd>" in facts


@pytest.mark.parametrize(
    ("path", "goal"),
    [
        ("/de/partnerschaften/morogoro/", "SDG 17 Partnerschaften zur Erreichung der Ziele"),
        ("/en/partnerships/morogoro/", "SDG 17 Partnerships for the goals"),
    ],
)
def test_sdg_badges_say_number_and_name_in_words(client, city_content, path, goal):
    badges = texts(client.get(path).content.decode(), ".sdg")
    assert len(badges) == 6 and badges[-1] == goal, "in the order of their numbers"


def test_partnership_page_names_its_programme(client, city_content):
    html = client.get("/de/partnerschaften/warren/").content.decode()
    assert "Climate Smart Municipalities" in html
    assert "Klimapartnerschaft" in html


def test_switcher_leads_from_a_city_to_the_same_city_in_english(client):
    partnership = make_partnership(slug_de="stadt-am-fluss", slug_en="river-town")
    with translation.override("de"):
        german = partnership.get_absolute_url()
    assert german == "/de/partnerschaften/stadt-am-fluss/"
    html = client.get(german).content.decode()
    switch = [a["href"] for a in tags(html, "a") if a.get("hreflang") == "en"]
    assert switch == ["/en/partnerships/river-town/"]
    assert hreflangs(html)["en"] == "http://testserver/en/partnerships/river-town/"
    assert client.get("/en/partnerships/river-town/").status_code == 200


def test_an_unpublished_partnership_is_not_found(client):
    draft = make_partnership(published=False, slug_de="entwurf")
    assert client.get("/de/partnerschaften/entwurf/").status_code == 404
    assert draft.city_de not in client.get("/de/").content.decode()


def test_a_slug_in_the_wrong_language_is_not_found(client):
    make_partnership(slug_de="stadt-am-fluss", slug_en="river-town")
    assert client.get("/en/partnerships/stadt-am-fluss/").status_code == 404


def test_the_partnerships_folder_leads_to_the_overview(client):
    response = client.get("/en/partnerships/")
    assert response.status_code == 301
    assert response["Location"] == "/en/"


def test_missing_english_text_falls_back_to_german_marked_as_german(client):
    make_partnership(slug_de="nur-deutsch", slug_en="german-only", summary_en="", body_de="Nur auf Deutsch.")
    html = client.get("/en/partnerships/german-only/").content.decode()
    body = soup(html).select_one("div.body")
    assert (body["lang"], body.get_text(strip=True)) == ("de", "Nur auf Deutsch.")
    assert "This text is only available in German." in html
    german = client.get("/de/partnerschaften/nur-deutsch/").content.decode()
    assert "nur auf Deutsch verfügbar" not in german


def test_english_page_with_full_translation_has_no_german_marks(client, city_content):
    html = client.get("/en/partnerships/alba-iulia/").content.decode()
    main = html[html.index("<main") : html.index("</main>")]
    assert 'lang="de"' not in main
    assert "only available in German" not in html


def test_sitemap_lists_each_partnership_in_both_languages(client, city_content):
    sitemap = client.get("/sitemap.xml").content.decode()
    assert "http://testserver/de/partnerschaften/morogoro/" in sitemap
    assert "http://testserver/en/partnerships/morogoro/" in sitemap


def test_a_partnership_without_an_english_address_is_found_under_the_german_one(client):
    partnership = make_partnership(slug_de="neheim-partner", slug_en=None)
    assert partnership.slug_en == "neheim-partner"
    assert client.get("/en/partnerships/neheim-partner/").status_code == 200
    html = client.get("/de/partnerschaften/neheim-partner/").content.decode()
    assert hreflangs(html)["en"] == "http://testserver/en/partnerships/neheim-partner/"


def test_names_and_places_falling_back_to_german_are_marked_as_german(client, media_root):
    make_partnership(
        slug_de="nur-deutsch",
        slug_en="german-only",
        official_name_de="Gemeinde Deutschdorf",
        country_en="",
        region_de="Kreis Beispiel",
        image=SimpleUploadedFile("rathaus.jpg", jpeg_bytes(), content_type="image/jpeg"),
        image_alt_de="Das Rathaus am Markt",
    )
    page = soup(client.get("/en/partnerships/german-only/").content.decode())
    assert str(page.select_one("h1 span[lang=de]").string) == "Gemeinde Deutschdorf"
    meta = page.select_one(".partnership__meta")
    assert [(s["lang"], s.string) for s in meta.select("span")] == [
        ("de", "Kreis Beispiel"),
        ("de", "Tansania"),
    ]
    image = page.select_one(".partnership__image img")
    assert (image["lang"], image["alt"]) == ("de", "Das Rathaus am Markt")
    assert page.select_one("title").string.startswith("Gemeinde Deutschdorf"), "no markup in the title"
    card = soup(client.get("/en/").content.decode()).select_one(".card__meta span[lang=de]")
    assert card.string == "Tansania"


def test_the_german_page_marks_nothing_as_german(client):
    make_partnership(slug_de="stadt", official_name_de="Gemeinde", country_en="", summary_en="")
    html = client.get("/de/partnerschaften/stadt/").content.decode()
    assert 'lang="de"' not in html[html.index("<main") : html.index("</main>")]
    assert "only available in German" not in html and "nur auf Deutsch" not in html


@pytest.mark.parametrize(
    ("path", "kind", "since"),
    [
        ("/de/", "Nachhaltigkeitspartnerschaft", "seit 1998"),
        ("/en/", "Sustainability partnership", "since 1998"),
    ],
)
def test_a_card_says_the_kind_of_partnership_and_since_when_in_the_page_language(client, path, kind, since):
    make_partnership(kind="sustainability", since_year=1998)
    make_partnership(kind="climate", since_year=2020)
    metas = texts(client.get(path).content.decode(), ".card__meta")
    assert kind in metas[0] and kind not in metas[1]
    assert metas[0].endswith(since) and not metas[1].endswith(since)


def test_a_card_links_its_page_under_its_name_and_shows_its_summary(client):
    make_partnership(
        slug_de="stadt",
        slug_en="town",
        city_de="Neustadt",
        city_en="Newtown",
        summary_de="Kurz gesagt.",
        summary_en="",
    )
    card = soup(client.get("/en/").content.decode()).select_one(".card")
    assert [(a["href"], a.get_text()) for a in card.select(".card__title a")] == [
        ("/en/partnerships/town/", "Newtown")
    ]
    summary = card.select_one(".card__summary")
    assert summary.get_text(strip=True) == "Kurz gesagt." and summary["lang"] == "de"
