import io

import pytest
from django.core.exceptions import ValidationError
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import translation
from PIL import Image

from tests.factories import exif_with_gps, jpeg_bytes, make_partnership
from tests.html import soup, tags
from uploads.images import validate_image_upload


def upload(content: bytes, name="photo.jpg"):
    return SimpleUploadedFile(name, content, content_type="image/jpeg")


@pytest.mark.parametrize(
    ("language", "message"), [("de", "kein lesbares Bild"), ("en", "not an image that can be read")]
)
def test_a_text_file_renamed_jpg_is_refused_with_a_clear_message(language, message):
    with pytest.raises(ValidationError) as refused, translation.override(language):
        validate_image_upload(upload(b"Dies ist kein Bild, nur Text.\n" * 20, "foto.jpg"))
    with translation.override(language):
        assert message in " ".join(refused.value.messages)


def test_a_truncated_image_is_refused():
    with pytest.raises(ValidationError):
        validate_image_upload(upload(jpeg_bytes()[:2000]))


def test_an_image_over_the_size_limit_is_refused(settings):
    settings.IMAGE_MAX_UPLOAD_BYTES = 1000
    with pytest.raises(ValidationError) as refused, translation.override("en"):
        validate_image_upload(upload(jpeg_bytes()))
    with translation.override("en"):
        assert "at most 1000" in " ".join(refused.value.messages)


def test_a_gif_is_refused_by_its_content_not_its_name():
    buffer = io.BytesIO()
    Image.new("RGB", (10, 10)).save(buffer, format="GIF")
    with pytest.raises(ValidationError) as refused:
        validate_image_upload(upload(buffer.getvalue(), "photo.jpg"))
    assert "GIF" in str(refused.value)


def test_an_uploaded_photo_loses_its_gps_and_exif_data(media_root):
    partnership = make_partnership(image=upload(jpeg_bytes(exif=exif_with_gps())), image_alt_de="Rathaus")
    stored_files = [partnership.image.name] + [
        name for rendition in partnership.image_renditions for name in (rendition["jpeg"], rendition["webp"])
    ]
    for name in stored_files:
        with default_storage.open(name) as stored, Image.open(stored) as image:
            exif = image.getexif()
            assert 0x8825 not in exif, f"GPS left in {name}"
            assert 0x010F not in exif, f"camera data left in {name}"


def test_renditions_come_in_several_widths_as_webp_and_jpeg(media_root):
    partnership = make_partnership(image=upload(jpeg_bytes(1600, 1000)), image_alt_de="Rathaus")
    assert [(r["width"], r["height"]) for r in partnership.image_renditions] == [
        (160, 100),
        (480, 300),
        (800, 500),
        (1200, 750),
    ]
    for rendition in partnership.image_renditions:
        with default_storage.open(rendition["webp"]) as stored, Image.open(stored) as image:
            assert (image.format, image.width) == ("WEBP", rendition["width"])


def test_a_small_image_is_never_scaled_up(media_root):
    partnership = make_partnership(image=upload(jpeg_bytes(300, 200)), image_alt_de="Rathaus")
    assert [(r["width"], r["height"]) for r in partnership.image_renditions] == [(160, 107), (300, 200)]


def test_the_page_shows_a_picture_with_dimensions_alt_text_and_credit(client, media_root):
    make_partnership(
        slug_de="mit-bild",
        image=upload(jpeg_bytes(1600, 1000)),
        image_alt_de="Das Rathaus am Markt",
        image_credit="Stadt Arnsberg",
    )
    html = client.get("/de/partnerschaften/mit-bild/").content.decode()
    assert '<source type="image/webp" srcset="/media/renditions/' in html
    image = tags(html, "img")[0]
    assert (image["width"], image["height"], image["alt"]) == ("1200", "750", "Das Rathaus am Markt")
    assert "lang" not in image
    assert "Foto: Stadt Arnsberg" in html


def test_a_card_shows_the_photo_beside_the_name_that_says_it_all(client, media_root):
    make_partnership(slug_de="mit-bild", image=upload(jpeg_bytes(1600, 1000)), image_alt_de="Das Rathaus")
    make_partnership(slug_de="ohne-bild")
    cards = soup(client.get("/de/").content.decode()).select(".card")
    image = cards[0].select_one("picture img")
    assert image["src"].startswith("/media/renditions/") and image["alt"] == ""  # the name follows
    assert (image["width"], image["height"]) == ("1200", "750")
    assert cards[1].select_one("picture") is None


def test_an_image_needs_alt_text_unless_it_is_decorative(media_root):
    partnership = make_partnership(image=upload(jpeg_bytes(300, 200)))
    with pytest.raises(ValidationError) as refused:
        partnership.full_clean()
    assert "image_alt_de" in refused.value.error_dict
    partnership.image_is_decorative = True
    partnership.full_clean()


def test_a_partnership_with_a_photo_offers_it_for_link_previews(client, media_root):
    make_partnership(
        slug_en="town", image=upload(jpeg_bytes()), image_alt_de="Rathaus", image_alt_en="Town hall"
    )
    html = client.get("/en/partnerships/town/").content.decode()
    meta = {tag["property"]: tag["content"] for tag in tags(html, "meta") if tag.get("property")}
    assert meta["og:image"].startswith("http://testserver/media/renditions/") and meta["og:image"].endswith(
        ".jpg"
    )
    assert (meta["og:image:width"], meta["og:image:alt"]) == ("1200", "Town hall")
