import secrets
import socket
import time
from pathlib import Path
from unittest import mock

import pytest
from django.conf import settings
from django.core.handlers.wsgi import WSGIHandler
from django.core.management import call_command
from django.db import OperationalError, connections
from django.test import Client, RequestFactory
from django.utils import translation

from core.views import server_error
from tests.html import links, soup, tags, texts


def test_pages_forbid_loading_from_other_hosts(client):
    policy = client.get("/de/")["Content-Security-Policy"]
    assert "default-src 'self'" in policy and "unsafe-inline" not in policy


def test_static_files_have_hashed_names_and_far_future_caching(client):
    html = client.get("/de/").content.decode()
    stylesheet = next(t["href"] for t in tags(html, "link") if t.get("rel") == "stylesheet")
    assert stylesheet.startswith("/static/css/site.") and stylesheet != "/static/css/site.css"
    response = client.get(stylesheet)
    assert response.status_code == 200
    assert "max-age=315360000" in response["Cache-Control"]
    assert "immutable" in response["Cache-Control"]


@pytest.mark.parametrize(
    ("path", "language", "heading"),
    [
        ("/de/gibt-es-nicht/", "de", "Seite nicht gefunden"),
        ("/en/no-such-page/", "en", "Page not found"),
    ],
)
def test_not_found_page_speaks_the_visitors_language(client, path, language, heading):
    response = client.get(path)
    html = response.content.decode()
    assert response.status_code == 404
    assert f'<html lang="{language}">' in html
    assert f"<h1>{heading}</h1>" in html
    assert '<meta name="robots" content="noindex">' in html


def test_unknown_host_gets_the_bad_request_page(client):
    response = client.get("/de/", HTTP_HOST="evil.example")
    assert response.status_code == 400
    assert "Ungültige Anfrage" in response.content.decode()


def test_server_error_page_is_translated_and_in_the_layout():
    request = RequestFactory().get("/en/timeline/")
    with translation.override("en"):
        response = server_error(request)
    html = response.content.decode()
    assert response.status_code == 500
    assert texts(html, "h1") == ["Server error"]
    assert 'class="site-header"' in html
    switch = [a["href"] for a in tags(html, "a") if a.get("hreflang") == "de"]
    assert switch == ["/de/zeitleiste/"], "the visitor can still change the language"


def test_stale_form_gets_a_translated_403_and_not_a_crash():
    client = Client(enforce_csrf_checks=True)
    response = client.post("/admin/login/", {"username": "x"}, HTTP_ACCEPT_LANGUAGE="de")
    assert response.status_code == 403
    html = response.content.decode()
    assert texts(html, "h1") == ["Formular abgelaufen"]
    assert soup(html).select(".language-switcher a[hreflang=en]"), "in the site's layout, with its switcher"


@pytest.mark.django_db
def test_healthz_answers_200_when_the_database_answers(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert (response.content, response["Content-Type"]) == (b"ok\n", "text/plain")


@pytest.mark.django_db
def test_healthz_answers_503_when_the_database_does_not(client, caplog):
    with mock.patch("core.views.connection.get_new_connection", side_effect=OperationalError("down")):
        response = client.get("/healthz")
    assert response.status_code == 503
    assert (response.content, response["Content-Type"]) == (b"database unavailable\n", "text/plain")
    assert [r.getMessage() for r in caplog.records if r.name == "core.views"] == [
        "Health check: the database does not answer (down)"
    ]


@pytest.mark.django_db
def test_healthz_asks_for_a_new_connection_and_says_503_within_seconds_when_none_can_be_made(client):
    """As with a frozen postmaster: the connection the site keeps still answers, a new one is never
    answered. Every check says so, quickly, instead of the kept connection's 200."""
    frozen = socket.create_server(("127.0.0.1", 0))  # accepts, never answers
    database = connections["default"]
    database.ensure_connection()
    address = {"HOST": "127.0.0.1", "PORT": str(frozen.getsockname()[1])}
    with mock.patch.dict(database.settings_dict, address), frozen:
        for _ in range(2):
            started = time.monotonic()
            assert client.get("/healthz").status_code == 503
            assert time.monotonic() - started < 4
        with database.cursor() as cursor:
            cursor.execute("SELECT 1")
    assert client.get("/healthz").status_code == 200


def test_robots_and_sitemap_name_both_languages(client):
    robots = client.get("/robots.txt")
    assert robots.status_code == 200
    assert "Sitemap: http://testserver/sitemap.xml" in robots.content.decode()
    sitemap = client.get("/sitemap.xml").content.decode()
    assert "http://testserver/de/" in sitemap and "http://testserver/en/" in sitemap


@pytest.mark.django_db
def test_no_model_change_lacks_a_migration():
    call_command("makemigrations", "--check", "--dry-run", verbosity=0)


@pytest.mark.parametrize("query", ["?q=<script>alert(1)</script>", "?next=javascript:alert(1)", "?%00=%ff"])
def test_a_hostile_query_string_is_neither_reflected_nor_an_error(client, query):
    response = client.get("/de/" + query)
    assert response.status_code == 200
    assert "<script>alert(1)</script>" not in response.content.decode()


def test_when_even_the_error_layout_fails_a_plain_bilingual_500_remains(caplog):
    request = RequestFactory().get("/de/")
    with mock.patch("core.views.loader.render_to_string", side_effect=RuntimeError("layout broken")):
        response = server_error(request)
    assert response.status_code == 500
    assert response.content.startswith(b"<!doctype html><title>500</title>")
    assert texts(response.content.decode(), "p") == ["Server error / Serverfehler."]
    assert [r.getMessage() for r in caplog.records] == ["The 500 page could not be rendered"]


def test_favicon_ico_leads_to_the_sites_icon(client):
    response = client.get("/favicon.ico")
    assert response.status_code == 302
    assert response["Location"].startswith("/static/img/favicon.")
    assert response["Cache-Control"] == "public, max-age=86400"
    icon = client.get(response["Location"])
    assert icon.status_code == 200 and icon["Content-Type"] == "image/svg+xml"


def test_admin_pages_name_the_sites_icon(admin_client):
    html = admin_client.get("/admin/").content.decode()
    assert [link["href"] for link in links(html, "icon")][0].startswith("/static/img/favicon.")


def wsgi_get(path) -> int:
    """A request through the WSGI handler as gunicorn sends it (the test client skips the start and
    end of request hooks, where Django checks its database connections)."""
    statuses = []
    environ = RequestFactory().get(path).environ
    WSGIHandler()(environ, lambda status, headers: statuses.append(int(status.split()[0])))
    return statuses[0]


def page_with_queries() -> str:
    """A search the page cache has not seen: it needs the database."""
    return f"/de/suche/?q={secrets.token_hex(4)}"


@pytest.mark.django_db(transaction=True)
def test_the_site_keeps_its_connection_and_recovers_by_itself_when_the_database_drops_it():
    assert wsgi_get(page_with_queries()) == 200
    own_pid = connections["default"].connection.info.backend_pid
    assert wsgi_get(page_with_queries()) == 200
    # A connect per request would cost more than most pages take to render.
    assert connections["default"].connection.info.backend_pid == own_pid
    # Another session ends this one, as a database restart or an idle timeout would.
    other = connections.create_connection("default")
    with other.cursor() as cursor:
        cursor.execute("SELECT pg_terminate_backend(%s)", [own_pid])
    other.close()
    assert wsgi_get(page_with_queries()) == 200
    assert connections["default"].connection.info.backend_pid != own_pid


def test_templates_stay_readable():
    """No template line runs to hundreds of characters: markup is wrapped like code."""
    long_lines = [
        f"{path.relative_to(settings.BASE_DIR)}:{number}"
        for path in Path(settings.BASE_DIR, "templates").rglob("*.*")
        for number, line in enumerate(path.read_text().splitlines(), start=1)
        if len(line) > 140
    ]
    assert long_lines == []
