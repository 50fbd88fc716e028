"""The site's search: German and English, stemmed, compounds found by their parts, escaped snippets."""

import pytest

from milestones.models import Milestone
from search import declaration
from tests.factories import make_milestone, make_partnership, make_phase
from tests.html import soup, texts


def titles(client, path, query):
    return texts(client.get(path, {"q": query}).content.decode(), ".search-result__title")


@pytest.mark.parametrize(
    ("path", "query", "expected"),
    [
        ("/de/suche/", "Abfall", {"Morogoro"}),
        ("/de/suche/", "Klima", {"Morogoro", "Warren", "Alba Iulia"}),
        ("/de/suche/", "Partnerschaft", {"Morogoro", "Alba Iulia", "Warren"}),
        # What the pages show besides their own fields: the kind, the section "Mitmachen" and its text.
        ("/de/suche/", "Klimapartnerschaft", {"Warren"}),
        ("/de/suche/", "Schule", {"Morogoro"}),
        ("/de/suche/", "Schulen", {"Morogoro"}),
        ("/de/suche/", "Mitmachen", {"Morogoro"}),
        ("/en/search/", "climate partnership", {"Warren"}),
        ("/en/search/", "taking part", {"Morogoro"}),
        ("/en/search/", "waste", {"Morogoro"}),
        ("/en/search/", "climate", {"Warren", "Morogoro", "Alba Iulia"}),
    ],
)
def test_the_city_content_is_found_in_both_languages(client, city_content, path, query, expected):
    assert expected <= set(titles(client, path, query))


def test_every_page_has_the_search_box_and_it_leads_to_the_results(client, city_content):
    for home, results in (("/de/", "/de/suche/"), ("/en/", "/en/search/")):
        form = soup(client.get(home).content.decode()).select_one("header form[role=search]")
        assert form["action"] == results and form["method"] == "get" and form.select_one("input[name=q]")


def test_a_word_is_found_inside_a_compound(client):
    make_partnership(slug_de="klima", city_de="Klimapartnerschaftsstadt")
    assert "Klimapartnerschaftsstadt" in titles(client, "/de/suche/", "partnerschaft")


def test_several_word_parts_must_all_be_inside_the_texts(client):
    make_partnership(slug_de="klima", city_de="Klimapartnerschaftsstadt", body_de="<p>Wasser</p>")
    make_partnership(slug_de="schule", city_de="Schulpartnerschaftsstadt", body_de="<p>Wasser</p>", sdgs=())
    assert titles(client, "/de/suche/", "partnerschaft klima") == ["Klimapartnerschaftsstadt"]


def test_an_english_search_reads_the_german_text_an_english_page_falls_back_to(client):
    make_partnership(city_en="Well town", body_de="<p>Trinkwasserversorgung</p>", body_en="")
    assert titles(client, "/en/search/", "Trinkwasserversorgung") == ["Well town"]


def test_an_edited_text_is_found_by_its_new_words_at_once(client):
    """Found by the stem only ("singing" is not inside "sings"): the stored vector follows each save."""
    town = make_partnership(city_en="Choir town", body_en="<p>The choir sings.</p>")
    assert titles(client, "/en/search/", "singing") == ["Choir town"]
    town.body_en = "<p>The choir rests.</p>"
    town.save()
    assert titles(client, "/en/search/", "singing") == []
    assert titles(client, "/en/search/", "resting") == ["Choir town"]


def test_a_title_counts_more_than_a_body(client):
    make_partnership(slug_de="a", city_de="Irgendwo", body_de="<p>Vom Solarstrom erzählt der Text.</p>")
    make_partnership(slug_de="b", city_de="Solarstrom")
    assert titles(client, "/de/suche/", "Solarstrom") == ["Solarstrom", "Irgendwo"]


def test_results_name_their_kind_and_mark_the_words_in_an_escaped_snippet(client):
    town = make_partnership(slug_de="stadt", body_de="<p>Hier geht es um <b>Abfall</b> &amp; Müll.</p>")
    make_milestone(town, make_phase(), title_de="Abfallwerkstatt", description_de="<p>Treffen</p>")
    html = client.get("/de/suche/", {"q": "<b>Abfall</b>"}).content.decode()
    page = soup(html)
    kinds = texts(html, ".search-result__kind")
    assert "Partnerschaft" in kinds and "Meilenstein" in kinds
    assert "<b>Abfall</b>" not in html.split("<main")[1]
    assert [mark.get_text() for mark in page.select(".search-result__snippet mark")][:1] == ["Abfall"]


@pytest.mark.parametrize("query", ["", "   ", "\x00", "'\"&|!():*", "x" * 1000, "١٢", "🙂"])
def test_odd_queries_get_a_polite_page(client, city_content, query):
    response = client.get("/de/suche/", {"q": query})
    assert response.status_code == 200
    assert soup(response.content.decode()).select_one("meta[name=robots]")["content"] == "noindex"


def test_a_long_query_is_cut_and_said_so(client, city_content):
    html = client.get("/de/suche/", {"q": "Morogoro " + "x" * 200}).content.decode()
    assert "nach ihren ersten 100 Zeichen" in html


def test_a_misspelling_gets_a_suggestion(client, city_content):
    page = soup(client.get("/de/suche/", {"q": "Morogoor"}).content.decode())
    link = page.select_one("main a[href^='/de/suche/?q=']")
    assert link.get_text() == "Morogoro"


def test_what_is_not_public_is_not_found(client):
    make_partnership(slug_de="geheim", city_de="Geheimstadt", published=False)
    assert titles(client, "/de/suche/", "Geheimstadt") == []


@pytest.mark.parametrize("language", ["de", "en"])
@pytest.mark.parametrize(
    ("model", "index"),
    [
        ("partnerships.Partnership", "partnership"),
        ("milestones.Milestone", "milestone"),
        ("pages.Page", "page"),
    ],
)
def test_the_words_are_looked_up_through_each_models_gin_index(model, index, language):
    """The words are matched in the stored vector the index holds (with sequential scans off,
    PostgreSQL takes any index that can serve)."""
    from django.apps import apps
    from django.contrib.postgres.search import SearchQuery
    from django.db import connection

    from search.engine import CONFIGS

    source = apps.get_model(model)
    terms = SearchQuery("Klima", config=CONFIGS[language], search_type="websearch")
    found = source.objects.filter(**{f"search_{language}": terms}).order_by()
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
        plan = found.values("pk").explain()
    assert f"{index}_search_{language}" in plan


def test_many_results_come_a_page_at_a_time_best_first(client):
    for n in range(25):
        make_partnership(slug_de=f"schule-{n}", city_de=f"Ort {n}", body_de=f"<p>Schulpartnerschaft {n}.</p>")
    make_partnership(slug_de="schulstadt", city_de="Schulpartnerschaft")  # in its title: ranked first
    first = client.get("/de/suche/", {"q": "Schulpartnerschaft"}).content.decode()
    status = texts(first, "[role=status]")[0]
    assert "26 Treffer" in status and "Seite 1 von 2" in status
    assert len(texts(first, ".search-result__title")) == 20
    assert texts(first, ".search-result__title")[0] == "Schulpartnerschaft"
    assert soup(first).select_one(".pages-nav a[aria-current=page]").get_text() == "1"
    second_url = soup(first).select_one(".pages-nav a[rel=next]")["href"]
    second = client.get("/de/suche/" + second_url).content.decode()
    assert len(texts(second, ".search-result__title")) == 6
    assert soup(second).select_one("ol.search-results")["start"] == "21"
    shown = set(texts(first, ".search-result__title")) | set(texts(second, ".search-result__title"))
    assert len(shown) == 26, "every result on one of the pages"
    odd = client.get("/de/suche/", {"q": "Schulpartnerschaft", "page": "٢"})
    assert odd.status_code == 200 and len(texts(odd.content.decode(), ".search-result__title")) == 20


@pytest.mark.parametrize("count", [3, 60])
def test_the_search_asks_once_per_kind_of_content_however_much_it_finds(
    client, django_assert_max_num_queries, count, settings
):
    settings.PAGE_CACHE_SECONDS = 0  # the render's own queries
    partnership, phase = make_partnership(slug_de="schulstadt", city_de="Schulstadt"), make_phase()
    for number in range(count):
        make_milestone(partnership, phase, title_de=f"Schulbesuch {number}", location_de="Schule")
    # One query per searchable kind (partnerships, themes, milestones, stories, pages and the tests'
    # excursions), and the notices and the footer's legal pages, which in production come from the
    # shared cache.
    with django_assert_max_num_queries(len(declaration.sources()) + 2):
        page = client.get("/de/suche/", {"q": "Schulbesuch"}).content.decode()
    shown = texts(page, ".search-result__title")
    assert len(shown) == min(count, 20) and all(title.startswith("Schulbesuch ") for title in shown)
    assert "/de/zeitleiste/schulstadt/#milestone-" in page


def test_a_search_that_finds_every_kind_asks_once_per_kind(
    client, city_content, django_assert_max_num_queries, settings
):
    settings.PAGE_CACHE_SECONDS = 0
    assert len(declaration.sources()) == len(declaration.searchable_models()) >= 6
    with django_assert_max_num_queries(len(declaration.sources()) + 2):
        page = soup(client.get("/de/suche/", {"q": "Arnsberg"}).content.decode())
    kinds = set(texts(str(page), ".search-result__kind"))
    assert {"Partnerschaft", "Meilenstein", "Bericht", "Seite"} <= kinds, kinds


def test_equally_ranked_results_keep_their_order_from_page_to_page(client):
    partnership, phase = make_partnership(slug_de="schulstadt", city_de="Schulstadt"), make_phase()
    steps = [make_milestone(partnership, phase, title_de=f"Schulbesuch {number}") for number in range(60)]
    # The first ones saved again: PostgreSQL now reads them last (a new row version is stored behind).
    Milestone.objects.filter(pk__in=[step.pk for step in steps[:30]]).update(ordering=1)
    pages = [
        texts(
            client.get("/de/suche/", {"q": "Schulbesuch", "page": page}).content.decode(),
            ".search-result__title",
        )
        for page in (1, 2)
    ]
    assert pages[0][:3] == ["Schulbesuch 0", "Schulbesuch 1", "Schulbesuch 2"]
    assert len(set(pages[0]) | set(pages[1])) == 40, "no result on both pages"


def test_each_kind_of_result_links_to_its_page_in_the_page_language(client):
    from pages.models import Page
    from tests.factories import make_story

    town = make_partnership(slug_de="flussstadt", slug_en="river-town", city_en="River Town", sdgs=(13,))
    step = make_milestone(town, make_phase(), title_en="Climate workshop")
    make_story([town], title_en="Climate report", slug_de="klimabericht", slug_en="climate-report")
    Page.objects.create(
        title_de="Klimaseite",
        title_en="Climate page",
        slug_de="klimaseite",
        slug_en="climate-page",
        is_published=True,
    )
    page = soup(client.get("/en/search/", {"q": "climate"}).content.decode())
    links = {a.get_text(): a["href"] for a in page.select(".search-result__title a")}
    assert links["Climate workshop"] == f"/en/timeline/river-town/#milestone-{step.pk}"
    assert links["Climate report"] == "/en/stories/climate-report/"
    assert links["Climate page"] == "/en/climate-page/"
    assert links["Climate action"] == "/en/themes/13/"
    for href in links.values():
        assert client.get(href).status_code == 200, href


def test_what_a_page_shows_from_other_rows_is_found_and_follows_their_changes(
    client, city_content, media_root
):
    """Documents, contact people's roles and facts are found on the page that shows them, and a change
    to one of them is found at once."""
    from django.core.files.uploadedfile import SimpleUploadedFile

    from pages.models import ContactPerson
    from partnerships.models import Fact, Partnership
    from tests.factories import pdf_bytes
    from uploads.models import Download

    warren = Partnership.objects.get(slug_de="warren")
    Download.objects.create(
        attached_to=warren, title_de="Energiebericht", file=SimpleUploadedFile("e.pdf", pdf_bytes())
    )
    contact = ContactPerson.objects.create(name="Kim Becker", role_de="Klimaschutzmanagerin")
    contact.partnerships.add(warren)
    assert "Warren" in titles(client, "/de/suche/", "Energiebericht")
    assert "Warren" in titles(client, "/de/suche/", "Klimaschutzmanagerin")
    contact.partnerships.remove(warren)
    assert "Warren" not in titles(client, "/de/suche/", "Klimaschutzmanagerin")
    fact = Fact.objects.create(partnership=warren, label_de="Partnerschule", value_de="Warren-Alvarado-Oslo")
    assert "Warren" in titles(client, "/de/suche/", "Alvarado")
    fact.delete()
    assert "Warren" not in titles(client, "/de/suche/", "Alvarado")


def test_the_search_page_keeps_its_hint(client, city_content):
    """It says that a part of a word finds the compound, with its own example."""
    page = client.get("/de/suche/", {"q": "Nichtsdergleichen"}).content.decode()
    assert "„Klima“ findet auch „Klimapartnerschaft“" in page
    assert "Warren" in titles(client, "/de/suche/", "Klima")
    assert "Klimapartnerschaft" in " ".join(
        texts(client.get("/de/partnerschaften/warren/").content.decode(), "main")
    )


def test_a_section_given_to_another_partnership_leaves_the_old_ones_results(client, city_content):
    from pages.models import Participation
    from partnerships.models import Partnership

    participation = Participation.objects.get(partnership__slug_de="morogoro")
    participation.partnership = Partnership.objects.get(slug_de="warren")
    participation.save()
    found = titles(client, "/de/suche/", "Mitmachen")
    assert "Warren" in found and "Morogoro" not in found
