"""The event the city's facts name: the public "Weltwerkstatt" of 2 July 2024, as a past event. Its
time and place are not in the facts, so it is an all-day event in Arnsberg without a venue; no future
events, names or venues are invented."""

import datetime

from django.utils import timezone

from events.models import Event
from milestones.models import Milestone
from partnerships.models import Partnership

WELTWERKSTATT = {
    "title_de": "Öffentliche „Weltwerkstatt“ zur Partnerschaft mit Morogoro",
    "title_en": "Public “Weltwerkstatt” workshop on the partnership with Morogoro",
    "slug_de": "weltwerkstatt-2024",
    "slug_en": "weltwerkstatt-2024",
    "teaser_de": "Eine offene Werkstatt für alle Interessierten in Arnsberg über die Partnerschaft mit Morogoro.",
    "teaser_en": "An open workshop in Arnsberg about the partnership with Morogoro, for everyone interested.",
    "body_de": "<p>Bürgerinnen und Bürger brachten in der „Weltwerkstatt“ ihre Ideen für das gemeinsame "
    "Handlungsprogramm der Partnerschaft mit Morogoro ein.</p>",
    "body_en": "<p>In the “Weltwerkstatt”, citizens contributed their ideas to the partnership's joint "
    "programme of action with Morogoro.</p>",
}


def load(loader):
    def create():
        start = timezone.make_aware(datetime.datetime(2024, 7, 2))
        event = Event.objects.create(start=start, all_day=True, is_published=True, **WELTWERKSTATT)
        if morogoro := loader.existing("partnerships.partnership.morogoro", Partnership):
            event.partnerships.add(morogoro)
        event.milestone = loader.existing("milestones.morogoro.weltwerkstatt", Milestone)
        event.save()
        return event

    loader.once("events.weltwerkstatt-2024", create)
