"""The in-process figures of `make bench`, per page: queries, render time, compressed weight.

Run by scripts/bench.py with the bench's DATABASE_URL; prints JSON. Each measured request asks for an
address the page cache has not seen (a made-up parameter), so the page is rendered every time.
"""

import gzip
import itertools
import json
import os
import re
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "arnsberg_site.settings")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402

from operations import page_cache  # noqa: E402

ASSET = re.compile(r'(?:href|src)="(/static/[^"]+\.(?:css|js))"')
FONT = re.compile(r"url\(['\"]?([^'\")]+\.woff2?)['\"]?\)")


def static_file(url: str) -> Path:
    return Path(settings.STATIC_ROOT) / url.removeprefix(settings.STATIC_URL)


def compressed_weight(html: bytes) -> int:
    """The bytes a first visit transfers, gzip-compressed: the HTML, its CSS and JS, their fonts."""
    total = len(gzip.compress(html))
    for url in set(ASSET.findall(html.decode())):
        content = static_file(url).read_bytes()
        total += len(gzip.compress(content))
        if url.endswith(".css"):
            for font in set(FONT.findall(content.decode())):
                total += static_file(str(Path(url).parent / font)).stat().st_size
    return total


def addresses(path: str):
    return (f"{path}{'&' if '?' in path else '?'}probe={n}" for n in itertools.count())


def first_render(client: Client, path: str, new_address) -> dict:
    client.get(next(new_address))  # templates loaded, connection open, shared parts in the cache
    queries = []
    with connection.execute_wrapper(lambda execute, sql, *args: queries.append(sql) or execute(sql, *args)):
        response = client.get(next(new_address))
    assert response.status_code == 200, (path, response.status_code)
    return {
        "queries": len(queries),
        "weight": compressed_weight(response.content),
        "html": len(gzip.compress(response.content)),
    }


def main(paths: list[str], rounds=30):
    """The pages take turns, a render each per round, so that a slower moment of a shared machine
    falls on all of them alike; the median of each page's renders. `render_ms`: an address the page
    cache has not seen, the parts many addresses share (notices, footer, a filter's choices) from the
    cache; `after_edit_ms`: the first render after an edit, when those are read afresh too."""
    client = Client(HTTP_HOST="127.0.0.1")
    new_address = {path: addresses(path) for path in paths}
    figures = {path: first_render(client, path, new_address[path]) for path in paths}
    timings = {(path, edit): [] for edit in (False, True) for path in paths}
    for _ in range(rounds):
        for path in paths:  # the shared parts back in the cache after the last round's edits
            client.get(next(new_address[path]))
        for path, edit in timings:
            if edit:
                page_cache.new_generation()  # what a save in the admin does
            started = time.perf_counter()
            client.get(next(new_address[path]))
            timings[path, edit].append(time.perf_counter() - started)
    for (path, edit), renders in timings.items():
        figures[path]["after_edit_ms" if edit else "render_ms"] = statistics.median(renders) * 1000
    figures["signup"] = what_a_signup_ends(client, paths)
    print(json.dumps(figures))


def what_a_signup_ends(client: Client, paths: list[str]) -> dict:
    """Which pages are still answered from the page cache after a sign-up changed an event's seats:
    the event's page must not be, every other page must."""
    from events.models import Event
    from signups.seats import seats_tag

    event_path = next(path for path in paths if "/bench-event-" in path)
    for path in paths:
        client.get(path)
    event = Event.objects.get(slug_de=event_path.rstrip("/").rsplit("/", 1)[1])
    page_cache.tag_changed(seats_tag(event.pk))  # what confirming or cancelling a sign-up does
    cached = {path: client.get(path).headers.get("X-Page-Cache") == "hit" for path in paths}
    return {
        "event_page_cached": cached.pop(event_path),
        "others_cached": sum(cached.values()),
        "others": len(cached),
    }


if __name__ == "__main__":
    main(sys.argv[1:])
