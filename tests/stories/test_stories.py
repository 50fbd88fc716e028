"""Stories: reports of visits and projects, shown wherever their partnership, step or theme is."""

import datetime
import json

import pytest
from django.utils import timezone

from partnerships.models import Partnership
from stories.models import Story
from tests.admin_forms import form_values
from tests.factories import make_partnership, make_story
from tests.html import soup, tags, texts

DELEGATION_DE = "Delegation aus Morogoro zu Gast in Arnsberg"
DELEGATION_EN = "A delegation from Morogoro visits Arnsberg"
TRIP_DE = "Arnsberger Delegation in Morogoro"


def links(client, path) -> set[str]:
    return {a.get("href") for a in tags(client.get(path).content.decode(), "a")}


def story_url(title, language="de"):
    from django.utils import translation

    with translation.override(language):
        return Story.objects.get(title_de=title).get_absolute_url()


@pytest.mark.parametrize(
    ("language", "path"),
    [
        ("de", "/de/"),
        ("de", "/de/berichte/"),
        ("de", "/de/partnerschaften/morogoro/"),
        ("de", "/de/themen/12/"),
        ("en", "/en/"),
        ("en", "/en/stories/"),
        ("en", "/en/partnerships/morogoro/"),
        ("en", "/en/themes/12/"),
    ],
)
def test_the_shipped_stories_are_linked_wherever_they_belong(client, city_content, language, path):
    found = links(client, path)
    assert story_url(DELEGATION_DE, language) in found and story_url(TRIP_DE, language) in found


def test_a_step_of_the_timeline_links_its_report(client, city_content):
    html = client.get("/de/zeitleiste/morogoro/").content.decode()
    step = soup(html).find("h3", string="Delegationsbesuch Morogoro").find_parent("li")
    assert [a["href"] for a in step.select(".milestone__links a")] == [story_url(DELEGATION_DE)]
    assert texts(str(step), ".milestone__links a") == [f"Bericht: {DELEGATION_DE}"]


def test_a_story_page_in_both_languages_names_its_partnership_step_and_themes(client, city_content):
    de = client.get(story_url(DELEGATION_DE, "de"))
    en = client.get(story_url(DELEGATION_DE, "en"))
    assert de.status_code == en.status_code == 200
    assert texts(de.content.decode(), "h1") == [DELEGATION_DE]
    assert texts(en.content.decode(), "h1") == [DELEGATION_EN]
    about = soup(de.content.decode()).select_one(".story__about")
    assert "Delegationsbesuch Morogoro" in about.get_text() and "/de/partnerschaften/morogoro/" in str(about)
    data = json.loads(soup(de.content.decode()).select_one("script[type='application/ld+json']").string)
    assert data["@type"] == "NewsArticle" and data["headline"] == DELEGATION_DE
    assert data["datePublished"] == "2023-09-27"


def test_drafts_and_stories_of_hidden_partnerships_are_nowhere(client):
    public, hidden = make_partnership(slug_de="offen"), make_partnership(slug_de="verborgen", published=False)
    draft = make_story([public], published=False, title_de="Entwurf", slug_de="entwurf")
    later = make_story(
        [public],
        title_de="Später",
        slug_de="spaeter",
        publish_from=timezone.now() + datetime.timedelta(hours=1),
    )
    secret = make_story([hidden], title_de="Geheim", slug_de="geheim")
    for story in (draft, later, secret):
        assert client.get(story.get_absolute_url()).status_code == 404
    shown = texts(client.get("/de/berichte/").content.decode(), ".story-teaser__title")
    assert shown == []
    assert b"Geheim" not in client.get("/de/berichte/feed.atom").content


def test_the_list_is_newest_first_and_filters_by_year_and_partnership(client):
    a, b = make_partnership(slug_de="a", city_de="Aort"), make_partnership(slug_de="b", city_de="Bort")
    make_story([a], title_de="Alt", slug_de="alt", date=datetime.date(2023, 3, 1))
    make_story([a, b], title_de="Neu", slug_de="neu", date=datetime.date(2025, 3, 1))
    make_story([b], title_de="Mitte", slug_de="mitte", date=datetime.date(2024, 3, 1))
    titles = lambda query: texts(client.get("/de/berichte/", query).content.decode(), ".story-teaser__title")  # noqa: E731
    assert titles({}) == ["Neu", "Mitte", "Alt"]
    assert titles({"year": "2024"}) == ["Mitte"]
    assert titles({"partnership": "a"}) == ["Neu", "Alt"]
    refused = client.get("/de/berichte/", {"year": "1999"})
    assert refused.status_code == 400 and texts(refused.content.decode(), ".story-teaser__title") == [
        "Neu",
        "Mitte",
        "Alt",
    ]
    assert "Diese Auswahl gibt es hier nicht" in refused.content.decode()


def test_many_stories_come_ten_at_a_time_and_the_pages_keep_the_filter(client):
    town = make_partnership(slug_de="ort")
    for n in range(12):
        make_story(
            [town], title_de=f"Bericht {n}", slug_de=f"bericht-{n}", date=datetime.date(2025, 1, n + 1)
        )
    first = client.get("/de/berichte/", {"partnership": "ort"}).content.decode()
    assert len(texts(first, ".story-teaser__title")) == 10
    following = soup(first).select_one(".pages-nav a[rel=next]")["href"]
    assert "partnership=ort" in following and "page=2" in following
    second = client.get("/de/berichte/" + following).content.decode()
    assert texts(second, ".story-teaser__title") == ["Bericht 1", "Bericht 0"]
    assert client.get("/de/berichte/", {"page": "٢"}).status_code == 200


def test_feeds_per_language_and_per_partnership(client, city_content):
    warren = Partnership.objects.get(slug_de="warren")
    make_story([warren], title_de="Drohnenflug", title_en="Drone survey", slug_de="drohnen", slug_en="drones")
    german = client.get("/de/berichte/feed.atom").content.decode()
    english = client.get("/en/stories/feed.atom").content.decode()
    morogoro = client.get("/de/berichte/partnerschaft/morogoro/feed.atom").content.decode()
    assert DELEGATION_DE in german and "Drohnenflug" in german
    assert DELEGATION_EN in english and "Drone survey" in english
    assert DELEGATION_DE in morogoro and "Drohnenflug" not in morogoro
    assert client.get("/de/berichte/partnerschaft/unbekannt/feed.atom").status_code == 404


def test_the_search_finds_stories_in_both_languages(client, city_content):
    assert TRIP_DE in texts(client.get("/de/suche/", {"q": "Mawenzi"}).content.decode(), "h2 a")
    english = texts(client.get("/en/search/", {"q": "recycling"}).content.decode(), "h2 a")
    assert "Arnsberg's delegation in Morogoro" in english


def test_an_editor_writes_a_story_in_the_german_admin_and_must_name_a_partnership(admin_client, city_content):
    url = "/admin/stories/story/add/"
    data = form_values(admin_client.get(url, HTTP_ACCEPT_LANGUAGE="de").content.decode(), "story_form")
    data.update(
        title_de=["Schulpartnerschaft gestartet"],
        slug_de=["schulpartnerschaft-gestartet"],
        teaser_de=["Zwei Schulen schreiben sich."],
        body_de=["<p>Die Schulen tauschen Briefe.</p>"],
        date=["01.06.2025"],
        is_published=["on"],
    )
    refused = admin_client.post(url, data, HTTP_ACCEPT_LANGUAGE="de")
    assert refused.status_code == 200 and "Dieses Feld ist zwingend erforderlich" in refused.content.decode()
    data["partnerships"] = [str(Partnership.objects.get(slug_de="warren").pk)]
    saved = admin_client.post(url, data, HTTP_ACCEPT_LANGUAGE="de")
    assert saved.status_code == 302
    assert "Schulpartnerschaft gestartet" in texts(client_get_home(admin_client), ".story-teaser__title")


def client_get_home(client):
    client.logout()
    return client.get("/de/").content.decode()


def test_an_edited_story_shows_on_the_next_request(client, city_content):
    client.get("/de/")  # now in the page cache
    story = Story.objects.get(title_de=TRIP_DE)
    story.title_de = "Gegenbesuch in Morogoro"
    story.save()
    assert "Gegenbesuch in Morogoro" in texts(client.get("/de/").content.decode(), ".story-teaser__title")
