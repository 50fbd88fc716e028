"""The weight of a first view on a phone, for `make bench`: Debian's Chromium at 375 × 812 CSS pixels
(device pixel ratio 2) opens each page with an empty cache, through nginx as in production (its
compression), and counts the bytes every request transferred (headers and compressed bodies, the
service worker's first copies too) until the network is quiet. Photos below the first screen load
only when scrolled to, so they are not counted, as a visitor who only looks would not pay for them.
Once as a browser asks by default, once with `Save-Data: on`.
"""

import shutil

PHONE = {"viewport": {"width": 375, "height": 812}, "device_scale_factor": 2, "is_mobile": True}
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


def first_view(browser, url: str, headers: dict) -> int:
    context = browser.new_context(**PHONE, extra_http_headers=headers)
    finished = []
    # The context's requests: the page's and its service worker's (Chromium reports both here).
    context.on("requestfinished", lambda request: finished.append(request))
    page = context.new_page()
    page.goto(url, wait_until="load")
    page.wait_for_load_state("networkidle")
    page.wait_for_timeout(500)  # the worker's first copies, fetched once it is installed
    sizes = [request.sizes() for request in finished]
    context.close()
    # A body answered from the browser's own cache counts as nothing (Chromium reports it below 0).
    return sum(max(0, size["responseBodySize"]) + size["responseHeadersSize"] for size in sizes)


def first_views(base: str, paths: dict) -> dict:
    """{name: {"plain": bytes, "save_data": bytes}}; empty without Chromium."""
    if CHROMIUM is None:
        return {}
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
        try:
            return {
                name: {
                    "plain": first_view(browser, base + path, {}),
                    "save_data": first_view(browser, base + path, {"Save-Data": "on"}),
                }
                for name, path in paths.items()
            }
        finally:
            browser.close()
