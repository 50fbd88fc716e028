"""Finding the notices that apply to a request: one query, shared by the banner and maintenance mode."""

import re
from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.postgres.aggregates import JSONBAgg
from django.db.models import Q
from django.db.models.functions import JSONObject
from django.utils import timezone

from core.translated_text import TranslatedText, pick
from notices.models import Notice, NoticeItem
from operations import page_cache

HIDDEN_COOKIE = "hidden_notices"
# ASCII digits only: \d would take Arabic-Indic or full-width digits, which int() reads but a cookie
# header cannot carry (gunicorn answers a non-ASCII Set-Cookie with a bare 500).
TOKEN_PATTERN = re.compile(r"[0-9]{1,9}\.[0-9]{1,9}", re.ASCII)
MAX_HIDDEN = 20
# Enough for MAX_HIDDEN tokens; a longer cookie is cut rather than parsed.
MAX_COOKIE_CHARS = 400
# A maintenance window about to end still asks clients to wait a minute, not to hammer the site.
MIN_RETRY_SECONDS = 60


@dataclass
class ActiveNotice:
    """A notice as the banner shows it, with its open items, read from one row of the query."""

    notice: Notice
    items: list[dict] = field(default_factory=list)
    preview: bool = False

    @property
    def token(self) -> str:
        return f"{self.notice.pk}.{self.notice.revision}"

    def open_items(self) -> list[tuple[TranslatedText, str]]:
        states = dict(NoticeItem.State.choices)
        return [(pick(item["labels"]), states[item["state"]]) for item in self.items]

    def applies_to(self, path: str) -> bool:
        prefixes = self.notice.path_prefixes
        return not prefixes or any(path.startswith(prefix) for prefix in prefixes)


def active_notices(now=None, previews=False) -> list[ActiveNotice]:
    """Every active notice with its items that are not available again; urgent ones first.

    With `previews` (for staff), also the notices not public yet, marked as previews.
    """
    labels = JSONObject(**{lang: f"items__label_{lang}" for lang, _ in settings.CONTENT_LANGUAGES})
    now = now or timezone.now()
    if previews:
        notices = Notice.objects.with_publication_status(now).exclude(publication_status=Notice.Status.ENDED)
    else:
        # Every public page asks this: plain conditions on the columns, the status only to read back.
        notices = Notice.objects.published(now).with_publication_status(now)
    rows = notices.annotate(
        open_items=JSONBAgg(
            JSONObject(labels=labels, state="items__state"),
            filter=Q(items__isnull=False) & ~Q(items__state=NoticeItem.State.AVAILABLE),
            order_by=("items__ordering", "items__id"),
            default=[],
        )
    )
    notices = [
        ActiveNotice(row, row.open_items, row.publication_status != Notice.Status.LIVE) for row in rows
    ]
    notices.sort(key=lambda n: (Notice.SEVERITY_RANK[n.notice.severity], -n.notice.priority, -n.notice.pk))
    return notices


def hidden_tokens(request) -> list[str]:
    """The notices this visitor hid, as "id.revision" tokens; anything malformed is ignored."""
    raw = request.COOKIES.get(HIDDEN_COOKIE, "")[:MAX_COOKIE_CHARS]
    return [token for token in raw.split("_") if TOKEN_PATTERN.fullmatch(token)][-MAX_HIDDEN:]


def hidden_variant(request) -> str:
    """What the page cache keys a page on: the hidden notices that the page would show, not every
    well-formed token a cookie may carry (each made-up one would make a copy of its own)."""
    tokens = hidden_tokens(request)
    if not tokens:
        return ""
    shown = {
        notice.token
        for notice in page_cache.remembered("notices", active_notices)
        if notice.notice.is_dismissible and notice.applies_to(request.path_info)
    }
    return "_".join(sorted(shown.intersection(tokens)))


def seconds_until(moment, default: int) -> int:
    if moment is None:
        return default
    return max(MIN_RETRY_SECONDS, int((moment - timezone.now()).total_seconds()))
