"""The glossary: machine drafts keep its terms, and the translator's form warns where an English text
does not use the term its German source uses."""

import pytest

from tests.html import soup
from tests.translations.test_machine_drafts import bench, step  # noqa: F401 (a fixture)
from translations.models import GlossaryTerm

pytestmark = pytest.mark.django_db


@pytest.fixture
def terms(db):
    GlossaryTerm.objects.create(german="Besuch der Delegation", english="official delegation visit")
    GlossaryTerm.objects.create(german="Weltwerkstatt", english="Weltwerkstatt")


def test_a_machine_draft_keeps_the_glossarys_terms(admin_client, engine, step, terms):  # noqa: F811
    admin_client.post(bench(step), {"action": "draft", "field": "description"})
    step.refresh_from_db()
    assert step.description_en.startswith("<p>official delegation visit in <a href=")
    sent = engine.requests[-1]["body"]["q"][0]
    assert "official delegation visit" in sent and 'href="https://www.morogoromc.go.tz/"' in sent


def test_the_form_and_the_workbench_warn_where_a_term_is_not_used(admin_client, step, terms):  # noqa: F811
    step.description_en = "<p>A visit of the delegation to Morogoro.</p>"
    step.save()
    form = admin_client.get(f"/admin/milestones/milestone/{step.pk}/change/", HTTP_ACCEPT_LANGUAGE="de")
    assert "Glossar: Der englische Text verwendet nicht „Besuch der Delegation“" in form.content.decode()
    page = soup(admin_client.get(bench(step), HTTP_ACCEPT_LANGUAGE="de").content.decode())
    assert "official delegation visit" in page.select_one("#field-description").get_text()


def test_a_term_is_in_the_glossary_once(admin_client, terms):
    answer = admin_client.post(
        "/admin/translations/glossaryterm/add/",
        {"german": "weltwerkstatt", "english": "World workshop"},
        HTTP_ACCEPT_LANGUAGE="de",
    )
    assert answer.status_code == 200 and "bereits im Glossar" in answer.content.decode()
    assert GlossaryTerm.objects.count() == 2


def test_deepl_gets_the_glossary_as_its_own_made_once(admin_client, deepl, step, terms):  # noqa: F811
    admin_client.post(bench(step), {"action": "draft", "field": "description"})
    step.refresh_from_db()
    assert step.description_en.startswith("<p>official delegation visit in <a href=")
    made = [r for r in deepl.requests if r["path"] == "/v2/glossaries"]
    assert len(made) == 1 and "Besuch der Delegation\tofficial delegation visit" in made[0]["body"]["entries"]
    translated = [r for r in deepl.requests if r["path"] == "/v2/translate"]
    assert translated[-1]["body"]["glossary_id"] == "glossary-1"
    assert "Besuch der Delegation" in translated[-1]["body"]["text"][0], "DeepL applies it, not the site"
    admin_client.post(bench(step), {"action": "draft", "field": "title"})
    assert len([r for r in deepl.requests if r["path"] == "/v2/glossaries"]) == 1


def test_a_glossary_deleted_at_deepl_is_made_anew(admin_client, deepl, step, terms):  # noqa: F811
    admin_client.post(bench(step), {"action": "draft", "field": "title"})
    deepl.glossaries.clear()
    admin_client.post(bench(step), {"action": "draft", "field": "description"})
    step.refresh_from_db()
    assert step.description_en.startswith("<p>official delegation visit")
