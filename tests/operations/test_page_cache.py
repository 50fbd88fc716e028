"""Public pages from the shared cache: no work on a hit, never stale after an edit or a scheduled
change, never for staff, previews, forms or errors; validators and 304 for revalidation."""

import datetime

import pytest
from django.core.cache import cache, caches
from django.utils import timezone

from milestones.models import Milestone, Phase
from notices.active import HIDDEN_COOKIE
from operations import page_cache
from partnerships.models import Partnership
from publishing.preview import preview_url
from tests.admin_forms import resubmit
from tests.factories import make_milestone, make_notice, make_partnership, make_story
from tests.html import soup, texts

SECOND = datetime.timedelta(seconds=1)


def test_a_second_visit_comes_from_the_cache_without_a_query(client, city_content, django_assert_num_queries):
    first = client.get("/de/")
    with django_assert_num_queries(0):
        second = client.get("/de/")
    assert second.content == first.content
    with django_assert_num_queries(0):
        client.get("/de/", HTTP_COOKIE="tracking=1; theme=dark")  # other cookies change nothing


def test_a_worker_reads_a_page_from_the_shared_cache_once(client, city_content, monkeypatch):
    client.get("/de/")  # rendered and stored
    caches["pages_in_this_worker"].clear()  # as if another worker had rendered it
    readings = []
    backend = caches["default"]
    real_get = backend.get
    monkeypatch.setattr(backend, "get", lambda key, *a, **k: readings.append(key) or real_get(key, *a, **k))
    first, second = client.get("/de/"), client.get("/de/")
    assert first.content == second.content
    assert len([key for key in readings if key.startswith("page:")]) == 1
    assert readings.count(page_cache.state_key()) == 2, "the generation is asked for at every request"


def test_an_edit_through_another_worker_shows_although_this_one_keeps_a_copy(client, city_content):
    client.get("/de/"), client.get("/de/")
    # update() sends no signal: this worker learns of the edit only from the shared cache, where the
    # other worker's save ended the generation.
    Partnership.objects.filter(slug_de="morogoro").update(city_de="Morogoro-Stadt")
    cache.delete(page_cache.state_key())
    assert "Morogoro-Stadt" in client.get("/de/").content.decode()


def test_a_workers_copy_ends_with_the_shared_one(client, city_content, settings, time_machine):
    time_machine.move_to(timezone.now())
    settings.PAGE_CACHE_SECONDS = 2
    client.get("/de/"), client.get("/de/")
    Partnership.objects.filter(slug_de="morogoro").update(city_de="Morogoro-Stadt")  # no signal
    assert "Morogoro-Stadt" not in client.get("/de/").content.decode()
    time_machine.shift(2.1)
    assert "Morogoro-Stadt" in client.get("/de/").content.decode()


def test_an_admin_edit_shows_on_the_next_request_everywhere_in_both_languages(
    client, admin_client, city_content
):
    morogoro = Partnership.objects.get(slug_de="morogoro")
    pages = ["/de/", "/en/", "/de/partnerschaften/morogoro/", "/en/partnerships/morogoro/", "/de/zeitleiste/"]
    for page in pages:
        client.get(page)
    url = f"/admin/partnerships/partnership/{morogoro.pk}/change/"
    changes = {"city_de": "Morogoro-Stadt", "city_en": "Morogoro Town"}
    assert resubmit(admin_client, url, "partnership_form", **changes).status_code == 302
    for page in pages:
        assert ("Morogoro-Stadt" if "/de/" in page else "Morogoro Town") in client.get(
            page
        ).content.decode(), page


def test_deleting_a_notice_ends_its_banner_at_once(client, city_content):
    notice = make_notice(title_de="Bald weg")
    assert "Bald weg" in client.get("/de/").content.decode()
    notice.delete()
    assert "Bald weg" not in client.get("/de/").content.decode()


def test_a_notice_scheduled_to_start_appears_on_time_with_nothing_saved(client, city_content, time_machine):
    time_machine.move_to(timezone.now())
    make_notice(title_de="Gleich da", starts_at=timezone.now() + SECOND)
    assert "Gleich da" not in client.get("/de/").content.decode()
    time_machine.shift(1.1)
    assert "Gleich da" in client.get("/de/").content.decode()


def test_a_scheduled_publication_appears_on_time_with_nothing_saved(client, city_content, time_machine):
    time_machine.move_to(timezone.now())
    make_partnership(city_de="Zukunftsstadt", is_published=True, publish_from=timezone.now() + SECOND)
    assert "Zukunftsstadt" not in client.get("/de/").content.decode()
    time_machine.shift(1.1)
    assert "Zukunftsstadt" in client.get("/de/").content.decode()


def test_the_copy_varies_by_the_notices_a_visitor_hid_and_by_nothing_else(client, city_content):
    notice = make_notice(title_de="Ausblendbar", is_dismissible=True)
    assert "Ausblendbar" in client.get("/de/").content.decode()
    client.cookies[HIDDEN_COOKIE] = f"{notice.pk}.{notice.revision}"
    assert "Ausblendbar" not in client.get("/de/").content.decode()
    del client.cookies[HIDDEN_COOKIE]
    assert "Ausblendbar" in client.get("/de/").content.decode()


def test_staff_previews_forms_and_errors_are_never_cached(client, admin_client, city_content):
    draft = make_partnership(city_de="Entwurfsstadt", slug_de="entwurf", is_published=False)
    assert admin_client.get("/de/partnerschaften/entwurf/").status_code == 200
    assert client.get("/de/partnerschaften/entwurf/").status_code == 404
    assert client.get(preview_url(draft)).status_code == 200
    form = client.get("/de/barriere-melden/")
    assert "no-store" in form["Cache-Control"]
    assert client.get("/de/gibt-es-nicht/").status_code == 404
    assert not [key for key in cache._cache if ":page:" in key], "no page"  # LocMemCache's own store


@pytest.mark.parametrize("header", ["HTTP_IF_NONE_MATCH", "HTTP_IF_MODIFIED_SINCE"])
def test_a_revalidation_is_answered_with_304(client, city_content, header):
    first = client.get("/en/")
    assert first["ETag"] and first["Last-Modified"]
    assert first["Cache-Control"] == "public, max-age=0, s-maxage=10, must-revalidate"
    validator = first["ETag"] if header == "HTTP_IF_NONE_MATCH" else first["Last-Modified"]
    assert client.get("/en/", **{header: validator}).status_code == 304


def test_shared_caches_never_keep_a_page_past_a_scheduled_change(client, city_content):
    make_notice(title_de="Gleich", starts_at=timezone.now() + 4 * SECOND)
    assert client.get("/de/")["Cache-Control"] == "public, max-age=0, s-maxage=3, must-revalidate"


def test_without_its_cache_server_the_site_renders_every_page(client, city_content, settings, caplog):
    redis = {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": "redis://127.0.0.1:1"}
    settings.CACHES = {**settings.CACHES, "default": redis}
    assert client.get("/de/").status_code == 200
    assert "The page cache cannot be read" in caplog.text


def test_the_browser_features_the_site_does_not_use_are_switched_off(client):
    policy = client.get("/de/")["Permissions-Policy"]
    for feature in ("camera=()", "microphone=()", "geolocation=()", "payment=()"):
        assert feature in policy


def test_made_up_query_parameters_are_rendered_but_never_fill_the_cache(client, city_content):
    client.get("/de/suche/", {"q": "Morogoro"})
    client.get("/de/", {"utm_source": "newsletter"})
    client.get("/de/", {"x": "1", "q": "y"})
    pages = [key for key in cache._cache if ":page:" in key]
    assert len(pages) == 1, "the search, whose query is part of the page"


def test_a_page_missing_from_the_cache_reads_the_notices_and_legal_pages_from_it(
    client, city_content, django_assert_num_queries
):
    make_notice(title_de="Erster Hinweis")
    first = client.get("/de/", {"utm": "1"})  # rendered (a made-up parameter), parts kept
    assert "Erster Hinweis" in first.content.decode()
    # intro, video, partnerships, stories, dates (steps, events): no notices, footer
    with django_assert_num_queries(6):
        second = client.get("/de/", {"utm": "2"})
    assert "Impressum" in second.content.decode()
    make_notice(title_de="Zweiter Hinweis")
    assert "Zweiter Hinweis" in client.get("/de/", {"utm": "3"}).content.decode()


def test_a_timeline_address_not_seen_before_reads_only_its_steps(
    client, city_content, django_assert_num_queries
):
    """What the filter offers and the steps' reports are the same at every address of the timeline:
    kept, they leave an address not seen before (a year, a partnership chosen) its own query."""
    client.get("/de/zeitleiste/")
    with django_assert_num_queries(1):
        html = client.get("/de/zeitleiste/", {"partnership": "morogoro"}).content.decode()
    assert texts(html, "select[name=partnership] option") == [
        "Alle Partnerschaften",
        "Morogoro",
        "Warren",
        "Alba Iulia",
    ]
    assert "2023" in texts(html, "select[name=year] option")
    step = soup(html).find("h3", string="Delegationsbesuch Morogoro").find_parent("li")
    assert texts(str(step), ".milestone__links a") == ["Bericht: Delegation aus Morogoro zu Gast in Arnsberg"]


def test_the_timelines_filter_and_reports_follow_an_edit_and_the_clock(client, city_content, time_machine):
    time_machine.move_to(timezone.now())

    def page(path, **query):
        return client.get(path, query).content.decode()

    for path in ("/de/zeitleiste/", "/de/zeitleiste/morogoro/", "/de/berichte/"):
        page(path)
    town = make_partnership(city_de="Neustadt", slug_de="neustadt")
    make_milestone(town, Phase.objects.first(), start=datetime.date(2031, 5, 1), title_de="Später Besuch")
    later = page("/de/zeitleiste/", year="2023")
    assert "Neustadt" in texts(later, "select[name=partnership] option")
    assert "2031" in texts(later, "select[name=year] option")
    morogoros = page("/de/zeitleiste/morogoro/", year="2024")
    assert "2031" not in texts(morogoros, "select[name=year] option"), "each timeline offers its own years"
    step = Milestone.objects.get(title_de="Öffentliche „Weltwerkstatt“ zur Partnerschaft")
    morogoro = Partnership.objects.get(slug_de="morogoro")
    make_story(
        [morogoro, town],
        milestone=step,
        title_de="Werkstattbericht",
        publish_from=timezone.now() + 2 * SECOND,
    )
    assert "Bericht: Werkstattbericht" not in page("/de/zeitleiste/morogoro/", year="2024")
    assert "Neustadt" not in texts(page("/de/berichte/", page="1"), "select[name=partnership] option")
    time_machine.shift(2.1)
    assert "Bericht: Werkstattbericht" in page("/de/zeitleiste/morogoro/", year="2024")
    assert "Neustadt" in texts(page("/de/berichte/", page="1"), "select[name=partnership] option")


@pytest.mark.parametrize(
    ("new_file", "content"),
    [
        ("migrations/0002_content.py", "# a data migration"),
        ("views.py", "# a view that shows more"),
        ("migrations/0001_initial.py", "# first, mended"),
    ],
)
def test_a_release_with_new_code_starts_a_new_cache_generation(tmp_path, settings, new_file, content):
    from operations import page_cache

    app = tmp_path / "partnerships"
    (app / "migrations").mkdir(parents=True)
    (app / "__init__.py").write_text("")
    (app / "migrations" / "0001_initial.py").write_text("# first")
    (tmp_path / ".venv" / "lib").mkdir(parents=True)
    settings.BASE_DIR, settings.STATIC_ROOT = tmp_path, tmp_path / "static"
    page_cache.state_key.cache_clear()
    before = page_cache.state_key()
    (tmp_path / ".venv" / "lib" / "installed.py").write_text("# not the site's code")
    page_cache.state_key.cache_clear()
    assert page_cache.state_key() == before
    (app / new_file).write_text(content)
    page_cache.state_key.cache_clear()
    try:
        assert page_cache.state_key() != before
    finally:
        page_cache.state_key.cache_clear()


def test_every_checkout_of_a_release_shares_the_cache_generation(tmp_path, settings):
    """Several servers, each with its own checkout of the release (files of other times): an edit through
    one must end the copies of all, so all must name the generation alike."""
    import os

    from operations import page_cache

    keys = []
    for number, checkout in enumerate((tmp_path / "one", tmp_path / "two")):
        (checkout / "pages" / "templates").mkdir(parents=True)
        (checkout / "pages" / "__init__.py").write_text("")
        (checkout / "pages" / "templates" / "page.html").write_text("<h1>{{ title }}</h1>")
        for path in checkout.rglob("*.*"):
            os.utime(path, (1_700_000_000 + number * 3600,) * 2)
        settings.BASE_DIR, settings.STATIC_ROOT = checkout, tmp_path / "static"
        page_cache.state_key.cache_clear()
        keys.append(page_cache.state_key())
    page_cache.state_key.cache_clear()
    assert keys[0] == keys[1]


def test_a_page_asks_the_cache_for_its_generation_once(client, city_content, monkeypatch):
    """The page and each part of it kept in the cache (notices, footer, goals) share one reading of
    the generation: with Redis each reading is a round trip."""
    from operations import page_cache

    readings = []
    backend = caches["default"]
    real_get = backend.get
    monkeypatch.setattr(backend, "get", lambda key, *a, **k: readings.append(key) or real_get(key, *a, **k))
    client.get("/de/partnerschaften/morogoro/")
    assert readings.count(page_cache.state_key()) == 1
    assert len(readings) > 2, "the parts were read from the cache"


def test_a_save_during_a_request_starts_a_new_generation_for_the_rest_of_it(city_content):
    from operations import page_cache

    token = page_cache._request_state.set({})
    try:
        before = page_cache.current_state(timezone.now())["generation"]
        make_notice(title_de="Neu")
        assert page_cache.current_state(timezone.now())["generation"] != before
    finally:
        page_cache._request_state.reset(token)
