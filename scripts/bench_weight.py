"""The weight of a page on a phone, for `make bench`: Debian's Chromium at 375 × 812 CSS pixels (device
pixel ratio 2) opens each page with an empty cache, through nginx as in production (its compression),
and counts the bytes each request transferred (headers and compressed bodies) until the network is
quiet. "First screen": what the page needs to show its first screen (HTML, styles, scripts, and the
photos that screen shows). "On opening": everything the browser fetched, also the photos below the
first screen that Chromium fetches ahead of scrolling, and the service worker's first copies. Once
as a browser asks by default, once with `Save-Data: on`.
"""

import shutil

PHONE = {"viewport": {"width": 375, "height": 812}, "device_scale_factor": 2, "is_mobile": True}
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
# The addresses of the images the first screen shows, as the browser chose them from their srcset.
IN_VIEW = """() => [...document.images].filter((image) => {
  const box = image.getBoundingClientRect();
  return box.width > 0 && box.bottom > 0 && box.top < window.innerHeight;
}).map((image) => image.currentSrc)"""


def transferred(request) -> int:
    size = request.sizes()
    # A body answered from the browser's own cache counts as nothing (Chromium reports it below 0).
    return max(0, size["responseBodySize"]) + size["responseHeadersSize"]


def weigh(browser, url: str, headers: dict) -> dict:
    context = browser.new_context(**PHONE, extra_http_headers=headers)
    finished = []
    # The context's requests: the page's and its service worker's (Chromium reports both here).
    context.on("requestfinished", lambda request: finished.append(request))
    page = context.new_page()
    page.goto(url, wait_until="load")
    page.wait_for_load_state("networkidle")
    page.wait_for_timeout(500)  # the worker's first copies, fetched once it is installed
    in_view = set(page.evaluate(IN_VIEW))
    sizes = {request: transferred(request) for request in finished}
    context.close()
    first_screen = [
        request
        for request in sizes
        if not request.service_worker and (request.resource_type != "image" or request.url in in_view)
    ]
    return {"first_screen": sum(sizes[request] for request in first_screen), "opening": sum(sizes.values())}


def first_views(base: str, paths: dict) -> dict:
    """{name: {"plain": {"first_screen": bytes, "opening": bytes}, "save_data": {…}}}; empty without
    Chromium."""
    if CHROMIUM is None:
        return {}
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
        try:
            return {
                name: {
                    "plain": weigh(browser, base + path, {}),
                    "save_data": weigh(browser, base + path, {"Save-Data": "on"}),
                }
                for name, path in paths.items()
            }
        finally:
            browser.close()
