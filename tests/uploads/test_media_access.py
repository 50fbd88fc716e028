"""Files follow the visibility of their object: fetched directly, a file answers only where its page
would show it, to staff, and to holders of a share link; never at a guessable address."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from pages.models import ContactPerson
from publishing.preview import preview_url, revoke_links
from stories.models import Photo
from tests.factories import jpeg_bytes, make_partnership, make_story, pdf_bytes
from tests.html import soup
from uploads.models import Download


def files_of(photo) -> list[str]:
    """The address of the original and of every rendition."""
    names = [photo.image.name, *(r[kind] for r in photo.renditions for kind in ("jpeg", "webp"))]
    return [default_storage.url(name) for name in names]


def statuses(client, urls) -> set[int]:
    return {client.get(url).status_code for url in urls}


@pytest.fixture
def editor(db):
    user = get_user_model().objects.create_user("erik", password="x", is_staff=True)
    user.groups.add(Group.objects.get(name="Redaktion"))
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def story(media_root):
    return make_story([make_partnership()], slug_de="rathausbesuch")


def photo_of(story, name="Erika Mustermann beim Empfang.jpg", **fields) -> Photo:
    upload = SimpleUploadedFile(name, jpeg_bytes(1000, 600), content_type="image/jpeg")
    return Photo.objects.create(story=story, image=upload, alt_de="Gäste im Rathaus", **fields)


def test_a_photo_of_people_without_consent_answers_404_until_consent_is_given(client, editor, story):
    photo = photo_of(story, shows_people=True)
    assert statuses(client, files_of(photo)) == {404}, "the original and every rendition"
    assert statuses(editor, files_of(photo)) == {200}, "staff see what waits for consent"
    photo.people_consented = True
    photo.save()
    assert statuses(client, files_of(photo)) == {200}
    assert {client.get(url)["Cache-Control"] for url in files_of(photo)} == {
        "public, max-age=0, must-revalidate"
    }


def test_the_files_of_a_draft_answer_once_it_is_public_and_stop_when_it_is_not(client, story):
    photo = photo_of(story)
    story.is_published = False
    story.save()
    assert statuses(client, files_of(photo)) == {404}
    story.is_published = True
    story.save()
    assert statuses(client, files_of(photo)) == {200}
    story.partnerships.update(is_published=False)  # its only partnership goes: the story is not public
    assert statuses(client, files_of(photo)) == {404}


def test_a_share_link_shows_the_drafts_photos_and_a_revoked_link_nothing(client, story):
    photo_of(story)
    story.is_published = False
    story.save()
    link = preview_url(story)
    page = soup(client.get(link).content.decode())
    images = [img["src"] for img in page.select(".gallery img")]
    assert images and all("?preview=" in src for src in images)
    assert statuses(client, images) == {200}
    assert statuses(client, [src.partition("?")[0] for src in images]) == {404}, "not without the link"
    revoke_links(story)
    assert client.get(link).status_code == 404
    assert statuses(client, images) == {404}
    assert client.get(preview_url(story)).status_code == 200, "a new link works"


def test_stored_names_never_carry_the_uploaders_file_name(story):
    photo = photo_of(story)
    names = [photo.image.name, *(r[kind] for r in photo.renditions for kind in ("jpeg", "webp"))]
    assert not [name for name in names if "erika" in name.lower() or "mustermann" in name.lower()]
    assert photo.image.name.startswith("stories/") and photo.image.name.endswith(".jpg")


def test_a_download_of_a_draft_answers_once_its_page_is_public_and_never_runs_in_the_site(client, media_root):
    partnership = make_partnership(published=False)
    download = Download.objects.create(
        attached_to=partnership, title_de="Jahresbericht 2024", file=SimpleUploadedFile("x.pdf", pdf_bytes())
    )
    assert client.get(download.file.url).status_code == 404
    partnership.is_published = True
    partnership.save()
    response = client.get(download.file.url)
    assert response.status_code == 200
    assert response["Content-Disposition"] == 'attachment; filename="jahresbericht-2024.pdf"'
    assert "sandbox" in response["Content-Security-Policy"]
    assert response["X-Content-Type-Options"] == "nosniff"


def test_a_contacts_photo_answers_only_while_they_are_named_on_a_public_page(client, media_root):
    contact = ContactPerson.objects.create(
        name="Kim Becker",
        role_de="Koordination",
        photo=SimpleUploadedFile("kim.jpg", jpeg_bytes(600, 600)),
        photo_alt_de="Kim Becker",
    )
    assert client.get(contact.photo.url).status_code == 404
    contact.partnerships.add(make_partnership())
    assert client.get(contact.photo.url).status_code == 200


@pytest.mark.parametrize("path", ["../manage.py", "stories/../../manage.py", "stories//x.jpg", "a\\b.jpg"])
def test_odd_media_paths_answer_404(client, path):
    assert client.get(f"/media/{path}").status_code == 404


def test_the_old_address_of_an_unpublished_object_does_not_reveal_its_new_one(client, editor, media_root):
    draft = make_partnership(slug_de="alte-adresse", published=False)
    draft.slug_de = "neue-adresse"
    draft.save()
    response = client.get("/de/partnerschaften/alte-adresse/")
    assert response.status_code == 404 and "neue-adresse" not in response.content.decode()
    assert editor.get("/de/partnerschaften/alte-adresse/")["Location"] == "/de/partnerschaften/neue-adresse/"
    draft.is_published = True
    draft.save()
    assert client.get("/de/partnerschaften/alte-adresse/").status_code == 301


def test_an_editor_revokes_the_share_links_of_a_page(editor, story):
    story.is_published = False
    story.save()
    link = preview_url(story)
    page = editor.get(f"/admin/stories/story/{story.pk}/change/", HTTP_ACCEPT_LANGUAGE="de").content.decode()
    revoke = soup(page).find("a", string="Alle bisher erstellten Links widerrufen …")["href"]
    confirm = editor.get(revoke, HTTP_ACCEPT_LANGUAGE="de").content.decode()
    assert "werden sofort ungültig" in confirm
    assert editor.post(revoke).status_code == 302
    assert Client().get(link).status_code == 404


def test_every_model_that_holds_files_says_which_of_them_are_public():
    from uploads.media_access import file_holders

    holders = file_holders()
    assert {holder.model.__name__ for holder in holders} >= {"Photo", "Download", "Partnership"}
    assert [h.model.__name__ for h in holders if not hasattr(h.model._default_manager, "published")] == []
