"""The calendar's share of `make bench`'s content: 200 events (20 of them repeating every week), each
taking sign-ups, and 2,000 registrations. Run by scripts/bench_content.py; adds only what is missing."""

import datetime

from django.utils import timezone

from events.models import Event, Occurrence, Venue
from partnerships.models import Partnership, SustainableDevelopmentGoal
from signups.models import Registration, SignupOptions

EVENTS, REPEATING, REGISTRATIONS = 200, 20, 2000


def _event(n: int, venue, partnerships, themes, first_day) -> Event:
    day = first_day + datetime.timedelta(days=n % 240)
    start = timezone.make_aware(datetime.datetime.combine(day, datetime.time(18)))
    repeating = n < REPEATING
    event = Event.objects.create(
        title_de=f"Veranstaltung {n}",
        title_en=f"Event {n}",
        slug_de=f"bench-event-{n}",
        teaser_de="Ein Abend über die Partnerschaft, mit Bildern und Gesprächen.",
        body_de="<p>Alle sind willkommen.</p>",
        start=start,
        end=start + datetime.timedelta(hours=2),
        venue=venue,
        repeat=Event.Repeat.WEEKLY if repeating else "",
        repeat_until=day + datetime.timedelta(days=120) if repeating else None,
        is_published=True,
    )
    event.partnerships.add(partnerships[n % len(partnerships)])
    event.themes.add(themes[n % len(themes)])
    SignupOptions.objects.create(event=event, capacity=40)
    return event


def load():
    venue, _ = Venue.objects.get_or_create(
        name_de="Bürgerzentrum",
        defaults={"street_address": "Bahnhofstraße 1, 59821 Arnsberg", "step_free": True},
    )
    partnerships = list(Partnership.objects.order_by("pk")[:10])
    themes = list(SustainableDevelopmentGoal.objects.filter(number__in=(4, 11, 13)))
    first_day = timezone.localdate() + datetime.timedelta(days=1)
    for n in range(Event.objects.filter(slug_de__startswith="bench-event-").count(), EVENTS):
        _event(n, venue, partnerships, themes, first_day)
    dates = list(Occurrence.objects.filter(event__slug_de__startswith="bench-event-").order_by("pk")[:400])
    missing = REGISTRATIONS - Registration.objects.count()
    Registration.objects.bulk_create(
        Registration(
            occurrence=dates[n % len(dates)],
            name=f"Person {n}",
            email=f"person{n}@example.org",
            people=1 + n % 3,
            status=Registration.Status.CONFIRMED,
            language="de",
        )
        for n in range(Registration.objects.count(), Registration.objects.count() + max(0, missing))
    )
    counts = Event.objects.count(), Occurrence.objects.count(), Registration.objects.count()
    return "{} events, {} dates, {} sign-ups".format(*counts)
