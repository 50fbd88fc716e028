"""A translator writes their own language only, on the translators' pages too: a Romanian translator's
machine draft, confirmation or translation file never touches the English texts."""

import pytest

from milestones.models import Milestone
from tests.translation_files.test_xliff import GERMAN, exported, sent_back
from tests.translations.engine_server import fake_translation
from tests.translations.test_machine_drafts import bench, source
from tests.workplace.test_roles import member

pytestmark = pytest.mark.django_db


@pytest.fixture
def step(city_content):
    milestone = Milestone.objects.get(title_de="Delegationsbesuch Morogoro")
    milestone.description_de = GERMAN
    milestone.save()
    return milestone


def test_a_romanian_translator_drafts_confirms_and_imports_no_english(engine, step, partner_languages):
    english = step.description_en
    romanian = member("Übersetzung Rumänisch", "radu")
    for action in ("draft", "confirm"):
        answer = romanian.post(bench(step), {"action": action, "field": ""}, HTTP_ACCEPT_LANGUAGE="de")
        assert answer.status_code == 302
        page = romanian.get(answer["Location"], HTTP_ACCEPT_LANGUAGE="de").content.decode()
        assert "Sie dürfen die Texte dieser Sprache nicht ändern" in page
    romanian.post("/admin/translation-status/draft-outdated/", HTTP_ACCEPT_LANGUAGE="de")
    assert engine.requests == []
    file = exported(member("Übersetzung", "tara"))
    for unit in file.units:
        unit.target = fake_translation(unit.source, html=True)
    assert "Sie dürfen die Texte dieser Sprache nicht ändern" in sent_back(romanian, file).content.decode()
    step.refresh_from_db()
    assert step.description_en == english and not source(step).machine_draft
