"""A page read once opens offline in Chromium, from the copy the service worker kept, with the note
saying so; a page never read shows the offline page with the pages kept and the partnerships' contacts;
a form is never kept."""

from axe_playwright_python.sync_playwright import Axe

from tests.browser.test_accessibility import WCAG_21_AA

KEPT = "caches.open('pages').then(cache => cache.keys()).then(keys => keys.map(request => request.url))"


def test_a_page_read_once_opens_offline_with_the_note(site, page_at):
    page = page_at(site + "/de/")
    page.evaluate("navigator.serviceWorker.ready.then(() => true)")
    page.goto(site + "/de/barriere-melden/")  # now through the worker; a form: never kept
    page.goto(site + "/de/partnerschaften/morogoro/")  # kept
    # The worker keeps its copy just after it answered: until then, the browser asks again.
    page.wait_for_function(
        "url => caches.open('pages').then(cache => cache.match(url)).then(Boolean)",
        arg=site + "/de/partnerschaften/morogoro/",
    )
    urls = page.evaluate(KEPT)
    assert site + "/de/partnerschaften/morogoro/" in urls
    assert not any("barriere-melden" in url for url in urls), "a form is never kept"
    assert page.locator(".offline-note").is_hidden(), "no note on a page from the network"

    page.context.set_offline(True)
    page.goto(site + "/de/partnerschaften/morogoro/")
    note = page.locator(".offline-note")
    assert note.is_visible()
    assert "Kopie dieser Seite" in note.inner_text()
    assert page.locator(".offline-note time").get_attribute("datetime")
    assert page.locator("h1").inner_text().strip().startswith("Morogoro")
    results = Axe().run(page, options=WCAG_21_AA)
    assert results.violations_count == 0, results.generate_report()

    page.goto(site + "/de/zeitleiste/")  # never read: the offline page
    assert page.locator("h1").inner_text() == "Offline lesen"
    kept = page.locator("[data-kept-pages] a")
    assert "Morogoro" in kept.first.inner_text()
    assert page.get_by_role("heading", name="Alba Iulia").is_visible()

    page.goto(site + "/de/barriere-melden/")
    assert page.locator("h1").inner_text() == "Offline lesen", "the form's page was not kept"
    page.context.set_offline(False)
