"""Counting beside the request. A count is a dictionary entry in the worker's memory (no database, no
cache server while the visitor waits); every VISITS_FLUSH_SECONDS a thread beside the requests adds
them to the day's rows in one statement. If the database is away the counts wait for the next try,
at most MOST_KEYS of them (a flood of made-up addresses cannot fill the memory)."""

import functools
import logging
import re
import threading
import time
import zoneinfo
from collections import Counter
from urllib.parse import urlsplit

from django.conf import settings
from django.db import DatabaseError, InterfaceError, OperationalError, connection, transaction
from django.utils import timezone

from operations import background

logger = logging.getLogger(__name__)
MOST_KEYS = 20_000
LONGEST = 300
# Programs, not people: search engines, monitors, link checkers (this site's own too), scripts.
BOTS = re.compile(
    r"bot|crawl|spider|slurp|archiv|fetch|monitor|check|scan|curl|wget|python|http-?client|java/|go-http|"
    r"headless|lighthouse|preview|feed|pruefung",
    re.IGNORECASE,
)

_lock = threading.Lock()
_counts: Counter = Counter()
_due = [0.0]  # when the next flush is due; set by the first count


def is_bot(request) -> bool:
    agent = request.headers.get("User-Agent", "")
    return not agent or bool(BOTS.search(agent))


@functools.cache
def _zone():
    return zoneinfo.ZoneInfo(settings.TIME_ZONE)


def today():
    """The site's date: its time zone named, not looked up per thread (a third of a count's cost)."""
    return timezone.localdate(timezone=_zone())


def printable(key: str) -> str:
    """What a key may hold: a hostile address's NUL byte or lone surrogate would make PostgreSQL
    refuse the whole batch, and with it every count after."""
    return "".join(character for character in key[:LONGEST] if character.isprintable())


def count(measure: str, key: str, day=None) -> None:
    entry = (day or today(), measure, printable(key))
    with _lock:
        if entry in _counts or len(_counts) < MOST_KEYS:
            _counts[entry] += 1
        now = time.monotonic()
        if now < _due[0] or not _due[0]:
            _due[0] = _due[0] or now + settings.VISITS_FLUSH_SECONDS
            return
        _due[0] = now + settings.VISITS_FLUSH_SECONDS
    background.run(flush)


def _taken() -> Counter:
    with _lock:
        taken = _counts.copy()
        _counts.clear()
    return taken


def flush() -> int:
    """Adds what was counted to the database; returns how many rows it touched."""
    taken = _taken()
    if not taken:
        return 0
    rows = [(day, measure, key, number) for (day, measure, key), number in taken.items()]
    try:
        return _written(rows)
    except (OperationalError, InterfaceError):
        _keep(rows)
        return 0
    except (DatabaseError, ValueError):  # a row the database refuses: the others go in without it
        return _written_one_by_one(rows)
    finally:
        if threading.current_thread() is not threading.main_thread():
            connection.close()  # a thread's own connection


def _written(rows: list) -> int:
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.executemany(
            "INSERT INTO visits_daycount (day, measure, key, count) VALUES (%s, %s, %s, %s) "
            "ON CONFLICT (day, measure, key) "
            "DO UPDATE SET count = visits_daycount.count + EXCLUDED.count",
            rows,
        )
    return len(rows)


def _written_one_by_one(rows: list) -> int:
    written = 0
    for position, row in enumerate(rows):
        try:
            written += _written([row])
        except (OperationalError, InterfaceError):
            _keep(rows[position:])
            break
        except (DatabaseError, ValueError):
            logger.error("A visit count the database refused was dropped: %r", row[:3], exc_info=True)
    return written


def _keep(rows: list) -> None:
    """The database is away: the counts wait in memory for the next try."""
    logger.warning("Visit counts could not be written; they wait for the next try", exc_info=True)
    with _lock:
        for day, measure, key, number in rows:
            if (day, measure, key) in _counts or len(_counts) < MOST_KEYS:
                _counts[day, measure, key] += number


def referrer_host(request) -> str:
    """The referring site's host, if another site's; nothing of its path (it may hold a person's data)."""
    try:
        host = urlsplit(request.headers.get("Referer", "")).hostname or ""
    except ValueError:
        return ""
    own = urlsplit(settings.SITE_URL).hostname
    return "" if not host or host == own or not host.isascii() else host.lower()


class VisitMiddleware:
    """First in MIDDLEWARE: sees every answer, those from the page cache too."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        # Signed-in staff (a session cookie) are no visitors; their pages are never counted.
        visitor = settings.SESSION_COOKIE_NAME not in request.COOKIES
        if request.method == "GET" and visitor and not is_bot(request):
            self.counted(request, response)
        return response

    def counted(self, request, response):
        if not response.get("Content-Type", "").startswith("text/html"):
            return
        day = today()
        if response.status_code == 404:
            count("not_found", request.path, day)
        elif response.status_code == 200:
            count("page", request.path, day)
            language = request.path.strip("/").split("/")[0]
            if language in dict(settings.LANGUAGES):
                count("language", language, day)
            if host := referrer_host(request):
                count("referrer", host, day)
        if query := getattr(request, "search_found_nothing", ""):
            count("search", query.lower(), day)
