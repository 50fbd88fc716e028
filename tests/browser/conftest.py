"""Pages in a real browser: Debian's Chromium, driven by Playwright (no browser download).

Skipped where Chromium is not installed; CI installs it (see .ci/run).
"""

import os
import shutil

import pytest
from django.core.management import call_command

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")

# Playwright runs its own event loop in this thread; Django's guard against sync ORM calls from
# async code would otherwise refuse the test's database set-up.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


@pytest.fixture(scope="session")
def browser():
    if CHROMIUM is None:
        pytest.skip("Chromium is not installed (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
            ],
        )
        yield browser
        browser.close()


@pytest.fixture
def page_at(browser):
    """Open a page at a given viewport width; records every host the page asked for."""
    contexts = []

    def open_page(url, width=1280, javascript=True):
        context = browser.new_context(
            viewport={"width": width, "height": 900}, java_script_enabled=javascript
        )
        contexts.append(context)
        page = context.new_page()
        page.requested_hosts = set()
        page.on("request", lambda request: page.requested_hosts.add(request.url.split("/")[2]))
        page.goto(url)
        return page

    yield open_page
    for context in contexts:
        context.close()


@pytest.fixture(autouse=True)
def unhashed_static_files(settings):
    """The live server finds static files by their source names, so pages must name those."""
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }


@pytest.fixture
def site(live_server, transactional_db):
    """The live site with the city's content; its base URL."""
    call_command("load_city_content", stdout=open(os.devnull, "w"))
    return live_server.url
