import pytest
from axe_playwright_python.sync_playwright import Axe

from partnerships.models import Partnership

PAGES = [
    "/de/",
    "/en/",
    "/de/partnerschaften/morogoro/",
    "/en/partnerships/morogoro/",
    "/de/zeitleiste/",
    "/en/timeline/morogoro/",
    "/en/no-such-page/",
    "/de/barriere-melden/?page=/de/",
    "/en/privacy/",
    "/de/berichte/",
    "/en/stories/delegation-from-morogoro-visits-arnsberg/",
    "/de/offline/",
]
WCAG_21_AA = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}}


@pytest.mark.parametrize("width", [320, 1280])
@pytest.mark.parametrize("path", PAGES)
def test_page_meets_wcag_21_aa_and_stays_on_the_site(site, page_at, path, width):
    page = page_at(site + path, width=width)
    results = Axe().run(page, options=WCAG_21_AA)
    assert results.violations_count == 0, results.generate_report()
    host = site.split("/")[2]
    assert page.requested_hosts == {host}, "nothing is requested from another host"
    # Reflow (WCAG 1.4.10): no sideways scrolling at 320 CSS pixels.
    assert page.evaluate("document.documentElement.scrollWidth") <= width


def test_stylesheet_is_applied(site, page_at):
    page = page_at(site + "/de/")
    colour = page.evaluate("getComputedStyle(document.querySelector('.site-header')).backgroundColor")
    assert colour == "rgb(0, 80, 125)"


def test_skip_link_is_the_first_stop_and_leads_to_the_content(site, page_at):
    page = page_at(site + "/en/")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Skip to content"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"


def test_admin_edits_translations_in_tabs_without_a_cdn(site, page_at, admin_user):
    morogoro = Partnership.objects.get(slug_de="morogoro")
    page = page_at(site + f"/admin/login/?next=/admin/partnerships/partnership/{morogoro.pk}/change/")
    page.fill("#id_username", "admin")
    page.fill("#id_password", "password")
    page.click("input[type=submit]")
    page.wait_for_selector(".ui-tabs")
    tabs = page.locator(".ui-tabs-nav a").all_inner_texts()
    assert any("de" in tab.lower() for tab in tabs) and any("en" in tab.lower() for tab in tabs)
    assert page.requested_hosts == {site.split("/")[2]}


def test_the_translators_column_shows_on_a_1280_px_screen(site, page_at, admin_user):
    page = page_at(site + "/admin/login/?next=/admin/partnerships/partnership/", width=1280)
    page.fill("#id_username", "admin")
    page.fill("#id_password", "password")
    page.click("input[type=submit]")
    page.wait_for_selector("#result_list")
    column = page.locator("th.column-english_missing").bounding_box()
    results = page.locator("#changelist .results").bounding_box()
    assert column["x"] + column["width"] <= results["x"] + results["width"] + 1
