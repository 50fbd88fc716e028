import re

import pytest
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from partnerships.models import Partnership, SustainableDevelopmentGoal
from tests.factories import exif_with_gps, jpeg_bytes, make_partnership
from tests.html import texts

ADD_URL = "/admin/partnerships/partnership/add/"


def partnership_form(**changes):
    data = {
        "city_de": "Neustadt",
        "city_en": "Newtown",
        "slug_de": "neustadt",
        "slug_en": "newtown",
        "country_de": "Rumänien",
        "country_en": "Romania",
        "kind": "town_twinning",
        "since_year": "1990",
        "status": "active",
        "summary_de": "Kurz.",
        "summary_en": "Short.",
        "ordering": "5",
        "is_published": "on",
        "image_alt_de": "Der Marktplatz",
        "facts-TOTAL_FORMS": "1",
        "facts-INITIAL_FORMS": "0",
        "facts-MIN_NUM_FORMS": "0",
        "facts-MAX_NUM_FORMS": "1000",
        "facts-0-label_de": "Einwohnerzahl",
        "facts-0-label_en": "Population",
        "facts-0-value_de": "12.000",
        "facts-0-value_en": "12,000",
        "facts-0-ordering": "1",
        "milestones-TOTAL_FORMS": "0",
        "milestones-INITIAL_FORMS": "0",
        "uploads-download-content_type-object_id-TOTAL_FORMS": "0",
        "uploads-download-content_type-object_id-INITIAL_FORMS": "0",
        "milestones-MIN_NUM_FORMS": "0",
        "milestones-MAX_NUM_FORMS": "1000",
    }
    data.update(changes)
    return data


@pytest.mark.parametrize(
    "url",
    [
        "/admin/",
        ADD_URL,
        "/admin/partnerships/partnership/",
        "/admin/partnerships/programme/add/",
        "/admin/core/introduction/",
        "/admin/partnerships/sustainabledevelopmentgoal/",
    ],
)
def test_admin_pages_open(admin_client, city_content, url):
    assert admin_client.get(url).status_code == 200


def test_edit_form_has_german_and_english_tabs_served_by_the_site(admin_client):
    html = admin_client.get(ADD_URL).content.decode()
    assert 'name="summary_de"' in html and 'name="summary_en"' in html
    assert "/static/vendor/jquery-ui/jquery-ui.tabs." in html
    assert "code.jquery.com" not in html


def test_editor_adds_a_partnership_with_facts_and_a_photo_without_gps(admin_client, media_root):
    photo = SimpleUploadedFile("marktplatz.jpg", jpeg_bytes(exif=exif_with_gps()), content_type="image/jpeg")
    response = admin_client.post(ADD_URL, partnership_form(image=photo))
    assert response.status_code == 302, response.context["adminform"].form.errors
    partnership = Partnership.objects.get(slug_de="neustadt")
    assert partnership.facts.get().value_en == "12,000"
    with default_storage.open(partnership.image.name) as stored, Image.open(stored) as image:
        assert 0x8825 not in image.getexif()


def test_a_text_file_renamed_jpg_is_refused_in_the_admin(admin_client, media_root):
    fake = SimpleUploadedFile("foto.jpg", b"nur Text, kein Bild\n" * 50, content_type="image/jpeg")
    response = admin_client.post(ADD_URL, partnership_form(image=fake), HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 200
    assert "Upload a valid image" in response.content.decode() or "not an image" in response.content.decode()
    assert not Partnership.objects.exists()


def test_an_image_without_alt_text_is_refused_in_the_admin(admin_client, media_root):
    photo = SimpleUploadedFile("marktplatz.jpg", jpeg_bytes(), content_type="image/jpeg")
    response = admin_client.post(
        ADD_URL, partnership_form(image=photo, image_alt_de=""), HTTP_ACCEPT_LANGUAGE="de"
    )
    assert response.status_code == 200
    errors = texts(response.content.decode(), ".errorlist li")
    assert errors == ["Beschreiben Sie das Bild oder markieren Sie es als dekorativ."]


def test_list_shows_which_english_texts_are_still_missing(admin_client):
    make_partnership(city_de="Nurdeutsch", city_en="", summary_en="", official_name_de="Gemeinde Nurdeutsch")
    html = admin_client.get("/admin/partnerships/partnership/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    row = html[html.index("Nurdeutsch") :]
    row = row[: row.index("</tr>")]
    assert "partner city, official name, summary" in row


def test_the_introduction_cannot_be_added_twice(admin_client, city_content):
    assert admin_client.get("/admin/core/introduction/add/").status_code == 403


def test_change_form_previews_the_uploaded_image(admin_client, media_root):
    partnership = make_partnership(
        image=SimpleUploadedFile("bild.jpg", jpeg_bytes(), content_type="image/jpeg"), image_alt_de="Rathaus"
    )
    html = admin_client.get(f"/admin/partnerships/partnership/{partnership.pk}/change/").content.decode()
    assert 'class="image-preview"' in html and "/media/renditions/" in html
    view_on_site = re.search(r'href="(/admin/r/\d+/\d+/)"', html).group(1)
    assert admin_client.get(view_on_site)["Location"].endswith(f"/partnerschaften/{partnership.slug_de}/")


def test_an_english_address_left_empty_takes_the_german_one(admin_client):
    response = admin_client.post(ADD_URL, partnership_form(slug_en="", image_alt_de=""))
    assert response.status_code == 302
    assert Partnership.objects.get(slug_de="neustadt").slug_en == "neustadt"


def test_a_location_needs_both_coordinates(admin_client):
    response = admin_client.post(
        ADD_URL, partnership_form(latitude="51.4", longitude="", image_alt_de=""), HTTP_ACCEPT_LANGUAGE="de"
    )
    assert response.status_code == 200
    assert "Geben Sie Breiten- und Längengrad an oder keinen von beiden." in response.content.decode()
    assert not Partnership.objects.exists()


def test_the_sustainable_development_goals_can_be_renamed_but_not_added_or_deleted(admin_client):
    goal = SustainableDevelopmentGoal.objects.get(number=13)
    base = "/admin/partnerships/sustainabledevelopmentgoal/"
    assert admin_client.get(f"{base}add/").status_code == 403
    assert admin_client.get(f"{base}{goal.pk}/delete/").status_code == 403
    assert admin_client.post(f"{base}{goal.pk}/delete/", {"post": "yes"}).status_code == 403
    changelist = admin_client.get(base).content.decode()
    assert 'value="delete_selected"' not in changelist
    assert SustainableDevelopmentGoal.objects.count() == 17


def test_the_image_field_says_what_it_accepts(admin_client, settings):
    settings.IMAGE_MAX_UPLOAD_BYTES = 5 * 1024 * 1024
    html = admin_client.get(ADD_URL, HTTP_ACCEPT_LANGUAGE="de").content.decode()
    [help_text] = texts(html, "#id_image_helptext")
    assert help_text.startswith(
        "Ein Foto im Format JPEG, PNG oder WebP mit höchstens 5,0 MB und 40 Megapixeln."
    )
