"""The checks where editors meet them: beside the field and at the top of the form, and on saving:
errors keep a draft from being published (it is saved all the same), notes may be left with a reason
that the history keeps."""

import pytest
from reversion.models import Version

from stories.models import Story
from tests.admin_forms import form_values
from tests.factories import make_partnership, make_story
from tests.html import soup
from tests.stories.test_gallery import add_photo

pytestmark = pytest.mark.django_db
VAGUE = '<p>The programme is <a href="https://www.arnsberg.de/">hier</a>.</p>'
CLEAR = '<p>Read <a href="https://www.arnsberg.de/">the programme of the partnership</a>.</p>'


@pytest.fixture
def story(media_root):
    story = make_story([make_partnership()], published=False, title_de="Besuch", slug_de="besuch-im-mai")
    add_photo(story)  # no alternative text
    return story


def save(admin_client, story, **changes):
    url = f"/admin/stories/story/{story.pk}/change/"
    data = form_values(admin_client.get(url, HTTP_ACCEPT_LANGUAGE="de").content.decode(), "story_form")
    data.update(changes)
    return admin_client.post(url, data, HTTP_ACCEPT_LANGUAGE="de", follow=True)


def test_a_story_with_a_vague_link_and_an_undescribed_photo_is_saved_but_not_published(admin_client, story):
    answer = save(admin_client, story, body_en=VAGUE, is_published="on")
    assert answer.status_code == 200
    page = answer.content.decode()
    assert "Als Entwurf gespeichert, nicht veröffentlicht: Erst müssen 2 Fehler behoben werden." in page
    assert "„hier“" in page and "keinen Alternativtext" in page
    story.refresh_from_db()
    assert story.body_en == VAGUE and not story.is_published, "the draft is kept, unpublished"
    form = soup(admin_client.get(f"/admin/stories/story/{story.pk}/change/").content.decode())
    assert "„hier“" in form.select_one(".checks-summary").get_text()
    photo = story.photos.get()
    answer = save(
        admin_client,
        story,
        body_en=CLEAR,
        is_published="on",
        **{"photos-0-alt_de": "Der Marktplatz", "photos-0-id": photo.pk},
    )
    story.refresh_from_db()
    assert story.is_published, answer.content.decode()[:3000]


def test_a_note_left_with_a_reason_is_kept_in_the_history_and_no_longer_shown(admin_client, story):
    story.photos.update(alt_de="Der Marktplatz")
    shouting = "<p>WILLKOMMEN ALLEN BESUCHERN beim Fest.</p>"
    answer = save(admin_client, story, body_de=shouting, checks_considered="Das Motto des Festes.")
    assert answer.status_code == 200 and "Großbuchstaben" not in answer.content.decode()
    version = Version.objects.get_for_object(Story.objects.get(pk=story.pk)).first()
    assert "Hinweise bedacht: Das Motto des Festes." in version.revision.comment
    form = admin_client.get(f"/admin/stories/story/{story.pk}/change/").content.decode()
    assert "Großbuchstaben" not in form
