"""The page cache hands every visitor what the site would give them: no link built from another
visitor's Host or scheme, and no flood of made-up addresses that pushes the real pages out."""

import random

import feedparser
import pytest
from django.core import mail
from django.core.cache import cache
from django.test import Client

from notices.active import HIDDEN_COOKIE
from operations import background
from tests.factories import make_notice
from tests.html import soup

FOREIGN = {"HTTP_HOST": "other.example", "HTTP_X_FORWARDED_PROTO": "https"}


@pytest.fixture
def two_hosts(settings):
    settings.ALLOWED_HOSTS = ["testserver", "other.example"]


def cached_pages() -> set[str]:
    return {key for key in cache._cache if ":page:" in key}  # LocMemCache's own store


def absolute_links(html: str) -> list[str]:
    page = soup(html)
    links = [link["href"] for link in page.select("link[href^=http]")]
    return links + [meta["content"] for meta in page.select("meta[content^=http]")]


@pytest.mark.parametrize("path", ["/de/", "/en/partnerships/morogoro/", "/de/zeitleiste/"])
def test_a_foreign_host_or_scheme_never_reaches_another_visitors_page(client, city_content, two_hosts, path):
    first = client.get(path, **FOREIGN)
    assert absolute_links(first.content.decode()), "canonical and hreflang links"
    assert all(link.startswith("http://testserver/") for link in absolute_links(first.content.decode()))
    later = Client().get(path).content.decode()
    assert "other.example" not in later and "https://" not in " ".join(absolute_links(later))


@pytest.mark.parametrize(
    "path",
    [
        "/de/berichte/feed.atom",
        "/en/timeline/feed.atom",
        "/de/zeitleiste/calendar.ics",
        "/sitemap.xml",
        "/robots.txt",
    ],
)
def test_feeds_calendars_and_the_sitemap_name_the_configured_address(client, city_content, two_hosts, path):
    body = client.get(path, **FOREIGN).content.decode()
    assert "testserver" in body
    assert "other.example" not in body and "https://testserver" not in body


def test_a_password_reset_link_names_the_configured_address(client, two_hosts, django_user_model):
    django_user_model.objects.create_user("redaktion", "redaktion@arnsberg.de", "geheim-genug-123")
    client.post("/admin/password_reset/", {"email": "redaktion@arnsberg.de"}, **FOREIGN)
    background.wait()
    assert len(mail.outbox) == 1
    assert "http://testserver/admin/reset/" in mail.outbox[0].body
    assert "other.example" not in mail.outbox[0].body


def test_a_flood_of_made_up_values_leaves_only_the_real_pages_in_the_cache(client, city_content):
    real = ["/de/", "/de/zeitleiste/", "/de/zeitleiste/?year=2023", "/de/berichte/?page=1", "/de/impressum/"]
    real.append("/de/suche/?q=Morogoro")
    for path in real:
        client.get(path)
    kept = cached_pages()
    assert len(kept) == len(real)
    rng = random.Random(25)
    for _ in range(60):
        made_up = str(rng.randrange(10**9))
        client.get("/de/suche/", {"q": f"wort{made_up}"})  # finds nothing
        client.get("/de/suche/", {"q": "Morogoro", "page": made_up})  # beyond the last page
        client.get("/de/impressum/", {"year": made_up, "page": "1"})  # a page that reads neither
        client.get("/de/berichte/", {"page": made_up})
        client.get("/de/zeitleiste/", {"year": "2023 "})
        client.cookies[HIDDEN_COOKIE] = f"{made_up}.1"
        client.get("/de/")
        del client.cookies[HIDDEN_COOKIE]
    assert cached_pages() == kept


def test_a_hidden_notice_makes_one_copy_whatever_else_the_cookie_says(client, city_content):
    notice = make_notice(title_de="Ausblendbar", is_dismissible=True)
    for made_up in ("1.1", "99.3", "12345.678"):
        client.cookies[HIDDEN_COOKIE] = f"{made_up}_{notice.pk}.{notice.revision}"
        assert "Ausblendbar" not in client.get("/de/").content.decode()
    client.cookies[HIDDEN_COOKIE] = "99.3_12345.678"
    assert "Ausblendbar" in client.get("/de/").content.decode()
    assert len(cached_pages()) == 2, "one copy with the notice hidden, one with it shown"


def test_an_atom_summary_of_plain_text_says_it_is_text(client, city_content):
    body = client.get("/de/zeitleiste/feed.atom").content.decode()
    assert 'type="html"' not in body and '<summary type="text">' in body
    assert feedparser.parse(body).entries[0].summary_detail.type == "text/plain"
