"""A photo that is replaced, removed, or whose partnership is deleted is gone from /media/."""

import pytest
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction

from tests.factories import jpeg_bytes, make_partnership


def upload(name="rathaus.jpg", width=1600, height=1000):
    return SimpleUploadedFile(name, jpeg_bytes(width, height), content_type="image/jpeg")


def stored_files(partnership) -> list[str]:
    """The original and every rendition of the partnership's photo."""
    renditions = [name for r in partnership.image_renditions for name in (r["jpeg"], r["webp"])]
    return [partnership.image.name, *renditions]


@pytest.fixture
def partnership(media_root, committed):
    with committed():
        return make_partnership(image=upload(), image_alt_de="Das Rathaus")


def assert_gone_from_media(client, names):
    assert names, "there were files to remove"
    for name in names:
        assert not default_storage.exists(name), f"{name} is still stored"
        assert client.get(default_storage.url(name)).status_code == 404


def test_the_photo_and_its_renditions_are_served(client, partnership):
    for name in stored_files(partnership):
        assert client.get(default_storage.url(name)).status_code == 200


def test_a_replaced_photo_and_its_renditions_are_gone(client, partnership, committed):
    old = stored_files(partnership)
    with committed():
        partnership.image = upload("neu.jpg", 900, 600)
        partnership.save()
    assert_gone_from_media(client, old)
    assert [r["width"] for r in partnership.image_renditions] == [480, 800]
    for name in stored_files(partnership):
        assert client.get(default_storage.url(name)).status_code == 200


def test_a_replacement_with_the_same_name_keeps_the_new_files(partnership, committed):
    with committed():
        partnership.image = upload("rathaus.png", 900, 600)
        partnership.save()
    assert all(default_storage.exists(name) for name in stored_files(partnership))


def test_a_cleared_photo_and_its_renditions_are_gone(client, partnership, committed):
    old = stored_files(partnership)
    with committed():
        partnership.image = None
        partnership.image_is_decorative = True
        partnership.save()
    assert_gone_from_media(client, old)
    assert partnership.image_renditions == []


def test_deleting_a_partnership_removes_its_photo(client, partnership, committed):
    old = stored_files(partnership)
    with committed():
        partnership.delete()
    assert_gone_from_media(client, old)


def test_a_replacement_that_is_rolled_back_keeps_the_old_files(partnership):
    old = stored_files(partnership)
    with pytest.raises(RuntimeError), transaction.atomic():
        partnership.image = upload("neu.jpg")
        partnership.save()
        raise RuntimeError("the editor's save failed further on")
    assert all(default_storage.exists(name) for name in old)


def test_editing_the_texts_keeps_the_photo(partnership, committed):
    kept = stored_files(partnership)
    with committed():
        partnership.summary_de = "Neu geschrieben."
        partnership.save()
    assert stored_files(partnership) == kept
    assert all(default_storage.exists(name) for name in kept)
