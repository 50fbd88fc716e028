"""Partnerships and milestones can be public from a time and until a time, like notices."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone, translation

from milestones.models import Milestone
from partnerships.models import Partnership
from tests.factories import make_milestone, make_partnership, make_phase
from tests.html import soup, texts

HOUR = datetime.timedelta(hours=1)


def test_a_partnership_appears_at_its_time_without_a_save(client):
    partnership = make_partnership(slug_de="bald", city_de="Baldstadt", publish_from=timezone.now() + HOUR)
    assert client.get("/de/partnerschaften/bald/").status_code == 404
    assert "Baldstadt" not in client.get("/de/").content.decode()
    Partnership.objects.filter(pk=partnership.pk).update(publish_from=timezone.now() - HOUR)
    assert client.get("/de/partnerschaften/bald/").status_code == 200


def test_a_partnership_goes_at_its_end(client):
    make_partnership(slug_de="vorbei", publish_until=timezone.now() - HOUR)
    assert client.get("/de/partnerschaften/vorbei/").status_code == 404


def test_a_step_shows_in_its_window_and_only_while_its_partnership_does(client):
    partnership = make_partnership(slug_de="stadt")
    phase = make_phase()
    make_milestone(partnership, phase, title_de="Sichtbar")
    make_milestone(partnership, phase, title_de="Später sichtbar", publish_from=timezone.now() + HOUR)
    assert texts(client.get("/de/zeitleiste/stadt/").content.decode(), ".milestone__title") == ["Sichtbar"]
    Partnership.objects.filter(pk=partnership.pk).update(publish_until=timezone.now() - HOUR)
    assert list(Milestone.objects.published()) == []


def test_the_admin_lists_say_scheduled_in_words(admin_client):
    make_partnership(city_de="Baldstadt", publish_from=timezone.now() + HOUR)
    make_partnership(city_de="Jetztstadt")
    html = admin_client.get("/admin/partnerships/partnership/", HTTP_ACCEPT_LANGUAGE="de").content.decode()
    rows = {
        row.select_one("th").get_text(strip=True): row.select_one("td.field-publication").get_text(strip=True)
        for row in soup(html).select("#result_list tbody tr")
    }
    assert rows == {"Baldstadt": "geplant", "Jetztstadt": "läuft jetzt"}
    scheduled = admin_client.get("/admin/partnerships/partnership/?status=scheduled").content.decode()
    assert "Baldstadt" in scheduled and "Jetztstadt" not in scheduled


def test_an_end_before_the_start_is_refused():
    now = timezone.now()
    partnership = make_partnership(publish_from=now, publish_until=now + HOUR)
    partnership.publish_until = now - HOUR
    with pytest.raises(ValidationError) as refused:
        partnership.full_clean()
    assert refused.value.messages == ["„Öffentlich bis“ muss nach „öffentlich ab“ liegen."]


def test_the_publication_query_kept_by_the_process_asks_for_the_time_of_each_run(monkeypatch):
    """The site builds "public now" once per process (publishing.publishing.PublishableManager): a step
    scheduled for later appears when its time comes, and a partnership whose time is over goes,
    although the query was built before."""
    now = timezone.now()
    partnership = make_partnership(publish_until=now + 2 * HOUR)
    step = make_milestone(partnership, make_phase(), publish_from=now + HOUR)
    assert list(Milestone.objects.published()) == []
    monkeypatch.setattr(timezone, "now", lambda: now + 90 * datetime.timedelta(minutes=1))
    assert list(Milestone.objects.published()) == [step]
    monkeypatch.setattr(timezone, "now", lambda: now + 3 * HOUR)
    assert list(Milestone.objects.published()) == []
    assert list(Partnership.objects.published()) == []


def test_the_kept_publication_query_sorts_by_the_names_of_the_language_asked_for():
    make_partnership(city_de="Aachen", city_en="Zurich", ordering=0)
    make_partnership(city_de="Zwickau", city_en="Aberdeen", ordering=0)
    with translation.override("de"):
        assert [p.city for p in Partnership.objects.published()] == ["Aachen", "Zwickau"]
    with translation.override("en"):
        assert [p.city for p in Partnership.objects.published()] == ["Aberdeen", "Zurich"]


def test_the_search_finds_a_partnership_in_its_window_with_nothing_saved(monkeypatch):
    """The search too keeps what it builds once per process (search.engine._shown_texts)."""
    from search import declaration, engine

    now = timezone.now()
    make_partnership(city_de="Baldstadt", publish_from=now + HOUR, publish_until=now + 3 * HOUR)

    def found():
        with translation.override("de"):
            return [hit.title.text for hit in engine.search(declaration.sources(), "Baldstadt")]

    assert found() == []
    monkeypatch.setattr(timezone, "now", lambda: now + 2 * HOUR)
    assert found() == ["Baldstadt"]
    monkeypatch.setattr(timezone, "now", lambda: now + 4 * HOUR)
    assert found() == []
