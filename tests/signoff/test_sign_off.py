"""Sign-off (four eyes): with DJANGO_SIGN_OFF=1 an editor's change to public content waits, the live
version unchanged, until a member of "Freigabe" publishes it or sends it back; off by default."""

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from reversion.models import Version

from partnerships.models import Fact, Partnership
from signoff.models import SignOff
from stories.models import Story
from tests.admin_forms import form_values, resubmit
from tests.factories import make_partnership, make_story
from tests.html import soup

pytestmark = pytest.mark.django_db


def member(django_user_model, name, *groups):
    user = django_user_model.objects.create_user(name, f"{name}@arnsberg.de", "pw", is_staff=True)
    user.groups.add(*Group.objects.filter(name__in=["Redaktion", *groups]))
    return user


@pytest.fixture
def erika(django_user_model, settings):
    settings.SIGN_OFF = True
    return member(django_user_model, "erika")


@pytest.fixture
def sigrid(django_user_model):
    return member(django_user_model, "sigrid", "Freigabe")


def signed_in(client, user):
    client.force_login(user)
    return client


def test_an_editors_change_stays_unpublished_until_a_second_person_publishes_it(client, erika, sigrid):
    story = make_story([make_partnership()], title_de="Besuch im Mai", slug_de="besuch")
    url = f"/admin/stories/story/{story.pk}/change/"
    answer = resubmit(
        signed_in(client, erika), url, "story_form", title_de="Besuch im Juni", sign_off_note="Datum"
    )
    assert answer.status_code == 302
    assert Story.objects.get(pk=story.pk).title_de == "Besuch im Mai", "the live version stays"
    assert "Besuch im Mai" in client.get(story.get_absolute_url()).content.decode()
    waiting = SignOff.objects.get()
    assert (waiting.state, waiting.submitted_by, waiting.note) == ("waiting", erika, "Datum")
    assert sigrid.email in mail.outbox[0].to and "Besuch im Mai" in mail.outbox[0].subject
    review = f"/admin/signoff/signoff/{waiting.pk}/change/"
    assert client.post(review, {"publish": "1"}).status_code == 403, "not by the editor herself"
    page = soup(signed_in(client, sigrid).get(review, HTTP_ACCEPT_LANGUAGE="de").content)
    assert "<del>Mai</del><ins>Juni</ins>" in str(page.select_one(".word-diff")).replace(" ", "")
    answer = client.post(review, {"publish": "1", "comment": "Passt."})
    assert answer.status_code == 302
    story.refresh_from_db()
    assert story.title_de == "Besuch im Juni" and story.is_published
    comments = [v.revision.comment for v in Version.objects.get_for_object(story)[:2]]
    assert comments[0] == "Freigegeben und veröffentlicht von sigrid. Passt."
    assert comments[1].startswith("Zur Freigabe eingereichte Änderung.")
    assert SignOff.objects.get().state == "published"


def test_rows_the_change_removes_and_changes_are_held_and_then_applied(client, erika, sigrid, city_content):
    morogoro = Partnership.objects.get(slug_de="morogoro")
    facts = list(morogoro.facts.order_by("ordering", "pk"))
    url = f"/admin/partnerships/partnership/{morogoro.pk}/change/"
    data = form_values(signed_in(client, erika).get(url).content.decode(), "partnership_form")
    prefix = next(
        name[: -len("-TOTAL_FORMS")] for name in data if name.endswith("-TOTAL_FORMS") and "fact" in name
    )
    rows = {data[f"{prefix}-{i}-id"][0]: i for i in range(len(facts))}
    data[f"{prefix}-{rows[str(facts[0].pk)]}-DELETE"] = ["on"]
    data[f"{prefix}-{rows[str(facts[1].pk)]}-value_de"] = ["rund 340.000"]
    assert client.post(url, data).status_code == 302
    assert (
        Fact.objects.filter(pk=facts[0].pk).exists()
        and Fact.objects.get(pk=facts[1].pk).value_de != "rund 340.000"
    )
    waiting = SignOff.objects.get()
    signed_in(client, sigrid).post(f"/admin/signoff/signoff/{waiting.pk}/change/", {"publish": "1"})
    assert not Fact.objects.filter(pk=facts[0].pk).exists()
    assert Fact.objects.get(pk=facts[1].pk).value_de == "rund 340.000"


def test_a_draft_ticked_published_is_submitted_and_published_by_the_second_person(client, erika, sigrid):
    story = make_story([make_partnership()], published=False, slug_de="entwurf")
    url = f"/admin/stories/story/{story.pk}/change/"
    resubmit(signed_in(client, erika), url, "story_form", is_published="on", title_de="Neuer Bericht")
    story.refresh_from_db()
    assert (story.title_de, story.is_published) == ("Neuer Bericht", False), "saved, not published"
    waiting = SignOff.objects.get()
    assert waiting.versions == [] and waiting.publish
    signed_in(client, sigrid).post(f"/admin/signoff/signoff/{waiting.pk}/change/", {"publish": "1"})
    assert Story.objects.get(pk=story.pk).is_published


def test_sent_back_with_a_comment_the_live_version_never_changed(client, erika, sigrid):
    story = make_story([make_partnership()], title_de="Besuch im Mai", slug_de="besuch")
    resubmit(
        signed_in(client, erika), f"/admin/stories/story/{story.pk}/change/", "story_form", title_de="Falsch"
    )
    waiting = SignOff.objects.get()
    review = f"/admin/signoff/signoff/{waiting.pk}/change/"
    signed_in(client, sigrid)
    client.post(review, {"send_back": "1", "comment": ""})
    assert SignOff.objects.get().state == "waiting", "a comment is needed"
    client.post(review, {"send_back": "1", "comment": "Bitte das Datum prüfen."})
    assert SignOff.objects.get().state == "returned"
    assert Story.objects.get(pk=story.pk).title_de == "Besuch im Mai"
    returned = mail.outbox[-1]
    assert returned.to == [erika.email] and "Bitte das Datum prüfen." in returned.body
    assert client.post(review, {"publish": "1"}).status_code == 403, "decided once"
    listing = signed_in(client, erika).get("/admin/signoff/signoff/").content.decode()
    assert "Besuch im Mai" in listing, "the editor sees her own changes"


def test_off_by_default_an_editors_change_goes_live(client, django_user_model):
    erika = member(django_user_model, "erika")
    story = make_story([make_partnership()], title_de="Besuch im Mai", slug_de="besuch")
    resubmit(
        signed_in(client, erika), f"/admin/stories/story/{story.pk}/change/", "story_form", title_de="Juni"
    )
    assert Story.objects.get(pk=story.pk).title_de == "Juni" and not SignOff.objects.exists()


def test_members_of_freigabe_publish_directly(client, erika, sigrid):
    story = make_story([make_partnership()], title_de="Besuch im Mai", slug_de="besuch")
    resubmit(
        signed_in(client, sigrid), f"/admin/stories/story/{story.pk}/change/", "story_form", title_de="Juni"
    )
    assert Story.objects.get(pk=story.pk).title_de == "Juni" and not SignOff.objects.exists()


def test_a_restore_by_an_editor_waits_too(client, erika, sigrid):
    story = make_story([make_partnership()], title_de="Besuch im Mai", slug_de="besuch")
    url = f"/admin/stories/story/{story.pk}/change/"
    resubmit(signed_in(client, sigrid), url, "story_form", title_de="Besuch am 3. Mai")
    resubmit(client, url, "story_form", title_de="Besuch im Juni")
    first = Version.objects.get_for_object(story).order_by("pk").first()
    restore = f"/admin/stories/story/{story.pk}/history/{first.pk}/"
    assert resubmit(signed_in(client, erika), restore, "story_form").status_code == 302
    assert Story.objects.get(pk=story.pk).title_de == "Besuch im Juni", "the live version stays"
    waiting = SignOff.objects.get()
    signed_in(client, sigrid).post(f"/admin/signoff/signoff/{waiting.pk}/change/", {"publish": "1"})
    assert Story.objects.get(pk=story.pk).title_de == "Besuch am 3. Mai"


def test_a_draft_with_errors_is_neither_submitted_nor_published(client, erika, sigrid):
    story = make_story([make_partnership()], published=False, slug_de="entwurf")
    url = f"/admin/stories/story/{story.pk}/change/"
    vague = '<p>Mehr <a href="https://www.arnsberg.de/">hier</a>.</p>'
    resubmit(signed_in(client, erika), url, "story_form", is_published="on", body_de=vague)
    assert not SignOff.objects.exists()
    resubmit(client, url, "story_form", is_published="on", body_de="<p>Was geschah.</p>")
    waiting = SignOff.objects.get()
    Story.objects.filter(pk=story.pk).update(body_de=vague)  # changed since, as by a colleague
    signed_in(client, sigrid).post(f"/admin/signoff/signoff/{waiting.pk}/change/", {"publish": "1"})
    assert not Story.objects.get(pk=story.pk).is_published and SignOff.objects.get().state == "waiting"
    start = client.get("/admin/", HTTP_ACCEPT_LANGUAGE="de").content.decode()
    assert "1 Änderung wartet auf Freigabe" in start
