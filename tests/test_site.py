from unittest import mock

import pytest
from django.core.management import call_command
from django.db import OperationalError
from django.test import Client, RequestFactory
from django.utils import translation

from core.views import server_error
from tests.html import tags

PUBLIC_PAGES = ["/de/", "/en/"]


@pytest.mark.parametrize("path", PUBLIC_PAGES)
def test_every_public_page_has_exactly_one_h1_and_one_main(client, path):
    html = client.get(path).content.decode()
    assert len(tags(html, "h1")) == 1
    assert len(tags(html, "main")) == 1
    assert tags(html, "a")[0]["href"] == "#main", "the skip link comes first"


@pytest.mark.parametrize("path", PUBLIC_PAGES)
def test_pages_load_nothing_from_another_host(client, path):
    response = client.get(path)
    html = response.content.decode()
    resources = [t.get("href") for t in tags(html, "link")] + [
        t.get("src") for name in ("script", "img", "iframe", "source") for t in tags(html, name)
    ]
    own = ("/", "http://testserver/")
    assert [url for url in resources if url and not url.startswith(own)] == []
    assert not [url for url in resources if url and url.startswith("//")]
    assert "default-src 'self'" in response["Content-Security-Policy"]


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
    request = RequestFactory().get("/en/")
    with translation.override("en"):
        response = server_error(request)
    html = response.content.decode()
    assert response.status_code == 500
    assert "<h1>Server error</h1>" in html
    assert 'class="site-header"' in html


def test_stale_form_gets_a_translated_403_and_not_a_crash():
    client = Client(enforce_csrf_checks=True)
    response = client.post("/admin/login/", {"username": "x"}, HTTP_ACCEPT_LANGUAGE="de")
    assert response.status_code == 403
    assert "Formular abgelaufen" in response.content.decode()


@pytest.mark.django_db
def test_healthz_answers_200_when_the_database_answers(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.content == b"ok\n"


@pytest.mark.django_db
def test_healthz_answers_503_when_the_database_does_not(client):
    with mock.patch("core.views.connection.cursor", side_effect=OperationalError("down")):
        response = client.get("/healthz")
    assert response.status_code == 503


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
