"""Site-wide checks on every page that a visitor can reach by following links from both home pages."""

from collections import deque
from urllib.parse import urldefrag, urlencode, urlsplit

import pytest

from tests.html import hreflangs, links, soup, tags

LANGUAGES = ("de", "en")
ORIGIN = "http://testserver"


def crawl(client) -> dict:
    """Every language-prefixed address linked from the home pages (and from the pages they link)."""
    pages, queue = {}, deque(f"/{language}/" for language in LANGUAGES)
    while queue:
        path = queue.popleft()
        if path in pages:
            continue
        response = pages[path] = client.get(path)
        if not response["Content-Type"].startswith("text/html"):
            continue
        for anchor in tags(response.content.decode(), "a"):
            target = urldefrag(anchor.get("href", "")).url
            if target.startswith(tuple(f"/{language}/" for language in LANGUAGES)):
                queue.append(target)
    return pages


@pytest.fixture
def pages(client, city_content):
    return crawl(client)


@pytest.fixture
def html_pages(pages):
    return {
        path: response.content.decode()
        for path, response in pages.items()
        if response["Content-Type"].startswith("text/html")
    }


def language_of(path):
    return path.split("/")[1]


def test_the_crawl_reaches_every_kind_of_page_in_both_languages(pages):
    for path in [
        "/de/partnerschaften/morogoro/",
        "/en/partnerships/alba-iulia/",
        "/de/zeitleiste/",
        "/en/timeline/morogoro/",
        "/de/zeitleiste/morogoro/calendar.ics",
        "/en/timeline/feed.atom",
    ]:
        assert path in pages
    counts = {language: sum(language_of(p) == language for p in pages) for language in LANGUAGES}
    # home, three partnerships, two timelines, two calendars, the feed
    assert counts["de"] == counts["en"] >= 9


def test_no_link_is_broken(pages):
    assert {path: r.status_code for path, r in pages.items() if r.status_code != 200} == {}


def test_every_page_has_one_h1_one_main_and_the_landmarks(html_pages):
    problems = {}
    for path, html in html_pages.items():
        page = soup(html)
        found = {
            "h1": len(page.find_all("h1")),
            "main#main": len(page.select("main#main")),
            "header": len(page.select("body > header")),
            "labelled nav": len(page.select("nav.main-nav[aria-label]")),
            "footer": len(page.select("body > footer")),
        }
        if set(found.values()) != {1}:
            problems[path] = found
    assert problems == {}


def test_every_page_starts_with_the_skip_link_and_speaks_its_language(html_pages):
    for path, html in html_pages.items():
        assert tags(html, "a")[0]["href"] == "#main", path
        assert tags(html, "html")[0]["lang"] == language_of(path), path


def test_every_page_names_itself_and_its_counterpart(html_pages):
    """By its address without the query (the feedback form's `?page=` says where it was opened from)."""
    by_address = {urlsplit(path).path: html for path, html in html_pages.items()}
    for address, html in by_address.items():
        alternates = hreflangs(html)
        assert set(alternates) == {"de", "en", "x-default"}, address
        assert alternates[language_of(address)] == ORIGIN + address, address
        assert alternates["x-default"] == alternates["de"], address
        assert [link["href"] for link in links(html, "canonical")] == [ORIGIN + address], address
        other = next(code for code in LANGUAGES if code != language_of(address))
        counterpart = urlsplit(alternates[other]).path
        assert counterpart in by_address, f"{address}: its {other} page {counterpart} is not linked"
        assert hreflangs(by_address[counterpart])[language_of(address)] == ORIGIN + address


def test_the_language_switcher_leads_to_the_counterpart(html_pages):
    for path, html in html_pages.items():
        switch = {a["hreflang"]: a["href"] for a in tags(html, "a") if a.get("hreflang")}
        other = next(code for code in LANGUAGES if code != language_of(path))
        assert ORIGIN + switch[other] == hreflangs(html)[other], path


def test_no_page_loads_anything_from_another_host(html_pages):
    for path, html in html_pages.items():
        resources = [t.get("href") for t in tags(html, "link")] + [
            t.get(attribute)
            for name, attribute in (
                ("script", "src"),
                ("img", "src"),
                ("source", "srcset"),
                ("iframe", "src"),
            )
            for t in tags(html, name)
        ]
        foreign = [url for url in resources if url and not url.startswith(("/", ORIGIN + "/"))]
        assert foreign == [], path


LEGAL_PAGES = {
    "de": ["/de/impressum/", "/de/datenschutz/", "/de/barrierefreiheit/", "/de/leichte-sprache/"],
    "en": ["/en/legal-notice/", "/en/privacy/", "/en/accessibility/", "/en/easy-read/"],
}


FEEDBACK_FORM = {"de": "/de/barriere-melden/", "en": "/en/report-a-barrier/"}
ALERTS = {"de": "/de/benachrichtigungen/", "en": "/en/alerts/"}


def test_every_page_links_the_legal_pages_and_the_feedback_form_of_its_language(html_pages):
    """The form's link carries the page it was followed from, so the report names it; the e-mail alerts
    come before it."""
    wrong = {}
    for path, html in html_pages.items():
        footer = [a["href"] for a in soup(html).select("footer nav a")]
        page = urlsplit(path).path
        form = f"{FEEDBACK_FORM[language_of(path)]}?{urlencode({'page': page})}"
        if footer != [*LEGAL_PAGES[language_of(path)], ALERTS[language_of(path)], form]:
            wrong[path] = footer
    assert wrong == {}


def test_every_page_describes_itself_for_search_engines_and_link_previews_in_its_language(html_pages):
    locales = {"de": ("de_DE", "en_GB"), "en": ("en_GB", "de_DE")}
    for path, html in html_pages.items():
        page = soup(html)
        meta = {tag["property"]: tag["content"] for tag in page.select("meta[property]")}
        description = page.select_one("meta[name=description]")["content"]
        assert description and meta["og:description"] == description, path
        assert page.title.get_text().startswith(meta["og:title"] + " – "), path
        assert (meta["og:locale"], meta["og:locale:alternate"]) == locales[language_of(path)], path
        assert meta["og:url"] == page.select_one("link[rel=canonical]")["href"], path
