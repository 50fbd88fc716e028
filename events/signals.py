"""An event's saved state carried to what depends on it: the dates of its series (Occurrence rows) and
the SEQUENCE subscribed calendars compare. As signals, not in Event.save(): restoring a revision and
loading content save without calling it."""

from django.db import transaction
from django.db.models.signals import post_save, pre_save
from django.dispatch import receiver
from django.utils import timezone

from events.models import Event, Occurrence

# What a subscribed calendar shows of an event: a change to any raises its SEQUENCE. Not the English
# title: a translator changes English fields only; calendars take its change by LAST-MODIFIED.
CALENDAR_FIELDS = (
    "start",
    "end",
    "all_day",
    "status",
    "title_de",
    "attendance",
    "venue_id",
    "repeat",
    "repeat_until",
    "exceptions",
)


@receiver(pre_save, sender=Event)
def raise_sequence(sender, instance, **kwargs):
    """Never lower it: a restored revision carries the number it had then."""
    before = Event.objects.filter(pk=instance.pk).values(*CALENDAR_FIELDS, "sequence").first()
    if before is None:
        return
    changed = any(before[field] != getattr(instance, field) for field in CALENDAR_FIELDS)
    instance.sequence = max(before["sequence"], instance.sequence) + (1 if changed else 0)


@receiver(post_save, sender=Event)
def keep_dates(sender, instance, **kwargs):
    """The event's dates as rows. A date that stays keeps its row, even when its time moves (sign-ups
    refer to it): an event held once has one row whatever its day; a series one row per day."""
    wanted = _wanted(instance)
    with transaction.atomic():
        rows = Occurrence.objects.select_for_update().filter(event=instance).order_by("start")
        existing, removed = _matched(instance, rows, wanted)
        Occurrence.objects.filter(pk__in=[o.pk for o in removed]).delete()
        kept = [o for day, o in existing.items() if (o.start, o.end) != wanted[day]]
        for occurrence in kept:
            occurrence.start, occurrence.end = wanted[_day(instance, occurrence.start)]
        # Each kept row stays on its own day, so no moved time takes another row's start.
        Occurrence.objects.bulk_update(kept, ["start", "end"])
        new = [
            Occurrence(event=instance, start=s, end=e)
            for day, (s, e) in wanted.items()
            if day not in existing
        ]
        Occurrence.objects.bulk_create(new)


def _wanted(event) -> dict:
    """The event's dates by the key each keeps (`_day`): {key: (start, end)}."""
    length = event.end - event.start if event.end else None
    return {_day(event, start): (start, start + length if length else None) for start in event.starts()}


def _matched(event, rows, wanted) -> tuple[dict, list]:
    """The saved rows that stay, by key (the first of several with one key: a series that became a
    single event keeps its first date's row), and those that go."""
    existing, removed = {}, []
    for occurrence in rows:
        day = _day(event, occurrence.start)
        if day in wanted and day not in existing:
            existing[day] = occurrence
        else:
            removed.append(occurrence)
    return existing, removed


def removed_dates(event) -> list[Occurrence]:
    """The saved dates that saving `event` as it stands (changed, not yet saved) would remove: for a
    form to warn of it before (signups: those who signed up for them are told)."""
    if event.pk is None or event.start is None:
        return []
    rows = Occurrence.objects.filter(event_id=event.pk).order_by("start")
    return _matched(event, rows, _wanted(event))[1]


def _day(event, start):
    """The key a date keeps: its day in a series, nothing for an event held once."""
    return timezone.localdate(start) if event.repeat else None
