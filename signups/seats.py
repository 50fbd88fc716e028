"""Seats and the waiting list. Every change to who holds a seat of a date happens with that date's row
locked (SELECT … FOR UPDATE), so two people confirming the last seat at the same moment are served one
after the other: one gets it, the other goes on the waiting list."""

from django.db import transaction
from django.db.models import Q, Sum
from django.db.models.functions import Coalesce
from django.utils import timezone

from events.models import Occurrence
from operations import page_cache
from signups.models import Registration, SignupOptions

Status = Registration.Status


def seats_tag(occurrence_or_event_id) -> str:
    """The page cache's name for "the seats of this event": its page shows them."""
    return f"event-seats:{occurrence_or_event_id}"


def capacity(event) -> int | None:
    options = SignupOptions.objects.filter(event_id=event.pk).first()
    return options.capacity if options else None


def _left(capacity: int | None, taken: int) -> int | None:
    return None if capacity is None else max(0, capacity - taken)


def seats_left(occurrence) -> int | None:
    """None: no limit."""
    return _left(capacity(occurrence.event), occurrence.registrations.seats_taken())


def seats_left_on(dates) -> dict[int, int | None]:
    """The seats left on each of these dates (None: no limit), read in one query; a date whose event
    takes no sign-up at the moment is not in it."""
    holding = Q(registrations__status=Status.CONFIRMED)
    rows = (
        Occurrence.objects.filter(pk__in=[date.pk for date in dates], event__signup__is_open=True)
        .annotate(taken=Coalesce(Sum("registrations__people", filter=holding), 0))
        .values_list("pk", "event__signup__capacity", "taken")
    )
    return {pk: _left(capacity, taken) for pk, capacity, taken in rows}


def _locked(registration) -> tuple[Occurrence, Registration]:
    occurrence = (
        Occurrence.objects.select_for_update().select_related("event").get(pk=registration.occurrence_id)
    )
    return occurrence, Registration.objects.select_for_update().get(pk=registration.pk)


def _changed(occurrence):
    page_cache.tag_changed(seats_tag(occurrence.event_id))


@transaction.atomic
def confirm(registration) -> Registration:
    """The visitor followed the link in the mail: a seat if one is left for all they bring, else a
    place on the waiting list. Confirming twice changes nothing."""
    occurrence, registration = _locked(registration)
    if registration.status != Status.UNCONFIRMED:
        return registration
    left = seats_left(occurrence)
    registration.status = Status.CONFIRMED if left is None or registration.people <= left else Status.WAITING
    registration.confirmed_at = timezone.now()
    registration.save(update_fields=["status", "confirmed_at"])
    _changed(occurrence)
    return registration


@transaction.atomic
def cancel(registration) -> tuple[Registration, list[Registration]]:
    """The visitor cancels: their seats go to the waiting list, in the order people confirmed. Returns
    the registration and those who moved up."""
    occurrence, registration = _locked(registration)
    if registration.status == Status.CANCELLED:
        return registration, []
    held = registration.status == Status.CONFIRMED
    registration.status = Status.CANCELLED
    registration.save(update_fields=["status"])
    moved = move_up(occurrence) if held else []
    _changed(occurrence)
    return registration, moved


def move_up(occurrence) -> list[Registration]:
    """Seats that came free go to the waiting list in order; a group too large for what is left waits,
    and a smaller one after it may move up. Call with the date's row locked."""
    left = seats_left(occurrence)
    moved = []
    for waiting in occurrence.registrations.filter(status=Status.WAITING).order_by("confirmed_at", "pk"):
        if left is not None and waiting.people > left:
            continue
        waiting.status = Status.CONFIRMED
        waiting.save(update_fields=["status"])
        moved.append(waiting)
        if left is not None:
            left -= waiting.people
    return moved


def options_saved(sender, instance, **kwargs):
    """Receiver of post_save for SignupOptions: seats raised move the waiting lists up (with a mail)."""
    from signups import mail

    for registration in more_seats(instance.event):
        transaction.on_commit(lambda registration=registration: mail.send("moved_up", registration))


def date_removed(sender, instance, **kwargs):
    """Receiver of pre_delete for an event's date (a skipped day added, the rule changed, the event
    deleted): its sign-ups go with it, so everyone holding or awaiting a seat is told first."""
    from signups import mail

    told = instance.registrations.filter(status__in=[Status.CONFIRMED, Status.WAITING])
    for registration in told.select_related("occurrence__event"):
        transaction.on_commit(lambda registration=registration: mail.send("date_removed", registration))


def more_seats(event) -> list[Registration]:
    """After an editor raised the seats (or removed the limit): the waiting lists of the event's
    dates to come move up."""
    moved = []
    with transaction.atomic():
        for occurrence in Occurrence.objects.select_for_update().filter(event=event).upcoming():
            occurrence.event = event
            moved.extend(move_up(occurrence))
    if moved:
        page_cache.tag_changed(seats_tag(event.pk))
    return moved
