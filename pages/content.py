"""The legal pages for a fresh install, in German and English. Loaded by `manage.py load_city_content`.

What is not known (the mayor's name, the street address, e-mail and telephone, the data protection
officer's contact, the hosting company) is not written here: the texts say where to find it, and each
page's checklist ("Zu bestätigen") tells the editors what to add or confirm before the site goes live.
"""

from pages.legal_texts import ACCESSIBILITY, EASY_LANGUAGE, IMPRINT, PRIVACY
from pages.models import Confirmation, Page, Participation
from partnerships.models import Partnership

# How to take part in the partnership with Morogoro: its themes and the public workshop are from
# facts.md; no names, dates or offers are invented. The contact box below it names the office.
MOROGORO_PARTICIPATION = {
    "body_de": (
        "<p>Die Partnerschaft mit Morogoro lebt davon, dass viele mitmachen. Sie arbeitet an Abfall- und "
        "Kreislaufwirtschaft, Biodiversität, Forstwirtschaft und Klimawandel sowie an Schulpartnerschaften; "
        "gemeinsam entsteht ein Handlungsprogramm zur Agenda 2030.</p>"
        "<h2>So können Sie sich beteiligen</h2><ul>"
        "<li><strong>Bürgerinnen und Bürger</strong> bringen bei öffentlichen Veranstaltungen wie der "
        "„Weltwerkstatt“ ihre Ideen für das Handlungsprogramm ein.</li>"
        "<li><strong>Schulen</strong> melden ihr Interesse an einer Schulpartnerschaft mit einer Schule in "
        "Morogoro.</li>"
        "<li><strong>Vereine und Initiativen</strong> teilen ihre Erfahrungen, etwa aus dem Natur- und "
        "Umweltschutz.</li>"
        "<li><strong>Unternehmen</strong> teilen ihr Wissen aus Abfall- und Kreislaufwirtschaft oder "
        "Forstwirtschaft.</li></ul>"
        "<p>Sprechen Sie die Koordination kommunale Entwicklungspolitik der Stadt Arnsberg an: Sie bringt "
        "Sie mit den Beteiligten in Arnsberg und Morogoro zusammen.</p>"
    ),
    "body_en": (
        "<p>The partnership with Morogoro thrives when many people join in. It works on waste management "
        "and the circular economy, biodiversity, forestry and climate change, and on school partnerships; "
        "together the two cities write an action programme for the Agenda 2030.</p>"
        "<h2>How you can take part</h2><ul>"
        "<li><strong>Citizens</strong> bring their ideas for the action programme to public events such "
        "as the “Weltwerkstatt” workshop.</li>"
        "<li><strong>Schools</strong> say that they would like a school partnership with a school in "
        "Morogoro.</li>"
        "<li><strong>Associations and initiatives</strong> share their experience, for example in nature "
        "and environmental protection.</li>"
        "<li><strong>Businesses</strong> share what they know about waste management, the circular "
        "economy or forestry.</li></ul>"
        "<p>Contact the City of Arnsberg's coordination of municipal development policy: it puts you in "
        "touch with the people involved in Arnsberg and Morogoro.</p>"
    ),
}

PAGES = {
    Page.Kind.IMPRINT: {
        "fields": {"slug_de": "impressum", "slug_en": "legal-notice", **IMPRINT},
        "confirm": [
            "Postanschrift der Stadtverwaltung (Straße, Hausnummer, Postleitzahl) in den Text aufnehmen",
            "Namen der Bürgermeisterin oder des Bürgermeisters ergänzen",
            "E-Mail-Adresse und Telefonnummer der Koordination kommunale Entwicklungspolitik ergänzen",
            "Verantwortliche Person nach § 18 Abs. 2 MStV mit Namen und Anschrift ergänzen",
        ],
    },
    Page.Kind.PRIVACY: {
        "fields": {"slug_de": "datenschutz", "slug_en": "privacy", **PRIVACY},
        "confirm": [
            "Kontakt der oder des behördlichen Datenschutzbeauftragten ergänzen",
            "Hosting-Dienstleister (Auftragsverarbeiter) nennen oder Betrieb im eigenen Rechenzentrum bestätigen",
            "Speicherdauer der Server-Protokolle (7 Tage) mit dem Betrieb abstimmen",
            "Löschfrist der Rückmeldungen (180 Tage nach Abschluss) mit DJANGO_FEEDBACK_RETENTION_DAYS abgleichen",
        ],
    },
    Page.Kind.ACCESSIBILITY: {
        "fields": {"slug_de": "barrierefreiheit", "slug_en": "accessibility", **ACCESSIBILITY},
        "confirm": [
            "Datum und Methode der letzten Prüfung bestätigen (Selbstbewertung vom 25.11.2026)",
            "Kontaktdaten der Ombudsstelle für Barrierefreie Informationstechnik NRW ergänzen",
        ],
    },
    Page.Kind.EASY_LANGUAGE: {
        "fields": {"slug_de": "leichte-sprache", "slug_en": "easy-read", **EASY_LANGUAGE},
        "confirm": ["Text von einer Prüfgruppe für Leichte Sprache lesen lassen"],
    },
}


def _create(kind, piece):
    page = Page.objects.create(kind=kind, is_published=True, **piece["fields"])
    for number, label in enumerate(piece["confirm"], start=1):
        Confirmation.objects.create(page=page, label=label, ordering=number)
    return page


def load(loader):
    for kind, piece in PAGES.items():
        loader.once(f"pages.{kind}", lambda kind=kind, piece=piece: _create(kind, piece))
    morogoro = loader.existing("partnerships.partnership.morogoro", Partnership)
    if morogoro is not None and not Participation.objects.filter(partnership=morogoro).exists():
        loader.once(
            "pages.participation.morogoro",
            lambda: Participation.objects.create(partnership=morogoro, **MOROGORO_PARTICIPATION),
        )
