"""What changed, and what was said before: the German words changed since the English text was saved,
and English sentences already used on the site for the same or a very similar German sentence."""

import pytest

from milestones.models import Milestone
from tests.html import soup
from tests.translations.test_machine_drafts import bench
from translations import memory

pytestmark = pytest.mark.django_db


@pytest.fixture
def step(city_content):
    milestone = Milestone.objects.get(title_de="Delegationsbesuch Morogoro")
    milestone.description_de = "<p>Die Delegation besuchte Schulen in Arnsberg.</p>"
    milestone.description_en = "<p>The delegation visited schools in Arnsberg.</p>"
    milestone.save()
    return milestone


def test_an_outdated_text_shows_the_german_words_that_changed(admin_client, step):
    step.description_de = "<p>Die Delegation besuchte Schulen und Vereine in Arnsberg.</p>"
    step.save()
    row = soup(admin_client.get(bench(step), HTTP_ACCEPT_LANGUAGE="de").content.decode()).select_one(
        "#field-description"
    )
    changed = row.select_one(".translation-workbench__changed")
    assert [ins.get_text() for ins in changed.select("ins")] == ["und Vereine "]
    assert not changed.select("del") and "<p>" not in changed.get_text()


def test_the_memory_offers_an_english_sentence_used_elsewhere(admin_client, step):
    other = Milestone.objects.get(title_de="Auftaktkonferenz aller 16 Partnerstädte")
    other.description_de = "<p>Schulen und Vereine sind willkommen. Die Stadt lädt ein.</p>"
    other.description_en = "<p>Schools and associations are welcome. The city invites you.</p>"
    other.save()
    step.description_de = "<p>Die Delegation kam im Mai. Schulen und Vereine sind herzlich willkommen.</p>"
    step.save()
    found = memory.suggestions(step.description_de, memory.pairs())
    ((sentence, english, score),) = found
    assert sentence == "Schulen und Vereine sind herzlich willkommen."
    assert english == "Schools and associations are welcome." and 85 <= score < 100
    page = soup(admin_client.get(bench(step), HTTP_ACCEPT_LANGUAGE="de").content.decode())
    offered = page.select_one("#field-description .translation-workbench__memory").get_text(" ", strip=True)
    assert "Schools and associations are welcome." in offered and f"{score} % Übereinstimmung" in offered


def test_machine_drafts_and_outdated_texts_are_not_remembered(step):
    step.description_de = "<p>Ganz neu.</p>"
    step.save()
    assert "Ganz neu." not in memory.pairs()
    assert "Die Delegation besuchte Schulen in Arnsberg." not in memory.pairs(), "its English is outdated"
