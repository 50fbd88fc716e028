"""Review dates ("Prüfen bis"): set when content is first published, listed on the start page when due
with who changed it last, mailed once per date to the editors, and confirmed without changes in one
click that the history keeps."""

import datetime
import io

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.core.management import call_command
from reversion.models import Version

from pages.models import Page
from stories.models import Story
from tests.admin_forms import form_values
from tests.factories import make_partnership, make_story
from tests.html import soup

pytestmark = pytest.mark.django_db


@pytest.fixture
def today(time_machine):
    time_machine.move_to(datetime.datetime(2027, 3, 1, 9, 0, tzinfo=datetime.UTC), tick=False)
    return datetime.date(2027, 3, 1)


def test_publishing_sets_the_first_review_date_from_the_publication(today, settings):
    settings.REVIEW_MONTHS = 12
    story = make_story([make_partnership()], published=False)
    assert story.review_by is None, "a draft is not reviewed"
    story.is_published = True
    story.save()
    assert story.review_by == datetime.date(2028, 3, 1)
    later = make_story(
        [make_partnership()],
        slug_de="spaeter",
        publish_from=datetime.datetime(2027, 6, 15, 8, tzinfo=datetime.UTC),
    )
    assert later.review_by == datetime.date(2028, 6, 15), "counted from when it goes public"


def test_the_shipped_pages_have_review_dates(city_content):
    assert not Page.objects.filter(is_published=True, review_by__isnull=True).exists()


def test_a_page_past_its_review_date_shows_on_the_start_page(today, admin_client, admin_user):
    story = make_story([make_partnership()], title_de="Besuch im Mai")
    admin_client.post(
        f"/admin/stories/story/{story.pk}/change/",
        {
            **form_values(
                admin_client.get(f"/admin/stories/story/{story.pk}/change/").content.decode(), "story_form"
            ),
            "title_de": "Besuch im Mai 2026",
        },
    )
    Story.objects.filter(pk=story.pk).update(review_by=datetime.date(2027, 2, 1))
    make_story([make_partnership()], title_de="Noch lange gut", slug_de="gut")  # review in a year
    page = soup(admin_client.get("/admin/", HTTP_ACCEPT_LANGUAGE="de").content.decode())
    box = page.select_one(".reviews-due")
    assert box is not None
    text = " ".join(box.get_text().split())
    assert "Besuch im Mai 2026" in text and "01.02.2027 – überfällig" in text
    assert admin_user.get_username() in text, "who changed it last"
    assert "Noch lange gut" not in text


def test_reviewed_unchanged_is_one_click_and_kept_in_the_history(today, admin_client):
    story = make_story([make_partnership()], title_de="Besuch im Mai", body_de="<p>Was geschah.</p>")
    Story.objects.filter(pk=story.pk).update(review_by=datetime.date(2027, 3, 10))
    form = soup(
        admin_client.get(f"/admin/stories/story/{story.pk}/change/", HTTP_ACCEPT_LANGUAGE="de").content
    )
    button = form.select_one(".review-box button[formaction]")
    assert button["formaction"] == f"/admin/stories/story/{story.pk}/reviewed/"
    assert admin_client.get(button["formaction"]).status_code == 405, "a link may not change it"
    answer = admin_client.post(button["formaction"], {"next": "/admin/"}, HTTP_ACCEPT_LANGUAGE="de")
    assert answer.status_code == 302 and answer["Location"] == "/admin/"
    story.refresh_from_db()
    assert story.review_by == datetime.date(2028, 3, 1)
    assert story.title_de == "Besuch im Mai" and story.body_de == "<p>Was geschah.</p>"
    revision = Version.objects.get_for_object(story).first().revision
    assert revision.comment == "Geprüft ohne Änderungen; nächste Prüfung bis 01.03.2028."
    history = admin_client.get(f"/admin/stories/story/{story.pk}/history/", HTTP_ACCEPT_LANGUAGE="de")
    assert "Geprüft ohne Änderungen" in history.content.decode()
    outside = admin_client.post(
        f"/admin/stories/story/{story.pk}/reviewed/", {"next": "https://evil.example/"}
    )
    assert outside["Location"] == f"/admin/stories/story/{story.pk}/change/"
    assert admin_client.post("/admin/stories/story/999999/reviewed/").status_code == 404


def test_a_translator_cannot_confirm_a_review(today, client, django_user_model):
    story = make_story([make_partnership()])
    translator = django_user_model.objects.create_user("tina", password="pw", is_staff=True)
    translator.groups.add(Group.objects.get(name="Übersetzung"))
    client.force_login(translator)
    before = Story.objects.get(pk=story.pk).review_by
    assert client.post(f"/admin/stories/story/{story.pk}/reviewed/").status_code == 403
    assert Story.objects.get(pk=story.pk).review_by == before
    form = client.get(f"/admin/stories/story/{story.pk}/change/").content.decode()
    assert "/reviewed/" not in form
    assert "reviews-due" not in client.get("/admin/").content.decode()


def test_the_editors_are_reminded_once_per_date(today, admin_user, django_user_model):
    admin_user.email = "redaktion@arnsberg.de"
    admin_user.save()
    story = make_story([make_partnership()], title_de="Besuch im Mai")
    Story.objects.filter(pk=story.pk).update(review_by=datetime.date(2027, 3, 5))
    call_command("remind_reviews", stdout=io.StringIO())
    [message] = mail.outbox
    assert message.to == ["redaktion@arnsberg.de"]
    assert "Besuch im Mai" in message.body and "05.03.2027" in message.body
    assert f"/admin/stories/story/{story.pk}/change/" in message.body
    call_command("remind_reviews", stdout=io.StringIO())
    assert len(mail.outbox) == 1, "not every day"
    Story.objects.filter(pk=story.pk).update(review_by=datetime.date(2027, 3, 8))
    call_command("remind_reviews", stdout=io.StringIO())
    assert len(mail.outbox) == 2, "a new date is reminded again"
