"""The home page's place for a video in German Sign Language: empty until editors publish one."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile

from pages.models import SignLanguageVideo
from tests.html import soup

# The first bytes of an MP4 file ("ftyp" box); enough for the check, which reads no further.
MP4 = b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom" + b"\x00" * 64


def video(**fields):
    values = {
        "title_de": "Die Website in Gebärdensprache",
        "title_en": "The website in sign language",
        "video": SimpleUploadedFile("dgs.mp4", MP4, content_type="video/mp4"),
        "duration": datetime.timedelta(minutes=3, seconds=5),
        "transcript_de": "<p>Auf dieser Website finden Sie die Partnerstädte.</p>",
        "is_published": True,
    }
    values.update(fields)
    return SignLanguageVideo.objects.create(**values)


def test_no_video_is_invented(client, city_content):
    assert SignLanguageVideo.objects.count() == 0
    assert soup(client.get("/de/").content.decode()).select(".sign-language") == []


def test_a_published_video_shows_with_its_length_size_download_and_text(client, media_root):
    shown = video()
    section = soup(client.get("/de/").content.decode()).select_one(".sign-language")
    assert section.select_one("h2").get_text() == "Die Website in Gebärdensprache"
    assert section.select_one("video source")["src"] == shown.video.url
    assert f"Video in Deutscher Gebärdensprache, 3:05 Min., {len(MP4)}\xa0Bytes." in section.get_text()
    assert section.select_one("a[download]")["href"] == shown.video.url
    assert (
        "Auf dieser Website finden Sie die Partnerstädte."
        in section.select_one(".sign-language__transcript").get_text()
    )


def test_an_unpublished_video_or_a_lost_file_shows_nothing(client, media_root):
    shown = video(is_published=False)
    assert not soup(client.get("/de/").content.decode()).select(".sign-language")
    SignLanguageVideo.objects.filter(pk=shown.pk).update(is_published=True)
    shown.video.storage.delete(shown.video.name)
    response = client.get("/de/")
    assert response.status_code == 200 and not soup(response.content.decode()).select(".sign-language")


def test_a_file_that_is_no_video_is_refused(media_root):
    fake = SignLanguageVideo(title_de="x", transcript_de="<p>x</p>", duration=datetime.timedelta(seconds=5))
    fake.video = SimpleUploadedFile("dgs.mp4", b"<html>not a video</html>", content_type="video/mp4")
    with pytest.raises(ValidationError) as refused:
        fake.full_clean()
    assert refused.value.message_dict["video"] == ["Diese Datei ist kein MP4- oder WebM-Video."]


def test_the_admin_offers_one_video_only(admin_client, media_root):
    assert admin_client.get("/admin/pages/signlanguagevideo/add/").status_code == 200
    video()
    assert admin_client.get("/admin/pages/signlanguagevideo/add/").status_code == 403


def test_a_video_over_the_size_limit_is_refused(settings, media_root):
    settings.VIDEO_MAX_UPLOAD_BYTES = 50
    big = SignLanguageVideo(title_de="x", transcript_de="<p>x</p>", duration=datetime.timedelta(seconds=5))
    big.video = SimpleUploadedFile("dgs.mp4", MP4, content_type="video/mp4")
    with pytest.raises(ValidationError) as refused:
        big.full_clean()
    [message] = refused.value.message_dict["video"]
    assert (
        message == f"Das Video ist {len(MP4)}\xa0Bytes groß; Videos dürfen höchstens 50\xa0Bytes groß sein."
    )
