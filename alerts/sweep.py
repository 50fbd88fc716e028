"""What is new: the stories and events public now that were never announced (a scheduled publication
counts from when it opens), each made an Announcement with a Delivery for every confirmed subscription
it matches: its kind ("all new stories"), one of its partnerships, or one of its themes."""

from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models import Max, Q

from alerts.models import Announcement, Delivery, Subscription
from events.models import Event
from stories.models import Story


@dataclass(frozen=True)
class Kind:
    model: type
    flag: str  # the subscription's "all new …" field


KINDS = (Kind(Story, "new_stories"), Kind(Event, "new_events"))


def kind_of(model) -> Kind | None:
    return next((kind for kind in KINDS if kind.model is model), None)


def matching(item) -> "Subscription.objects":
    """The confirmed subscriptions that follow `item`."""
    kind = kind_of(type(item))
    wanted = Q(**{kind.flag: True})
    wanted |= Q(partnerships__in=item.partnerships.values("pk"))
    wanted |= Q(themes__in=item.themes.values("pk"))
    return Subscription.objects.filter(wanted, confirmed_at__isnull=False).distinct()


def announce(item, note: str = "") -> Announcement:
    """The next round for `item`, with its deliveries (only to subscriptions confirmed by now)."""
    content_type = ContentType.objects.get_for_model(type(item))
    with transaction.atomic():
        rounds = Announcement.objects.filter(content_type=content_type, object_id=item.pk)
        last = rounds.aggregate(last=Max("round"))["last"] or 0
        announcement = Announcement.objects.create(
            content_type=content_type, object_id=item.pk, round=last + 1, title=str(item)[:200], note=note
        )
        Delivery.objects.bulk_create(
            [Delivery(subscription=s, announcement=announcement) for s in matching(item)],
            ignore_conflicts=True,
        )
    return announcement


def _unannounced(kind: Kind):
    content_type = ContentType.objects.get_for_model(kind.model)
    announced = Announcement.objects.filter(content_type=content_type).values("object_id")
    return kind.model.objects.published().exclude(pk__in=announced)


def sweep() -> int:
    """Announces what went public since the last sweep; returns how many items."""
    count = 0
    for kind in KINDS:
        for item in _unannounced(kind):
            announce(item)
            count += 1
    return count


def mark_shipped_as_announced(loader=None) -> None:
    """After `load_city_content`: what the site ships is no news to anyone."""
    for kind in KINDS:
        content_type = ContentType.objects.get_for_model(kind.model)
        Announcement.objects.bulk_create(
            [
                Announcement(content_type=content_type, object_id=item.pk, title=str(item)[:200])
                for item in _unannounced(kind)
            ],
            ignore_conflicts=True,
        )
