"""Nothing lost: a replaced, cleared or deleted upload stays in storage while a revision names it (and
answers 404 meanwhile); `purge_files` removes what nothing can bring back."""

import io
import os
import time

import pytest
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.db import transaction
from reversion.models import Version

from partnerships.models import Partnership
from tests.admin_forms import form_values, resubmit
from tests.factories import jpeg_bytes, make_partnership, pdf_bytes
from uploads import file_retention
from uploads.models import Download

ADMIN = "/admin/partnerships/partnership/"


def upload(name="rathaus.jpg", width=1600, height=1000):
    return SimpleUploadedFile(name, jpeg_bytes(width, height), content_type="image/jpeg")


def stored_files(partnership) -> list[str]:
    """The original and every rendition of the partnership's photo."""
    renditions = [name for r in partnership.image_renditions for name in (r["jpeg"], r["webp"])]
    return [partnership.image.name, *renditions]


def answers(client, names) -> set[int]:
    return {client.get(default_storage.url(name)).status_code for name in names}


@pytest.fixture
def partnership(media_root, committed):
    with committed():
        return make_partnership(image=upload(), image_alt_de="Das Rathaus")


def a_day_later() -> float:
    return time.time() + 2 * file_retention.MIN_AGE_SECONDS


def test_a_replaced_photo_is_kept_for_restoring_and_answers_404(client, partnership, committed):
    old = stored_files(partnership)
    with committed():
        partnership.image = upload("neu.jpg", 900, 600)
        partnership.save()
    assert all(default_storage.exists(name) for name in old)
    assert answers(client, old) == {404}
    assert answers(client, stored_files(partnership)) == {200}
    assert [r["width"] for r in partnership.image_renditions] == [160, 480, 800]


def test_a_cleared_photo_is_kept_and_answers_404(client, partnership, committed):
    old = stored_files(partnership)
    with committed():
        partnership.image = None
        partnership.image_is_decorative = True
        partnership.save()
    assert partnership.image_renditions == []
    assert all(default_storage.exists(name) for name in old) and answers(client, old) == {404}


def test_a_replacement_that_is_rolled_back_keeps_the_old_files(partnership):
    old = stored_files(partnership)
    with pytest.raises(RuntimeError), transaction.atomic():
        partnership.image = upload("neu.jpg")
        partnership.save()
        raise RuntimeError("the editor's save failed further on")
    assert all(default_storage.exists(name) for name in old)


def test_a_recovered_partnership_brings_its_photo_back(admin_client, client, partnership):
    files = stored_files(partnership)
    assert admin_client.post(f"{ADMIN}{partnership.pk}/delete/", {"post": "yes"}).status_code == 302
    assert answers(client, files) == {404}
    [deleted] = Version.objects.get_deleted(Partnership)
    assert resubmit(admin_client, f"{ADMIN}recover/{deleted.pk}/", "partnership_form").status_code == 302
    assert answers(client, files) == {200}


def test_restoring_the_first_revision_and_then_the_later_keeps_every_download_file(
    admin_client, client, city_content, media_root
):
    """The review's case: the first revision of Morogoro holds no downloads; restoring it, then the
    later one, leaves the downloads and their files where they were."""
    morogoro = Partnership.objects.get(slug_de="morogoro")
    change = f"{ADMIN}{morogoro.pk}/change/"
    data = {
        "uploads-download-content_type-object_id-TOTAL_FORMS": "1",
        "uploads-download-content_type-object_id-0-title_de": "Handlungsprogramm",
        "uploads-download-content_type-object_id-0-language": "de",
        "uploads-download-content_type-object_id-0-date": "01.02.2024",
        "uploads-download-content_type-object_id-0-position": "0",
    }
    form = {**form_values(admin_client.get(change).content.decode(), "partnership_form"), **data}
    form["uploads-download-content_type-object_id-0-file"] = SimpleUploadedFile("h.pdf", pdf_bytes())
    assert admin_client.post(change, form).status_code == 302
    [download] = Download.objects.all()
    first, later = Version.objects.get_for_object(morogoro).order_by("pk")
    for version in (first, later):
        url = f"{ADMIN}{morogoro.pk}/history/{version.pk}/"
        assert resubmit(admin_client, url, "partnership_form").status_code == 302
        assert Download.objects.filter(pk=download.pk).exists()
        assert client.get(download.file.url).status_code == 200


def test_purge_removes_only_what_no_row_and_no_revision_names(client, partnership, committed):
    kept_by_row = stored_files(partnership)
    with committed():
        partnership.image = upload("neu.jpg", 900, 600)
        partnership.save()
    stray = default_storage.save("partnerships/stray.jpg", io.BytesIO(b"no row, no revision"))
    young = default_storage.save("partnerships/young.jpg", io.BytesIO(b"just uploaded"))
    old_time = time.time() - 2 * file_retention.MIN_AGE_SECONDS
    os.utime(default_storage.path(stray), (old_time, old_time))
    for name in kept_by_row:
        os.utime(default_storage.path(name), (old_time, old_time))
    assert file_retention.purge() == [stray], "the replaced photo: its revisions name it"
    assert default_storage.exists(young)
    assert all(default_storage.exists(name) for name in kept_by_row)


def test_once_the_revisions_that_name_a_file_are_gone_the_file_goes(partnership, committed, admin_client):
    old = stored_files(partnership)
    with committed():
        partnership.image = upload("neu.jpg", 900, 600)
        partnership.save()
    Version.objects.get_for_object(partnership).delete()  # as `deleterevisions` does with old ones
    output = io.StringIO()
    call_command("purge_files", dry_run=True, stdout=output)
    assert all(default_storage.exists(name) for name in old), "a dry run removes nothing"
    assert file_retention.unclaimed(now=a_day_later()) == sorted(old)
    assert sorted(file_retention.purge(now=a_day_later())) == sorted(old)
    assert not any(default_storage.exists(name) for name in old)
    assert all(default_storage.exists(name) for name in stored_files(partnership))
