"""The course of the Morogoro partnership, from the city's page and public facts, in German and English."""

import datetime

from milestones.models import Milestone, Phase
from partnerships.models import Partnership

PHASES = {
    "initiation": {"name_de": "Anbahnungsphase", "name_en": "Initiation phase", "ordering": 10},
    "kick-off": {
        "name_de": "Auftakt und erste Begegnungen",
        "name_en": "Kick-off and first meetings",
        "ordering": 20,
    },
    "exchange": {"name_de": "Fachaustausch vor Ort", "name_en": "Exchange on site", "ordering": 30},
}

MOROGORO = [
    {
        "key": "signing",
        "phase": "initiation",
        "title_de": "Unterzeichnung der Vereinbarung zwischen den Partnerstädten",
        "title_en": "Signing of the agreement between the partner cities",
        "ordering": 1,
    },
    {
        "key": "first-virtual-meeting",
        "phase": "initiation",
        "title_de": "Erstes virtuelles Treffen zwischen Arnsberg und Morogoro",
        "title_en": "First virtual meeting between Arnsberg and Morogoro",
        "description_de": "Ein zweitägiges Online-Treffen im Juli 2023; danach stimmte der Rat der Stadt Arnsberg der Partnerschaft förmlich zu.",
        "description_en": "A two-day online meeting in July 2023; afterwards Arnsberg's city council formally approved the partnership.",
        "location_de": "online",
        "location_en": "online",
        "ordering": 2,
    },
    {
        "key": "kick-off-hamm",
        "phase": "kick-off",
        "title_de": "Auftaktkonferenz aller 16 Partnerstädte",
        "title_en": "Kick-off conference of all 16 partner cities",
        "description_de": "Die acht deutschen Kommunen und ihre acht Partnerkommunen in Afrika und Lateinamerika trafen sich zum Start des Programms „Kommunale Nachhaltigkeitspartnerschaften“.",
        "description_en": "The eight German municipalities and their eight partner municipalities in Africa and Latin America met to start the programme “Municipal Sustainability Partnerships”.",
        "location_de": "Hamm/Westfalen",
        "location_en": "Hamm (Westphalia)",
        "start_date": datetime.date(2023, 9, 20),
        "end_date": datetime.date(2023, 9, 22),
    },
    {
        "key": "delegation-visit",
        "phase": "kick-off",
        "title_de": "Delegationsbesuch Morogoro",
        "title_en": "Visit of the delegation from Morogoro",
        "description_de": "Direkt nach der Konferenz besuchte eine Delegation aus Morogoro Arnsberg: der Bürgermeister, der Stadtdirektor, die Leitung für Kultur, Tourismus und Sport und die Leitung der Abfallwirtschaft.",
        "description_en": "Right after the conference, a delegation from Morogoro visited Arnsberg: the mayor, the town director, the head of culture, tourism and sport, and the head of waste management.",
        "location_de": "Arnsberg",
        "location_en": "Arnsberg",
        "start_date": datetime.date(2023, 9, 23),
        "end_date": datetime.date(2023, 9, 27),
    },
    {
        "key": "arnsberg-in-morogoro",
        "phase": "exchange",
        "title_de": "Entsendung von Akteur:innen aus Arnsberg nach Morogoro",
        "title_en": "People from Arnsberg travel to Morogoro",
        "description_de": "Sechs Personen aus Arnsberg reisten nach Morogoro. Im Mittelpunkt standen Kreislauf- und Abfallwirtschaft, etwa auf dem Mawenzi-Markt und an Recyclingstandorten.",
        "description_en": "Six people from Arnsberg travelled to Morogoro. The focus was on the circular economy and waste management, for example at the Mawenzi market and at recycling sites.",
        "location_de": "Morogoro, Tansania",
        "location_en": "Morogoro, Tanzania",
        "start_date": datetime.date(2024, 2, 10),
        "end_date": datetime.date(2024, 2, 17),
    },
    {
        "key": "weltwerkstatt",
        "phase": "exchange",
        "title_de": "Öffentliche „Weltwerkstatt“ zur Partnerschaft",
        "title_en": "Public “Weltwerkstatt” workshop on the partnership",
        "description_de": "Eine offene Werkstatt für alle Interessierten in Arnsberg über die Partnerschaft mit Morogoro.",
        "description_en": "An open workshop in Arnsberg about the partnership with Morogoro, for everyone interested.",
        "location_de": "Arnsberg",
        "location_en": "Arnsberg",
        "start_date": datetime.date(2024, 7, 2),
    },
]


def load(loader):
    morogoro = loader.existing("partnerships.partnership.morogoro", Partnership)
    if morogoro is None:
        return  # an editor deleted the partnership: its steps have no home
    # The phases are those of the Morogoro partnership (the city's page describes its course).
    phases = {
        key: loader.once(
            f"milestones.phase.{key}",
            lambda fields=fields: Phase.objects.create(partnership=morogoro, **fields),
        )
        for key, fields in PHASES.items()
    }
    for step in MOROGORO:
        fields = {k: v for k, v in step.items() if k not in ("key", "phase")}
        phase = phases[step["phase"]]
        if phase is None:
            continue  # an editor deleted the phase
        loader.once(
            f"milestones.morogoro.{step['key']}",
            lambda fields=fields, phase=phase: Milestone.objects.create(
                partnership=morogoro, phase=phase, is_published=True, **fields
            ),
        )
