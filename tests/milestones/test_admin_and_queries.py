import datetime

import pytest

from milestones.models import Milestone, Phase
from partnerships.models import Partnership
from tests.factories import make_partnership, make_phase
from tests.html import soup, texts


def add_milestone(admin_client, **dates):
    partnership, phase = make_partnership(), make_phase()
    form = {
        "partnership": partnership.pk,
        "phase": phase.pk,
        "title_de": "Besuch",
        "ordering": "0",
        "is_published": "on",
        **dates,
    }
    return admin_client.post("/admin/milestones/milestone/add/", form, HTTP_ACCEPT_LANGUAGE="de")


@pytest.mark.parametrize(
    ("dates", "message"),
    [
        (
            {"start_date": "2024-02-17", "end_date": "2024-02-10"},
            "Das Ende darf nicht vor dem Beginn liegen.",
        ),
        ({"end_date": "2024-02-10"}, "Geben Sie einen Beginn an oder lassen Sie beide Daten leer."),
    ],
)
def test_admin_refuses_impossible_dates_with_a_clear_message(admin_client, dates, message):
    response = add_milestone(admin_client, **dates)
    assert response.status_code == 200
    errors = texts(response.content.decode(), ".errornote, .errorlist li")
    assert message in errors
    assert len(errors) == 2, "the note above the form and the one rule that was broken"
    assert not Milestone.objects.exists()


def test_a_step_that_ends_on_its_first_day_is_a_one_day_step(admin_client, client):
    response = add_milestone(admin_client, start_date="2024-07-02", end_date="2024-07-02")
    assert response.status_code == 302
    milestone = Milestone.objects.get()
    assert (milestone.start_date, milestone.end_date) == (datetime.date(2024, 7, 2), None)
    html = client.get(f"/de/zeitleiste/{milestone.partnership.slug_de}/").content.decode()
    assert texts(html, ".milestone__date") == ["02.07.2024"]


@pytest.mark.parametrize(
    ("query", "titles"),
    [
        ("?year=2023", {"Auftaktkonferenz aller 16 Partnerstädte", "Delegationsbesuch Morogoro"}),
        ("?year=abc", None),
        ("?phase__id__exact=0", set()),
    ],
)
def test_admin_list_filters_by_year_and_phase(admin_client, city_content, query, titles):
    html = admin_client.get(
        f"/admin/milestones/milestone/{query}", HTTP_ACCEPT_LANGUAGE="de"
    ).content.decode()
    listed = set(texts(html, "#result_list tbody th"))
    assert listed == (
        titles if titles is not None else set(Milestone.objects.values_list("title_de", flat=True))
    )


def test_the_year_filter_offers_the_years_that_have_steps(admin_client, city_content):
    html = admin_client.get("/admin/milestones/milestone/", HTTP_ACCEPT_LANGUAGE="de").content.decode()
    filter_block = soup(html).select_one("#changelist-filter")
    years = [a.get_text(strip=True) for a in filter_block.select("a[href*='year=']")]
    assert years == ["2024", "2023"]


def test_year_filter_keeps_only_that_year(admin_client, city_content):
    html = admin_client.get(
        "/admin/milestones/milestone/?year=2024", HTTP_ACCEPT_LANGUAGE="de"
    ).content.decode()
    assert "Entsendung von Akteur:innen" in html and "Auftaktkonferenz" not in html


def test_a_partnerships_form_links_its_steps_and_offers_to_add_one(admin_client, city_content):
    morogoro = Partnership.objects.get(slug_de="morogoro")
    html = admin_client.get(f"/admin/partnerships/partnership/{morogoro.pk}/change/").content.decode()
    assert 'name="milestones-0-title_de"' not in html
    links = [a["href"] for a in soup(html).select(".field-steps .step-list a")]
    assert links == [
        f"/admin/milestones/milestone/{step.pk}/change/" for step in morogoro.milestones.in_timeline_order()
    ]
    add = soup(html).select_one(".field-steps a.addlink")["href"]
    assert add == f"/admin/milestones/milestone/add/?partnership={morogoro.pk}"


def test_a_step_takes_only_a_phase_of_its_partnership_or_a_shared_one(admin_client, city_content):
    warren = Partnership.objects.get(slug_de="warren")
    morogoros_phase = Phase.objects.get(name_de="Anbahnungsphase")
    shared = Phase.objects.create(name_de="Gemeinsame Phase", ordering=99)
    offered = soup(
        admin_client.get(f"/admin/milestones/milestone/add/?partnership={warren.pk}").content.decode()
    )
    assert [o.get_text() for o in offered.select("#id_phase option")] == ["---------", "Gemeinsame Phase"]
    unchosen = soup(admin_client.get("/admin/milestones/milestone/add/").content.decode())
    assert [group["label"] for group in unchosen.select("#id_phase optgroup")] == [
        "Alle Partnerschaften",
        "Morogoro",
    ]
    form = {"partnership": warren.pk, "phase": morogoros_phase.pk, "title_de": "Treffen", "ordering": 0}
    response = admin_client.post("/admin/milestones/milestone/add/", form)
    assert response.status_code == 200 and not Milestone.objects.filter(title_de="Treffen").exists()
    form["phase"] = shared.pk
    assert admin_client.post("/admin/milestones/milestone/add/", form).status_code == 302


@pytest.mark.parametrize("count", [5, 500])
def test_timeline_query_count_does_not_grow(client, django_assert_max_num_queries, count, settings):
    settings.PAGE_CACHE_SECONDS = 0  # the render's own queries
    partnership, phase = make_partnership(slug_de="stadt", slug_en="town"), make_phase()
    Milestone.objects.bulk_create(
        Milestone(partnership=partnership, phase=phase, title_de=f"Schritt {i}", is_published=True)
        for i in range(count)
    )
    # Each page also asks once for the active notices and once for the footer's legal pages; a timeline
    # for the years its filter offers (and the general one for the partnerships), and for the reports
    # (stories) of the steps it shows. A partnership's page also reads its downloads and its section
    # "Taking part", and its next dates ("Nächste Termine": the steps', the events'). In production all
    # but the dates come from the shared cache (operations.page_cache.remembered), as does what an
    # English page reads in addition: which texts are unconfirmed machine drafts (translations).
    with django_assert_max_num_queries(7):
        assert client.get("/en/timeline/").status_code == 200
    with django_assert_max_num_queries(7):
        assert client.get("/en/timeline/town/").status_code == 200
    with django_assert_max_num_queries(13):
        assert client.get("/en/partnerships/town/").status_code == 200
