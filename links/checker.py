"""One run of the link checker: the rows brought in line with the content, then each address asked once
(this site's in the process; other sites' a few hosts at a time, one request after another per host
with a pause, at most LINK_CHECK_PER_HOST a run, those checked longest ago first), and every row of an
address given its outcome."""

import time
from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models import F, Value
from django.db.models.functions import Coalesce
from django.utils import timezone

from links.gather import holder, holders, links_of
from links.models import Link, LinkStatus
from links.probing import host_of, probe

HOSTS_AT_ONCE = 4


def _wanted() -> dict[tuple[type, int], set[tuple[str, str]]]:
    """(holder's model, pk) -> its (field, address) pairs, rows of its form's tables included."""
    wanted = defaultdict(set)
    for model in holders():
        for obj in model._base_manager.all():
            parent, prefix = holder(obj)
            wanted[type(parent), parent.pk] |= {(prefix + field, url) for field, url in links_of(obj)}
    return wanted


def gather() -> int:
    """Rows for the links the content holds now; rows of links gone are deleted. Returns the count."""
    wanted = _wanted()
    for (model, pk), links in wanted.items():
        kind = ContentType.objects.get_for_model(model)
        with transaction.atomic():
            rows = Link.objects.filter(content_type=kind, object_id=pk)
            have = set(rows.values_list("field", "url"))
            for field, url in have - links:
                rows.filter(field=field, url=url).delete()
            Link.objects.bulk_create(
                [Link(content_type=kind, object_id=pk, field=f, url=u) for f, u in links - have],
                ignore_conflicts=True,
            )
    # Rows of objects deleted since the last run, or that hold no link now.
    held = defaultdict(list)
    for model, pk in wanted:
        held[ContentType.objects.get_for_model(model).pk].append(pk)
    for row in Link.objects.values("content_type", "object_id").distinct():
        if row["object_id"] not in held.get(row["content_type"], ()):
            Link.objects.filter(**row).delete()
    return sum(len(links) for links in wanted.values())


def _due() -> dict[str, list[str]]:
    """Addresses to ask, by host ("" for this site), the longest unchecked first."""
    by_host: dict[str, list[str]] = defaultdict(list)
    rows = Link.objects.order_by(F("checked_at").asc(nulls_first=True)).values_list("url", flat=True)
    for url in dict.fromkeys(rows):  # each address once, in the rows' order
        host = host_of(url)
        if host == "" or len(by_host[host]) < settings.LINK_CHECK_PER_HOST:
            by_host[host].append(url)
    return by_host


def _one_host(urls: list[str]) -> dict:
    outcomes = {}
    for index, url in enumerate(urls):
        if index:
            time.sleep(settings.LINK_CHECK_PAUSE)  # politeness to the other site
        outcomes[url] = probe(url)
    return outcomes


def _record(url: str, outcome, now) -> None:
    broken = outcome.status == LinkStatus.BROKEN
    Link.objects.filter(url=url).update(
        status=outcome.status,
        problem=outcome.problem,
        code=outcome.code,
        redirect_to=outcome.redirect_to[:2000],
        checked_at=now,
        # Since the first run that found it broken; a link that works again may be reported again.
        broken_since=Coalesce(F("broken_since"), Value(now)) if broken else None,
        reported=F("reported") if broken else False,
    )


def check() -> int:
    """Asks every address due; returns how many were asked."""
    by_host = _due()
    own = by_host.pop("", [])
    outcomes = {url: probe(url) for url in own}
    if not settings.LINK_CHECK_EXTERNAL:
        by_host = {}
    with ThreadPoolExecutor(max_workers=HOSTS_AT_ONCE) as pool:
        for found in pool.map(_one_host, by_host.values()):
            outcomes.update(found)
    now = timezone.now()
    for url, outcome in outcomes.items():
        _record(url, outcome, now)
    return len(outcomes)
