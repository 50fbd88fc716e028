"""The home page's introduction for a fresh install, from the city's page 'Entwicklungspolitik',
in German and English. Loaded by `manage.py load_city_content`."""

from core.models import Introduction

INTRODUCTION = {
    "title_de": "Globale Probleme – globales Netzwerk",
    "title_en": "Global problems – a global network",
    "subtitle_de": "Warum die Zusammenarbeit mit anderen Städten so wichtig ist!",
    "subtitle_en": "Why working together with other cities matters so much",
    "body_de": (
        "Die Kommunen spielen eine entscheidende Rolle zur Zielerreichung der Agenda 2030 mit ihren "
        "Globalen Nachhaltigkeitszielen (SDGs). Kommunale Entwicklungspolitik ist hier ein wichtiges "
        "Instrument, um auf der Grundlage einer Nachhaltigkeitsstrategie z. B. Maßnahmen zur Informations- "
        "und Bildungsarbeit umzusetzen und faires Handeln zu ermöglichen. Dabei soll mit einer strategischen "
        "Partnerschaft mit Kommunen im Ausland ein wechselseitiger Austausch von Erfahrungen und Wissen neue "
        "Perspektiven schaffen, um die Lebensbedingungen vor Ort zu verbessern.\n\n"
        "Neben bereits existierenden Netzwerken u. a. mit Warren in Minnesota, USA im Rahmen der "
        "„Climate Smart Municipalities“ oder Alba Iulia, Kreis Alba in Rumänien, hat Arnsberg daher auch "
        "eine Zusammenarbeit mit Morogoro Municipal Council in Tansania vereinbart. Mit der Partnerschaft "
        "sollen so die Bürger:innen Arnsbergs als auch die lokale Wirtschaft für globale Zusammenhänge "
        "sensibilisert und Veränderungen im Denken und Handeln erreicht werden.\n\n"
        "Die Partnerschaften erfolgen dabei „auf Augenhöhe“: Kompetenzen und Potentiale aller Beteiligten "
        "sollen ausgelotet werden und unterschiedliche Erfahrungen und Wissen in konkrete "
        "Lösungsüberlegungen in unterschiedlichen Themen einfließen."
    ),
    "body_en": (
        "Municipalities play a decisive role in reaching the goals of the Agenda 2030 and its global "
        "Sustainable Development Goals (SDGs). Municipal development policy is an important instrument "
        "here: based on a sustainability strategy, it allows a city, for example, to inform and educate "
        "and to make fair trade possible. A strategic partnership with municipalities abroad creates new "
        "perspectives through a mutual exchange of experience and knowledge, so as to improve living "
        "conditions on the ground.\n\n"
        "Besides existing networks, among them with Warren in Minnesota, USA, within the “Climate Smart "
        "Municipalities” and with Alba Iulia in Alba county, Romania, Arnsberg has therefore also agreed "
        "to work together with Morogoro Municipal Council in Tanzania. The partnership aims to make both "
        "Arnsberg's citizens and its local businesses aware of global connections and to bring about "
        "changes in thinking and acting.\n\n"
        "The partnerships are partnerships “on an equal footing”: the skills and potential of everyone "
        "involved are explored, and different experience and knowledge feed into concrete ideas for "
        "solutions on a range of topics."
    ),
}


def load(loader):
    loader.once("core.introduction", lambda: Introduction.objects.create(**INTRODUCTION))
