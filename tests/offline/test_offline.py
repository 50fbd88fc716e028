"""A weak connection: light pages, thumbnails for a visitor saving data (a copy of their own in every
cache), the service worker and the page it shows offline. In the browser: tests/browser/test_offline.py."""

import gzip
import json
import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from pages.models import ContactPerson
from partnerships.models import Partnership
from tests.factories import jpeg_bytes, make_partnership, make_story
from tests.html import soup

BROWSER = "Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 Chrome/131.0 Mobile Safari/537.36"


def photo_page(client, **headers):
    html = client.get("/de/partnerschaften/mit-bild/", HTTP_USER_AGENT=BROWSER, **headers)
    return html, soup(html.content.decode())


@pytest.fixture
def partnership_with_photo(media_root):
    return make_partnership(
        slug_de="mit-bild",
        image=SimpleUploadedFile("rathaus.jpg", jpeg_bytes(1600, 1000), content_type="image/jpeg"),
        image_alt_de="Das Rathaus am Markt",
    )


def test_a_visitor_saving_data_gets_a_thumbnail_and_a_link_to_the_full_photo(client, partnership_with_photo):
    _response, page = photo_page(client, HTTP_SAVE_DATA="on")
    image = page.select_one("picture img")
    assert (image["width"], image["srcset"].count("w,")) == ("160", 0), "the thumbnail only"
    assert "-160" in image["src"] and "-160" in page.select_one("picture source")["srcset"]
    larger = page.select_one("a.larger-photo")
    assert larger["href"].endswith(".jpg") and "-1200" in larger["href"]
    assert re.search(r"Das Foto in voller Größe \(\d+[,.]?\d*\s?KB\)", larger.get_text(" ", strip=True))
    assert image["alt"] == "Das Rathaus am Markt"


def test_without_save_data_the_screen_picks_its_size(client, partnership_with_photo):
    _response, page = photo_page(client)
    image = page.select_one("picture img")
    assert [part.split()[1] for part in image["srcset"].split(", ")] == ["160w", "480w", "800w", "1200w"]
    assert page.select_one("a.larger-photo") is None


def test_the_page_cache_keeps_a_copy_for_each_and_says_it_varies(client, partnership_with_photo, settings):
    settings.PAGE_CACHE_SECONDS = 600
    photo_page(client, HTTP_SAVE_DATA="on")
    response, page = photo_page(client)
    assert page.select_one("a.larger-photo") is None, "the thumbnail copy is not the other visitors'"
    again, page = photo_page(client, HTTP_SAVE_DATA="on")
    assert again["X-Page-Cache"] == "hit" and page.select_one("a.larger-photo")
    assert "Save-Data" in response["Vary"] and "Save-Data" in again["Vary"]


def test_the_photos_below_the_first_screen_load_when_scrolled_to(client, media_root, city_content):
    story = make_story([Partnership.objects.get(slug_de="morogoro")], slug_de="mit-fotos")
    from stories.models import Photo

    for n in range(3):
        upload = SimpleUploadedFile(f"f{n}.jpg", jpeg_bytes(900, 600), content_type="image/jpeg")
        Photo.objects.create(story=story, image=upload, alt_de=f"Foto {n}")
    page = soup(client.get(story.get_absolute_url()).content.decode())
    images = page.select(".gallery img")
    assert len(images) == 3 and all(image.get("loading") == "lazy" for image in images)
    assert all("sizes" in image.attrs and "160w" in image["srcset"] for image in images)
    saving = soup(client.get(story.get_absolute_url(), HTTP_SAVE_DATA="on").content.decode())
    assert [len(image["srcset"].split(", ")) for image in saving.select(".gallery img")] == [1, 1, 1]
    assert not saving.select(".gallery a a"), "each photo links its large version already"


@pytest.mark.parametrize("path", ["/de/", "/en/", "/de/zeitleiste/", "/de/veranstaltungen/", "/de/berichte/"])
def test_the_html_of_a_page_stays_under_14_kb_compressed(client, city_content, path):
    """The first round trip of a slow connection carries about 14 KB: the page's HTML fits in it."""
    response = client.get(path)
    assert response.status_code == 200
    assert len(gzip.compress(response.content)) < 14 * 1024


def test_the_worker_is_served_from_the_root_and_names_what_it_keeps_first(client, collected_static):
    response = client.get("/sw.js")
    assert response.status_code == 200 and response["Content-Type"].startswith("text/javascript")
    assert "no-cache" in response["Cache-Control"]
    text = response.content.decode()
    site = json.loads(re.search(r"const SITE = (\{.*\});", text).group(1))
    assert site["offline"] == {"de": "/de/offline/", "en": "/en/offline/"}
    assert site["admin"] == "/admin/" and site["languages"] == ["de", "en"]
    assert site["locales"] == {"de": "de-DE", "en": "en-GB"}, "dates in the note as the site writes them"
    assert any(url.startswith("/static/css/site.") for url in site["shell"])
    assert "private|no-store|no-cache" in text, "pages marked so are never kept"


def test_every_page_registers_the_worker_and_holds_the_note_in_its_language(client, city_content):
    for path, words in [("/de/", "Kopie dieser Seite"), ("/en/timeline/", "copy of this page")]:
        page = soup(client.get(path).content.decode())
        assert page.select_one("script[data-worker='/sw.js']")["src"].endswith(".js")
        note = page.select_one("[data-offline-note]")
        assert (
            note.has_attr("hidden")
            and words in note.get_text()
            and note.select_one("span[data-offline-time]")
        )


@pytest.mark.parametrize("path", ["/de/barriere-melden/", "/de/benachrichtigungen/"])
def test_a_form_is_marked_so_that_the_worker_never_keeps_it(client, city_content, path):
    control = client.get(path)["Cache-Control"]
    assert re.search("private|no-store|no-cache", control)


def test_a_public_page_may_be_kept(client, city_content):
    control = client.get("/de/partnerschaften/morogoro/").get("Cache-Control", "")
    assert not re.search("private|no-store|no-cache", control)


def test_the_offline_page_has_each_partnerships_contacts_in_both_languages(client, city_content):
    morogoro = Partnership.objects.get(slug_de="morogoro")
    kim = ContactPerson.objects.create(name="Kim Becker", role_de="Koordination", role_en="Coordination")
    kim.partnerships.add(morogoro)
    kim.phone, kim.email = "02932 201-0", "k.becker@arnsberg.example"
    kim.save()
    german = soup(client.get("/de/offline/").content.decode())
    assert german.select_one("h1").get_text() == "Offline lesen"
    assert german.select_one("meta[name=robots]")["content"] == "noindex"
    sections = {
        section.h3.get_text(): section.get_text(" ", strip=True)
        for section in german.select("section.offline-contacts")
    }
    assert (
        "Kim Becker" in sections["Morogoro Municipal Council"]
        and "02932 201-0" in sections["Morogoro Municipal Council"]
    )
    assert "Koordinationsstelle" in sections["Alba Iulia"]
    english = soup(client.get("/en/offline/").content.decode())
    assert english.select_one("h1").get_text() == "Reading offline" and "Coordination" in english.get_text()
    assert german.select_one("[data-kept-pages]") is not None


def test_the_privacy_statement_says_what_the_device_keeps(client, city_content):
    text = soup(client.get("/de/datenschutz/").content.decode()).get_text(" ", strip=True)
    assert "Auf Ihrem Gerät gespeicherte Seiten" in text and "in den Einstellungen Ihres Browsers" in text
