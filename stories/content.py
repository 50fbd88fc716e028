"""The two stories a fresh install ships: the delegation visits of September 2023 and February 2024.

Written from the public facts (../shared/content/facts.md and the city's page): who travelled is said
by office, as the city said it; no names, quotes or photos are made up. Editors add photos and more.
"""

import datetime

from milestones.models import Milestone
from partnerships.models import Partnership, SustainableDevelopmentGoal
from stories.models import Story

STORIES = [
    {
        "key": "delegation-visit-2023",
        "milestone": "milestones.morogoro.delegation-visit",
        "themes": (11, 12, 17),
        "fields": {
            "date": datetime.date(2023, 9, 27),
            "author": "Stadt Arnsberg",
            "title_de": "Delegation aus Morogoro zu Gast in Arnsberg",
            "title_en": "A delegation from Morogoro visits Arnsberg",
            "slug_de": "delegation-aus-morogoro-zu-gast-in-arnsberg",
            "slug_en": "delegation-from-morogoro-visits-arnsberg",
            "teaser_de": "Vom 23. bis 27. September 2023 war eine Delegation des Morogoro Municipal Council in "
            "Arnsberg – direkt nach der Auftaktkonferenz der Nachhaltigkeitspartnerschaften in Hamm.",
            "teaser_en": "From 23 to 27 September 2023 a delegation of Morogoro Municipal Council stayed in "
            "Arnsberg, straight after the kick-off conference of the sustainability partnerships in Hamm.",
            "body_de": (
                "<p>Vom 20. bis 22. September 2023 trafen sich in Hamm (Westfalen) alle 16 Partnerstädte des "
                "Programms „Kommunale Nachhaltigkeitspartnerschaften“: acht deutsche Kommunen und ihre acht "
                "Partner in Afrika und Lateinamerika. Im Anschluss besuchte die Delegation aus Morogoro vom "
                "23. bis 27. September Arnsberg.</p>"
                "<h2>Wer zu Gast war</h2>"
                "<ul><li>der Bürgermeister von Morogoro</li><li>der Stadtdirektor</li>"
                "<li>die Leitung für Kultur, Tourismus und Sport</li>"
                "<li>die Leitung der Abfallwirtschaft</li></ul>"
                "<h2>Worum es geht</h2>"
                "<p>Die Partnerschaft arbeitet an Abfall- und Kreislaufwirtschaft, Biodiversität, Forstwirtschaft "
                "und Klimawandel sowie an Schulpartnerschaften. Ihr Ziel ist ein gemeinsames Handlungsprogramm zur "
                "Agenda 2030 und den 17 Zielen für nachhaltige Entwicklung.</p>"
            ),
            "body_en": (
                "<p>From 20 to 22 September 2023 all 16 partner cities of the programme “Municipal Sustainability "
                "Partnerships” met in Hamm (Westphalia): eight German municipalities and their eight partners in "
                "Africa and Latin America. Afterwards the delegation from Morogoro visited Arnsberg from 23 to "
                "27 September.</p>"
                "<h2>Who visited</h2>"
                "<ul><li>the mayor of Morogoro</li><li>the town director</li>"
                "<li>the head of culture, tourism and sport</li><li>the head of waste management</li></ul>"
                "<h2>What the partnership is about</h2>"
                "<p>The partnership works on waste management and the circular economy, biodiversity, forestry and "
                "climate change, and on school partnerships. Its goal is a joint action programme for the Agenda "
                "2030 and the 17 Sustainable Development Goals.</p>"
            ),
        },
    },
    {
        "key": "arnsberg-in-morogoro-2024",
        "milestone": "milestones.morogoro.arnsberg-in-morogoro",
        "themes": (11, 12),
        "fields": {
            "date": datetime.date(2024, 2, 17),
            "author": "Stadt Arnsberg",
            "title_de": "Arnsberger Delegation in Morogoro",
            "title_en": "Arnsberg's delegation in Morogoro",
            "slug_de": "arnsberger-delegation-in-morogoro",
            "slug_en": "arnsberg-delegation-in-morogoro",
            "teaser_de": "Vom 10. bis 17. Februar 2024 reisten sechs Personen aus Arnsberg nach Morogoro. Im "
            "Mittelpunkt standen Kreislauf- und Abfallwirtschaft.",
            "teaser_en": "From 10 to 17 February 2024 six people from Arnsberg travelled to Morogoro, with the "
            "circular economy and waste management at the centre of the visit.",
            "body_de": (
                "<p>Nach dem Besuch der Delegation aus Morogoro im September 2023 folgte der Gegenbesuch: Vom 10. "
                "bis 17. Februar 2024 waren sechs Akteurinnen und Akteure aus Arnsberg in Tansania.</p>"
                "<h2>Kreislauf- und Abfallwirtschaft</h2>"
                "<p>Der fachliche Schwerpunkt lag auf der Kreislauf- und Abfallwirtschaft – etwa auf dem "
                "Mawenzi-Markt und an Recyclingstandorten in Morogoro.</p>"
            ),
            "body_en": (
                "<p>After the visit of the delegation from Morogoro in September 2023 came the return visit: from "
                "10 to 17 February 2024 six people from Arnsberg were in Tanzania.</p>"
                "<h2>Circular economy and waste management</h2>"
                "<p>The visit focused on the circular economy and waste management, for example at the Mawenzi "
                "market and at recycling sites in Morogoro.</p>"
            ),
        },
    },
]


def _create(piece, partnership, milestone):
    story = Story.objects.create(is_published=True, milestone=milestone, **piece["fields"])
    story.partnerships.add(partnership)
    story.themes.add(*SustainableDevelopmentGoal.objects.filter(number__in=piece["themes"]))
    return story


def load(loader):
    morogoro = loader.existing("partnerships.partnership.morogoro", Partnership)
    if morogoro is None:
        return  # an editor deleted the partnership: its stories have no home
    for piece in STORIES:
        milestone = loader.existing(piece["milestone"], Milestone)
        loader.once(
            f"stories.{piece['key']}",
            lambda piece=piece, milestone=milestone: _create(piece, morogoro, milestone),
        )
