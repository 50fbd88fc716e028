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
    length = instance.end - instance.start if instance.end else None
    wanted = {
        _day(instance, start): (start, start + length if length else None) for start in instance.starts()
    }
    with transaction.atomic():
        rows = Occurrence.objects.select_for_update().filter(event=instance).order_by("start")
        existing = {_day(instance, o.start): o for o in rows}
        Occurrence.objects.filter(pk__in=[o.pk for day, o in existing.items() if day not in wanted]).delete()
        kept = [o for day, o in existing.items() if day in wanted and (o.start, o.end) != wanted[day]]
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


def _day(event, start):
    """The key a date keeps: its day in a series, nothing for an event held once."""
    return timezone.localdate(start) if event.repeat else None
