"""Machine drafts a translator asks for and reviews: through the configured engine (a server on
loopback speaking its API), marked on the public page until confirmed, and nothing lost when the
engine fails."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType

from milestones.models import Milestone
from tests.html import soup
from tests.workplace.test_roles import member
from translations.models import TranslationSource

pytestmark = pytest.mark.django_db
GERMAN = '<p>Besuch der Delegation in <a href="https://www.morogoromc.go.tz/">Morogoro</a>.</p>'


@pytest.fixture
def step(city_content):
    """A step whose German text changed after its English one was saved: outdated."""
    milestone = Milestone.objects.get(title_de="Delegationsbesuch Morogoro")
    milestone.description_de = GERMAN
    milestone.save()
    return milestone


def bench(step) -> str:
    kind = ContentType.objects.get_for_model(Milestone)
    return f"/admin/translate/{kind.pk}/{step.pk}/"


def source(step, field="description"):
    kind = ContentType.objects.get_for_model(Milestone)
    return TranslationSource.objects.get(content_type=kind, object_id=step.pk, field=field)


def english_timeline(client, step) -> str:
    return client.get(f"/en/timeline/{step.partnership.slug_en}/").content.decode()


def test_a_draft_of_an_outdated_step_is_marked_on_the_public_page_until_confirmed(client, engine, step):
    translator = member("Übersetzung", "tara")
    page = soup(translator.get(bench(step), HTTP_ACCEPT_LANGUAGE="de").content.decode())
    assert "English outdated" in page.select_one("#field-description").get_text() or "veraltet" in str(page)
    answer = translator.post(
        bench(step), {"action": "draft", "field": "description"}, HTTP_ACCEPT_LANGUAGE="de"
    )
    assert answer.status_code == 302
    step.refresh_from_db()
    # Only the words: the paragraph and the link stay.
    assert step.description_en == (
        '<p>Visit of the delegation in <a href="https://www.morogoromc.go.tz/">Morogoro</a>.</p>'
    )
    assert step.description_de == GERMAN, "the German text is never touched"
    assert engine.requests[-1]["body"]["format"] == "html"
    assert source(step).machine_draft
    note = soup(english_timeline(client, step)).select_one(f"#{step.anchor} .machine-note")
    assert "translated by machine" in note.get_text()
    assert note.a["href"] == f"/de/zeitleiste/{step.partnership.slug_de}/#{step.anchor}"
    assert "machine-note" not in client.get(f"/de/zeitleiste/{step.partnership.slug_de}/").content.decode()
    assert translator.post(bench(step), {"action": "confirm", "field": "description"}).status_code == 302
    assert not source(step).machine_draft
    assert "machine-note" not in english_timeline(client, step)


def test_english_written_by_a_person_is_no_longer_a_machine_draft(client, engine, step, admin_client):
    admin_client.post(bench(step), {"action": "draft", "field": "description"})
    assert source(step).machine_draft
    step.refresh_from_db()
    step.description_en = "<p>A visit of the delegation to Morogoro.</p>"
    step.save()
    assert not source(step).machine_draft and "machine-note" not in english_timeline(client, step)


@pytest.mark.parametrize(
    "mode, words",
    [("quota", "quota is used up"), ("nonsense", "cannot read"), ("hang", "did not answer in time")],
)
def test_an_engine_that_refuses_or_hangs_gets_a_clear_message_and_nothing_changes(
    admin_client, deepl, step, mode, words
):
    deepl.mode = mode
    before = Milestone.objects.values().get(pk=step.pk)
    answer = admin_client.post(bench(step), {"action": "draft"}, follow=True, HTTP_ACCEPT_LANGUAGE="en")
    deepl.release.set()
    assert answer.status_code == 200 and words in answer.content.decode()
    assert Milestone.objects.values().get(pk=step.pk) == before
    assert deepl.requests[0]["headers"]["Authorization"] == "DeepL-Auth-Key test-key:fx"


def test_markup_the_site_does_not_allow_is_cleaned_from_a_draft(admin_client, engine, step):
    engine.mode = "script"
    admin_client.post(bench(step), {"action": "draft", "field": "description"})
    step.refresh_from_db()
    assert "<script" not in step.description_en and "onerror" not in step.description_en
    assert "Visit of the delegation" in step.description_en


def test_without_an_engine_there_is_no_draft_button_and_posting_one_writes_nothing(admin_client, step):
    page = admin_client.get(bench(step), HTTP_ACCEPT_LANGUAGE="de").content.decode()
    assert 'value="draft"' not in page
    admin_client.post(bench(step), {"action": "draft", "field": "description"})
    step.refresh_from_db()
    assert step.description_en != "" and not source(step).machine_draft


def test_only_those_who_may_change_the_kind_reach_the_workbench(client, engine, step):
    nobody = get_user_model().objects.create_user("nora", password="x", is_staff=True)
    client.force_login(nobody)
    assert client.get(bench(step)).status_code == 403
    assert client.post(bench(step), {"action": "draft"}).status_code == 403
    assert not engine.requests
    editor = member("Redaktion", "erik")
    kind = ContentType.objects.get_for_model(Milestone)
    assert editor.get(f"/admin/translate/{kind.pk}/999999/").status_code == 404
    assert editor.get("/admin/translate/999999/1/").status_code == 404
    assert editor.post(bench(step), {"action": "draft", "field": "slug"}).status_code == 302
    assert not engine.requests, "a field that is not translated is not drafted"


def test_the_form_leads_to_the_workbench_and_the_status_page_drafts_everything_outdated(
    admin_client, engine, step
):
    form = soup(admin_client.get(f"/admin/milestones/milestone/{step.pk}/change/").content.decode())
    assert form.select_one(f".object-tools a[href='{bench(step)}']")
    answer = admin_client.post(
        "/admin/translation-status/draft-outdated/", follow=True, HTTP_ACCEPT_LANGUAGE="de"
    )
    assert "1 Eintrag vorübersetzt" in answer.content.decode()
    step.refresh_from_db()
    assert step.description_en.startswith("<p>Visit of the delegation") and source(step).machine_draft
    page = soup(answer.content.decode())
    assert page.select_one("#status-milestone td.machine").get_text() == "Beschreibung"


def test_a_drafted_row_of_a_form_marks_the_page_that_shows_it(client, engine, admin_client, city_content):
    from partnerships.models import Fact

    fact = Fact.objects.filter(partnership__slug_de="morogoro").first()
    fact.value_en = ""
    fact.save()
    kind = ContentType.objects.get_for_model(Fact)
    admin_client.post(f"/admin/translate/{kind.pk}/{fact.pk}/", {"action": "draft"})
    fact.refresh_from_db()
    assert fact.value_en and "machine-note" in client.get("/en/partnerships/morogoro/").content.decode()
