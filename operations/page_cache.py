"""Public pages for anonymous visitors from a cache that every worker shares (settings.CACHES).

A hit is answered before sessions, CSRF, authentication or the database are looked at. What a page
shows changes in two ways, and both end its cached copies:
- an edit: any save or deletion of a content row starts a new cache generation (`content_changed`);
- the clock: a scheduled publication, a notice's start or end, or midnight (the "next dates" lists).
  No copy outlives the next such moment (`next_scheduled_change`).

Only pages under a language prefix are cached, only for visitors without a session, only answers 200
that set no cookie and are not marked private or no-store (previews, forms with a time token, pages
of signed-in staff). Apps add what else a page varies by (the notices hidden by this visitor) through
`add_page_variant`.
"""

import contextlib
import contextvars
import functools
import hashlib
import logging
import secrets
import time
from datetime import datetime, timedelta
from pathlib import Path

import redis
from django.apps import apps
from django.conf import settings
from django.core.cache import cache, caches
from django.db import transaction
from django.http import HttpResponse
from django.utils import timezone, translation
from django.utils.cache import patch_cache_control, patch_vary_headers, set_response_etag
from django.utils.http import http_date

logger = logging.getLogger(__name__)
# What a cache that is away raises (Redis; the files of the default cache): the page is then rendered.
CACHE_ERRORS = (OSError, redis.RedisError)
# Apps whose rows no public page shows: saving them (a sign-in, a session) changes no page.
IGNORED_APPS = {"admin", "auth", "axes", "contenttypes", "django_otp", "otp_totp", "reversion", "sessions"}
# Rows of other apps that no page shows either: the keys of share links (made when a form shows one);
# and those whose apps end the copies they concern themselves (`ignore_model`, `tag_changed`).
IGNORED_MODELS = {"publishing.sharekey"}


def ignore_model(label: str) -> None:
    """Saving a row of `label` ("app.model") starts no new generation: the app ends the copies its rows
    show through `depends_on` and `tag_changed`, e.g. a sign-up those of its event's page only."""
    IGNORED_MODELS.add(label.lower())


def cacheable_request(request) -> bool:
    """A public page asked for by a visitor without a session, with no query parameter but those the
    pages read (PAGE_CACHE_QUERY_PARAMETERS): made-up ones would fill the cache with copies."""
    return (
        settings.PAGE_CACHE_SECONDS > 0
        and request.method in ("GET", "HEAD")
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and set(request.GET) <= settings.PAGE_CACHE_QUERY_PARAMETERS
        and translation.get_language_from_path(request.path_info) is not None
    )


def understood(request, **values) -> None:
    """A view names the query parameters it read and the value it took each for. Its answer is kept
    only when the address says exactly that: a made-up value (a year no list offers, a page beyond the
    last, `?q=` on a page that searches nothing, a search that finds nothing) is answered, but never
    stored, so that a flood of such addresses cannot crowd the real pages out of the cache."""
    request.page_cache_understood = {**getattr(request, "page_cache_understood", {}), **values}


def understood_exactly(request) -> bool:
    taken = getattr(request, "page_cache_understood", {})
    return all(name in taken and request.GET.getlist(name) == [str(taken[name])] for name in request.GET)


def cacheable_response(request, response) -> bool:
    control = response.get("Cache-Control", "")
    return (
        response.status_code in (200, 301)  # a page, or where a page now lives
        and not response.streaming
        and not response.cookies
        and not any(word in control for word in ("private", "no-store", "no-cache"))
        and understood_exactly(request)
    )


def next_scheduled_change(now: datetime) -> datetime:
    """The next moment a page may change although nothing is saved: a publication window opening or
    closing (every model whose default queryset says when, with `window_changes(now)`, as
    publishing.publishing's do; one query for all), or midnight here."""
    local = timezone.localtime(now)
    midnight = timezone.make_aware(datetime.combine(local.date() + timedelta(days=1), datetime.min.time()))
    parts = [
        part
        for model in apps.get_models()
        if hasattr(queryset := model._default_manager.all(), "window_changes")
        for part in queryset.window_changes(now)
    ]
    moments = [moment for (moment,) in parts[0].union(*parts[1:], all=True)] if parts else []
    return min([midnight, *moments])


@functools.cache
def state_key() -> str:
    """Per release: a deploy with changed code (the project's packages, migrations among them, which
    may change content without a save), templates, translations or static files starts afresh. From
    the files' contents, not their times: every server of a release, each with its own checkout, must
    share the key, or an edit through one would not end the copies of another."""
    base = Path(settings.BASE_DIR)
    packages = [folder for folder in base.iterdir() if (folder / "__init__.py").exists()]
    files = [
        *(path for package in packages for path in package.rglob("*.py")),
        *base.glob("*/templates/**/*.*"),
        *base.glob("templates/**/*.*"),
        *base.glob("locale/*/LC_MESSAGES/*.mo"),
        Path(settings.STATIC_ROOT, "staticfiles.json"),
    ]
    release = hashlib.sha256()
    for path in sorted(path for path in files if path.is_file()):
        name = path.relative_to(base) if path.is_relative_to(base) else path.name
        release.update(f"{name}\0".encode())
        release.update(path.read_bytes())
    return "page-cache:state:" + release.hexdigest()[:16]


# The generation as this request first read it (PageCacheMiddleware): every part of a page taken from
# the cache (`remembered`) would otherwise ask the cache for it again. None outside a request.
_request_state: contextvars.ContextVar[dict | None] = contextvars.ContextVar("page_cache_state", default=None)


def current_state(now: datetime) -> dict:
    """The cache generation: its number, when the content last changed, and until when it holds."""
    memo = _request_state.get()
    if memo and memo["state"]["until"] > now:
        return memo["state"]
    state = cache.get(state_key())
    if state is None or state["until"] <= now:
        # First use, or a scheduled change came: a new generation, changed then.
        changed = state["until"] if state else now
        state = {"generation": time.time_ns(), "changed": changed, "until": next_scheduled_change(now)}
        cache.set(state_key(), state, timeout=None)
    if memo is not None:
        memo["state"] = state
    return state


def lifetime(state: dict, now: datetime) -> int:
    """How many seconds a copy made now may be kept: at most PAGE_CACHE_SECONDS, and never past the
    next scheduled change (0 or less: not at all)."""
    return min(settings.PAGE_CACHE_SECONDS, int((state["until"] - now).total_seconds()))


def remembered(name: str, compute):
    """What `compute()` returns, kept in the shared cache for this generation and language: for parts
    of every page that change only when content or the clock does (the active notices, the footer's
    legal pages), so that a page missing from the cache reads only what is its own."""
    if settings.PAGE_CACHE_SECONDS <= 0:
        return compute()
    now = timezone.now()
    try:
        state = current_state(now)
        key = f"{state_key()}:{state['generation']}:{name}:{translation.get_language()}"
        value = cache.get(key)
    except CACHE_ERRORS:
        return compute()
    if value is None:
        value = compute()
        if (seconds := lifetime(state, now)) > 0:
            try:
                cache.set(key, value, timeout=seconds)
            except CACHE_ERRORS:
                pass  # computed again next time
    return value


# True while rows are changed only to be rolled back (a revision's form shown): no page changes.
_rolled_back = contextvars.ContextVar("page_cache_rolled_back", default=False)


@contextlib.contextmanager
def changes_rolled_back():
    """`with changes_rolled_back():` around saves that a transaction will undo: they end no copies."""
    token = _rolled_back.set(True)
    try:
        yield
    finally:
        _rolled_back.reset(token)


def content_changed(**kwargs):
    """Signal receiver: a content row was saved or deleted. Now (so that this process's next request
    sees it) and again after the commit (so that no page rendered meanwhile from the old rows stays)."""
    sender = kwargs.get("sender")
    ignored = sender is not None and (
        sender._meta.app_label in IGNORED_APPS or sender._meta.label_lower in IGNORED_MODELS
    )
    if ignored or _rolled_back.get():
        return
    new_generation()
    transaction.on_commit(new_generation)


def new_generation():
    if memo := _request_state.get():
        memo.clear()  # a save during a request: its later parts read the new generation
    try:
        cache.delete(state_key())
    except CACHE_ERRORS:  # a cache server away: its pages are unreachable too
        logger.warning("The page cache could not be told of a change", exc_info=True)


def _tag_key(tag: str) -> str:
    return f"{state_key()}:tag:{tag}"


def depends_on(request, tag: str) -> None:
    """The page being rendered shows what `tag` names (e.g. an event's seats left): its copy ends when
    `tag_changed(tag)` is called. Call it before reading what the tag names: the version read now is
    the one the copy is kept under, so a change during the render ends it too."""
    tags = getattr(request, "page_cache_tags", {})
    if tag not in tags and settings.PAGE_CACHE_SECONDS > 0:
        try:
            version = cache.get(_tag_key(tag))
            if version is None:
                cache.add(_tag_key(tag), secrets.token_hex(8), timeout=None)
                version = cache.get(_tag_key(tag))
        except CACHE_ERRORS:
            version = None
        tags[tag] = version
    request.page_cache_tags = tags


def tag_changed(tag: str) -> None:
    """End the copies of the pages that depend on `tag`, now and after the commit."""

    def change():
        try:
            # Random, not the time: two changes within one tick of the clock must differ.
            cache.set(_tag_key(tag), secrets.token_hex(8), timeout=None)
        except CACHE_ERRORS:
            logger.warning("The page cache could not be told of a change of %s", tag, exc_info=True)

    change()
    transaction.on_commit(change)


def tags_current(tags: dict) -> bool:
    if not tags:
        return True
    found = cache.get_many([_tag_key(tag) for tag in tags])
    return all(version is not None and found.get(_tag_key(tag)) == version for tag, version in tags.items())


_page_variants: list = []
_vary_headers: list[str] = []


def add_page_variant(variant, header: str = "") -> None:
    """`variant(request)` is a string naming what else than its address a public page varies by for
    this visitor (e.g. the notices they hid); the cache keeps one copy per value. It must read only the
    request, never the database. A variant read from a request `header` (e.g. Save-Data) is named in
    every page's Vary too, so that nginx, a CDN and the browser keep one copy per value as well."""
    if variant not in _page_variants:
        _page_variants.append(variant)
    if header and header not in _vary_headers:
        _vary_headers.append(header)


def page_key(request, state) -> str:
    variant = "|".join(variant(request) for variant in _page_variants)
    raw = f"{state['generation']}|{request.get_full_path()}|{variant}"
    return "page:" + hashlib.sha256(raw.encode()).hexdigest()


class PageCacheMiddleware:
    """Early in MIDDLEWARE: after security and static files, before sessions. ConditionalGetMiddleware
    sits before it, so that a hit answers If-None-Match / If-Modified-Since with 304 too."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = _request_state.set({})
        try:
            return self.answer(request)
        finally:
            _request_state.reset(token)

    def answer(self, request):
        if not cacheable_request(request):
            return self.get_response(request)
        now = timezone.now()
        try:
            state = current_state(now)
            key = page_key(request, state)
            entry = read_copy(key)
            if entry is not None and not tags_current(entry[3]):
                entry = None
        except CACHE_ERRORS:  # the cache server is away: serve the page as if there were no cache
            logger.warning("The page cache cannot be read", exc_info=True)
            return self.get_response(request)
        if entry is not None:
            return from_entry(entry)
        response = self.get_response(request)
        patch_vary_headers(response, _vary_headers)
        seconds = lifetime(state, now)
        if cacheable_response(request, response) and seconds > 0:
            mark_public(response, state["changed"], seconds)
            try:
                tags = getattr(request, "page_cache_tags", {})
                cache.set(key, to_entry(response, tags, time.time() + seconds), timeout=seconds)
            except CACHE_ERRORS:
                logger.warning("The page cache cannot be written", exc_info=True)
        return response


def mark_public(response, changed: datetime, seconds: int):
    """Validators for revalidation (304), and a short life in shared caches (nginx, a CDN)."""
    set_response_etag(response)
    response["Last-Modified"] = http_date(changed.timestamp())
    shared = max(0, min(settings.SHARED_CACHE_SECONDS, seconds))
    patch_cache_control(response, public=True, max_age=0, s_maxage=shared, must_revalidate=True)


def read_copy(key: str):
    """A page's copy: from this worker's memory if it read the copy before, else from the shared cache
    (and then kept in memory until the shared copy expires). A copy never changes under its key, which
    holds the generation: an edit, read from the shared cache at every request, makes new keys."""
    here = caches["pages_in_this_worker"]
    entry = here.get(key)
    if entry is None:
        entry = cache.get(key)
        if entry is not None and (seconds := entry[-1] - time.time()) > 0:
            here.set(key, entry, timeout=seconds)
    return entry


def to_entry(response, tags: dict, expires: float) -> tuple:
    return response.status_code, list(response.items()), response.content, tags, expires


def from_entry(entry) -> HttpResponse:
    status, headers, content, _tags, _expires = entry
    response = HttpResponse(content, status=status)
    for name, value in headers:
        response[name] = value
    # Says where the answer came from, as nginx's X-Cache-Status does (make bench reads it).
    response["X-Page-Cache"] = "hit"
    return response
