"""A story's photo gallery: what the public sees, and how editors fill it in the German admin."""

import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from stories.models import Photo
from tests.admin_forms import form_values
from tests.factories import jpeg_bytes, make_partnership, make_story
from tests.html import soup, texts


def add_photo(story, name="foto.jpg", **fields) -> Photo:
    upload = SimpleUploadedFile(name, jpeg_bytes(), content_type="image/jpeg")
    return Photo.objects.create(story=story, image=upload, **fields)


@pytest.fixture
def story(db, media_root):
    return make_story([make_partnership()], title_de="Besuch im Rathaus", slug_de="besuch-im-rathaus")


def gallery(client, story, language="de"):
    from django.utils import translation

    with translation.override(language):
        html = client.get(story.get_absolute_url()).content.decode()
    return soup(html), html


def test_the_gallery_links_each_photo_to_its_large_version_with_caption_and_credit(client, story):
    first = add_photo(
        story, alt_de="Gäste im Ratssaal", caption_de="Empfang im Rathaus", credit="Stadt Arnsberg"
    )
    add_photo(story, alt_de="Der Neumarkt", position=10)
    page, _html = gallery(client, story)
    items = page.select(".gallery li")
    assert len(items) == 2
    link = items[0].select_one("a.gallery__link")
    assert link["href"] == f"/media/{first.renditions[-1]['jpeg']}"
    assert link.select_one("img")["alt"] == "Gäste im Ratssaal"
    assert "(Foto 1 von 2, vergrößern)" in link.get_text()
    assert texts(str(items[0]), "figcaption span") == ["Empfang im Rathaus", "Foto: Stadt Arnsberg"]
    og = page.select_one("meta[property='og:image']")["content"]
    assert og == f"http://testserver/media/{first.renditions[-1]['jpeg']}"
    article = json.loads(page.select_one("script[type='application/ld+json']").string)
    assert article["image"][0] == og and len(article["image"]) == 2


def test_an_english_page_marks_a_german_alt_text_and_caption(client, story):
    add_photo(story, alt_de="Gäste im Ratssaal", caption_de="Empfang", alt_en="", caption_en="")
    page, _html = gallery(client, story, "en")
    assert page.select_one(".gallery img")["lang"] == "de"
    assert page.select_one(".gallery figcaption span[lang=de]").get_text() == "Empfang"


def test_a_photo_is_shown_only_when_described_and_with_consent_where_it_shows_people(client, story):
    undescribed = add_photo(story, name="ohne.jpg", alt_de="")  # as the admin stores an empty field
    add_photo(story, name="nie.jpg", position=3)  # made in code: no alt text at all (NULL)
    decorative = add_photo(story, name="schmuck.jpg", is_decorative=True, position=1)
    people = add_photo(story, name="leute.jpg", alt_de="Die Delegation", shows_people=True, position=2)
    shown = [a["href"] for a in gallery(client, story)[0].select(".gallery__link")]
    assert shown == [f"/media/{decorative.renditions[-1]['jpeg']}"]
    assert gallery(client, story)[0].select_one(".gallery img")["alt"] == ""
    people.people_consented = True
    people.save()
    undescribed.alt_de = "Der Marktplatz"
    undescribed.save()
    assert len(gallery(client, story)[0].select(".gallery__link")) == 3


def test_a_story_without_shown_photos_has_no_gallery(client, story):
    add_photo(story, alt_de="Die Delegation", shows_people=True)
    page, html = gallery(client, story)
    assert page.select(".gallery") == [] and "gallery.js" not in html
    assert page.select_one("meta[property='og:image']") is None


def change_form(admin_client, story):
    url = f"/admin/stories/story/{story.pk}/change/"
    return url, form_values(admin_client.get(url, HTTP_ACCEPT_LANGUAGE="de").content.decode(), "story_form")


def test_an_editor_adds_several_photos_at_once_and_learns_which_are_not_shown_yet(
    admin_client, client, story
):
    add_photo(story, alt_de="Schon da", position=40)
    url, data = change_form(admin_client, story)
    uploads = [SimpleUploadedFile(f"bild{n}.jpg", jpeg_bytes(), content_type="image/jpeg") for n in (1, 2)]
    response = admin_client.post(url, {**data, "new_photos": uploads}, HTTP_ACCEPT_LANGUAGE="de", follow=True)
    assert response.redirect_chain, response.content.decode()[:2000]
    photos = list(story.photos.all())
    assert [p.position for p in photos] == [40, 50, 60]
    assert all(p.image.name.startswith("stories/") and "bild" not in p.image.name for p in photos)
    assert all(p.renditions for p in photos)
    message = "2 Fotos der Galerie werden noch nicht gezeigt: siehe ihre Hinweise unter „Auf der Website“."
    assert message in texts(response.content.decode(), ".messagelist li")
    # The editor describes one and marks the other as showing people: that one waits for consent.
    url, data = change_form(admin_client, story)
    data.update({"photos-1-alt_de": ["Der Marktplatz"], "photos-2-alt_de": ["Die Delegation"]})
    data.update({"photos-2-shows_people": ["on"]})
    response = admin_client.post(url, data, HTTP_ACCEPT_LANGUAGE="de", follow=True)
    assert "1 Foto der Galerie wird noch nicht gezeigt" in response.content.decode()
    page = admin_client.get(url, HTTP_ACCEPT_LANGUAGE="de").content.decode()
    assert "Nicht gezeigt: Es zeigt Menschen; bestätigen Sie deren Einwilligung." in page
    assert len(gallery(client, story)[0].select(".gallery__link")) == 2
    url, data = change_form(admin_client, story)
    data["photos-2-people_consented"] = ["on"]
    admin_client.post(url, data, HTTP_ACCEPT_LANGUAGE="de")
    assert len(gallery(client, story)[0].select(".gallery__link")) == 3


def test_a_file_that_is_no_photo_is_refused_by_name_and_nothing_is_added(admin_client, story):
    url, data = change_form(admin_client, story)
    uploads = [
        SimpleUploadedFile("gut.jpg", jpeg_bytes(), content_type="image/jpeg"),
        SimpleUploadedFile("kaputt.jpg", b"kein Bild" * 100, content_type="image/jpeg"),
    ]
    response = admin_client.post(url, {**data, "new_photos": uploads}, HTTP_ACCEPT_LANGUAGE="de")
    assert response.status_code == 200
    assert any(text.startswith("kaputt.jpg: ") for text in texts(response.content.decode(), ".errorlist li"))
    assert not story.photos.exists()


def test_a_translator_translates_photo_texts_but_cannot_add_photos(story):
    from tests.workplace.test_roles import member

    photo = add_photo(story, alt_de="Der Marktplatz")
    translator = member("Übersetzung", "tara")
    url = f"/admin/stories/story/{story.pk}/change/"
    html = translator.get(url, HTTP_ACCEPT_LANGUAGE="de").content.decode()
    assert soup(html).select("input[name=new_photos]") == []
    data = form_values(html, "story_form")
    data["photos-0-alt_en"] = ["The market square"]
    upload = SimpleUploadedFile("heimlich.jpg", jpeg_bytes(), content_type="image/jpeg")
    response = translator.post(url, {**data, "new_photos": [upload]}, HTTP_ACCEPT_LANGUAGE="de")
    assert response.status_code == 302
    assert list(story.photos.all()) == [photo]
    photo.refresh_from_db()
    assert (photo.alt_de, photo.alt_en) == ("Der Marktplatz", "The market square")


def test_saving_without_new_photos_records_no_change_of_the_gallery(admin_client, story):
    from reversion.models import Version

    url, data = change_form(admin_client, story)
    admin_client.post(url, {**data, "title_de": ["Besuch im Ratssaal"]}, HTTP_ACCEPT_LANGUAGE="de")
    comment = Version.objects.get_for_object(story).first().revision.comment
    assert "Titel" in comment and "Fotos" not in comment


def test_lists_of_stories_show_the_first_shown_photo_beside_the_teaser(client, story):
    add_photo(story, name="leute.jpg", alt_de="Die Delegation", shows_people=True, position=1)
    shown = add_photo(story, name="markt.jpg", alt_de="Der Markt", position=2)
    for path in ("/de/", "/de/berichte/", story.partnerships.get().get_absolute_url()):
        teaser = soup(client.get(path).content.decode()).select_one(".story-teaser")
        image = teaser.select_one("img")
        assert image is not None and image["src"] == f"/media/{shown.renditions[-1]['jpeg']}", path
        assert image["alt"] == ""
