import pytest

from milestones.models import Milestone
from partnerships.models import Partnership
from tests.factories import make_partnership, make_phase


def test_admin_refuses_an_end_before_the_start_with_a_clear_message(admin_client):
    partnership, phase = make_partnership(), make_phase()
    response = admin_client.post(
        "/admin/milestones/milestone/add/",
        {
            "partnership": partnership.pk,
            "phase": phase.pk,
            "title_de": "Besuch",
            "start_date": "2024-02-17",
            "end_date": "2024-02-10",
            "ordering": "0",
        },
        HTTP_ACCEPT_LANGUAGE="de",
    )
    assert response.status_code == 200
    assert "Das Ende darf nicht vor dem Beginn liegen." in response.content.decode()
    assert not Milestone.objects.exists()


@pytest.mark.parametrize("query", ["", "?year=2023", "?year=abc", "?phase__id__exact=1"])
def test_admin_list_filters_by_partnership_phase_and_year(admin_client, city_content, query):
    response = admin_client.get(f"/admin/milestones/milestone/{query}")
    assert response.status_code in (200, 302)


def test_year_filter_keeps_only_that_year(admin_client, city_content):
    html = admin_client.get(
        "/admin/milestones/milestone/?year=2024", HTTP_ACCEPT_LANGUAGE="de"
    ).content.decode()
    assert "Entsendung von Akteur:innen" in html and "Auftaktkonferenz" not in html


def test_milestones_are_edited_inline_on_the_partnership(admin_client, city_content):
    morogoro = Partnership.objects.get(slug_de="morogoro")
    html = admin_client.get(f"/admin/partnerships/partnership/{morogoro.pk}/change/").content.decode()
    assert 'name="milestones-0-title_de"' in html


@pytest.mark.parametrize("count", [5, 500])
def test_timeline_query_count_does_not_grow(client, django_assert_max_num_queries, count):
    partnership, phase = make_partnership(slug_de="stadt", slug_en="town"), make_phase()
    Milestone.objects.bulk_create(
        Milestone(partnership=partnership, phase=phase, title_de=f"Schritt {i}", is_published=True)
        for i in range(count)
    )
    # Each page also asks once for the active notices.
    with django_assert_max_num_queries(2):
        assert client.get("/en/timeline/").status_code == 200
    with django_assert_max_num_queries(3):
        assert client.get("/en/timeline/town/").status_code == 200
    with django_assert_max_num_queries(6):
        assert client.get("/en/partnerships/town/").status_code == 200
