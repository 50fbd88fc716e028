"""Per language: a translator writes their own language only, on the translators' pages too, and the
workbench, machine drafts, memory, glossary, status page and XLIFF files work for Romanian (from the
German, or from the English the translator chose) as they do for English."""

import pytest
from translate.storage import xliff

from milestones.models import Milestone
from tests.html import soup
from tests.translation_files.test_xliff import EXPORT, GERMAN, sent_back
from tests.translations.engine_server import fake_translation
from tests.translations.test_machine_drafts import bench
from tests.workplace.test_roles import member
from translations.models import GlossaryTerm, TranslationSource
from translations.status import status

pytestmark = pytest.mark.django_db
ENGLISH = '<p>Visit of the delegation in <a href="https://www.morogoromc.go.tz/">Morogoro</a>.</p>'


@pytest.fixture
def step(city_content, partner_languages):
    milestone = Milestone.objects.get(title_de="Delegationsbesuch Morogoro")
    milestone.description_de = GERMAN
    milestone.description_en = ENGLISH
    milestone.save()
    return milestone


def romanian():
    return member("Übersetzung Rumänisch", "radu")


def test_a_romanian_translator_drafts_confirms_and_imports_no_english(engine, step):
    english, translator = step.description_en, romanian()
    for action in ("draft", "confirm"):
        answer = translator.post(
            bench(step), {"action": action, "field": "", "language": "en"}, HTTP_ACCEPT_LANGUAGE="de"
        )
        page = translator.get(answer["Location"], HTTP_ACCEPT_LANGUAGE="de").content.decode()
        assert "Sie dürfen die Texte dieser Sprache nicht ändern" in page
    translator.post("/admin/translation-status/draft-outdated/", {"language": "en"})
    assert engine.requests == []
    file = xliff.xlifffile.parsestring(member("Übersetzung", "tara").get(EXPORT).content)
    for unit in file.units:
        unit.target = fake_translation(unit.source, html=True)
    assert "Sie dürfen die Texte dieser Sprache nicht ändern" in sent_back(translator, file).content.decode()
    step.refresh_from_db()
    assert step.description_en == english
    assert not TranslationSource.objects.filter(machine_draft=True).exists()


def test_a_romanian_draft_from_the_english_is_marked_on_the_romanian_page(client, engine, step):
    translator = romanian()
    page = soup(translator.get(bench(step), {"source": "en"}, HTTP_ACCEPT_LANGUAGE="de").content.decode())
    assert page.select_one("#field-description td[lang='en']"), "the English is shown as the source"
    translator.post(
        bench(step), {"action": "draft", "field": "description", "language": "ro", "source": "en"}
    )
    sent = engine.requests[-1]["body"]
    assert (sent["source"], sent["target"], sent["q"]) == ("en", "ro", [ENGLISH])
    step.refresh_from_db()
    assert step.description_ro == ENGLISH and step.description_en == ENGLISH, "only the Romanian is written"
    drafted = TranslationSource.objects.get(object_id=step.pk, field="description", language="ro")
    assert drafted.machine_draft
    timeline = f"/ro/cronologie/{step.partnership.slug_de}/"
    assert "machine-note" in client.get(timeline).content.decode()
    assert "machine-note" not in client.get(f"/en/timeline/{step.partnership.slug_en}/").content.decode()
    translator.post(bench(step), {"action": "confirm", "field": "description", "language": "ro"})
    drafted.refresh_from_db()
    assert not drafted.machine_draft


def test_the_status_page_and_the_glossary_speak_per_language(step):
    GlossaryTerm.objects.create(german="Delegation", english="delegation", romanian="delegația")
    missing = {row.object for entry in status("ro") for row in entry.rows if row.missing}
    assert step in missing and step not in {r.object for e in status("en") for r in e.rows if r.missing}
    translator = romanian()
    page = translator.get("/admin/translation-status/", HTTP_ACCEPT_LANGUAGE="de").content.decode()
    assert "Rumänisch" in soup(page).select_one(".translation-languages strong").get_text()
    step.description_ro = "<p>Vizita în Morogoro.</p>"
    step.save()
    form = translator.get(f"/admin/milestones/milestone/{step.pk}/change/", HTTP_ACCEPT_LANGUAGE="de")
    assert "„Delegation“ → “delegația”" in form.content.decode()


def test_an_agency_translates_romanian_from_the_english_through_xliff(step):
    translator = romanian()
    answer = translator.get(EXPORT, {"language": "ro", "source": "en"})
    assert answer["Content-Disposition"].endswith("rumaenisch-" + answer["Content-Disposition"][-15:])
    file = xliff.xlifffile.parsestring(answer.content)
    assert (file.getsourcelanguage(), file.gettargetlanguage()) == ("en", "ro")
    [unit] = [u for u in file.units if u.getid().endswith(f":{step.pk}:description")]
    assert unit.source == ENGLISH
    unit.target = '<p>Vizita delegației în <a href="https://www.morogoromc.go.tz/">Morogoro</a>.</p>'
    sent_back(translator, file)
    step.refresh_from_db()
    assert step.description_ro.startswith("<p>Vizita delegației") and step.description_en == ENGLISH
    kept = TranslationSource.objects.get(object_id=step.pk, field="description", language="ro")
    assert not kept.machine_draft, "an agency's translation is a person's"
    french = answer.content.replace(b'target-language="ro"', b'target-language="fr"')
    file = xliff.xlifffile.parsestring(french)
    refused = sent_back(translator, file)
    assert refused.status_code == 400 and "kein Paar, das diese Website übersetzt" in refused.content.decode()
