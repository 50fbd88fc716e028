import datetime

import pytest
from django.utils import timezone

from partnerships.models import Programme
from tests.factories import make_milestone, make_partnership, make_phase
from tests.html import soup


@pytest.fixture(autouse=True)
def uncached(settings):
    """The render's own queries: a page from the cache makes none (tests/core/test_page_cache.py)."""
    settings.PAGE_CACHE_SECONDS = 0


@pytest.mark.parametrize("count", [3, 50])
def test_overview_query_count_does_not_grow_with_partnerships(client, django_assert_num_queries, count):
    for _ in range(count):
        make_partnership()
    # introduction, sign-language video, partnerships, latest stories, upcoming dates (the timeline's
    # steps, the calendar's events); and what the shared
    # cache keeps in production: the links to "Taking part", active notices, the footer's legal pages
    with django_assert_num_queries(9):
        response = client.get("/en/")
    assert response.content.decode().count('class="card"') == count


@pytest.mark.parametrize("facts", [1, 30])
def test_partnership_page_query_count_is_fixed(client, django_assert_num_queries, facts):
    programme = Programme.objects.create(name_de="Programm")
    partnership = make_partnership(
        facts=facts, sdgs=range(1, 18), slug_de="viele-fakten", programme=programme
    )
    make_milestone(partnership, make_phase())
    # partnership with its goals' numbers, facts, latest stories, the timeline section (next step and
    # count), its next dates (steps, events), contact people; and what the shared cache keeps in
    # production: the 17 goals, active
    # notices, the footer's legal pages, its downloads and its section "Taking part"
    with django_assert_num_queries(12):
        response = client.get("/de/partnerschaften/viele-fakten/")
    assert response.status_code == 200
    assert partnership.city_de in response.content.decode()


def test_a_partnership_page_names_its_next_step_and_counts_all_in_one_query(
    client, django_assert_num_queries
):
    partnership = make_partnership(slug_de="mit-termin")
    phase = make_phase()
    ahead = timezone.localdate() + datetime.timedelta(days=30)
    make_milestone(partnership, phase, start=ahead + datetime.timedelta(days=9), title_de="Später")
    make_milestone(partnership, phase, start=ahead, title_de="Besuch")
    make_milestone(partnership, phase, start=datetime.date(2020, 1, 1), title_de="Früher")
    with django_assert_num_queries(12):
        html = client.get("/de/partnerschaften/mit-termin/").content.decode()
    section = soup(html).select_one("section[aria-labelledby=timeline-heading]")
    assert "3 Schritte" in section.get_text() and "Besuch" in section.get_text()
    assert "Später" not in section.get_text() and "Früher" not in section.get_text()
