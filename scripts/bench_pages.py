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


def measure(client: Client, path: str) -> dict:
    addresses = (f"{path}{'&' if '?' in path else '?'}probe={n}" for n in itertools.count())
    client.get(next(addresses))  # templates loaded, connection open, shared parts in the cache
    queries = []
    with connection.execute_wrapper(lambda execute, sql, *args: queries.append(sql) or execute(sql, *args)):
        response = client.get(next(addresses))
    assert response.status_code == 200, (path, response.status_code)
    timings = []
    for _ in range(30):
        started = time.perf_counter()
        client.get(next(addresses))
        timings.append(time.perf_counter() - started)
    return {
        "queries": len(queries),
        "render_ms": statistics.median(timings) * 1000,
        "weight": compressed_weight(response.content),
    }


def main(paths: list[str]):
    client = Client(HTTP_HOST="127.0.0.1")
    print(json.dumps({path: measure(client, path) for path in paths}))


if __name__ == "__main__":
    main(sys.argv[1:])
