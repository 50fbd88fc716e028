"""The legal pages for a fresh install, in German and English. Loaded by `manage.py load_city_content`.

What is not known (the mayor's name, the street address, e-mail and telephone, the data protection
officer's contact, the hosting company) is not written here: the texts say where to find it, and each
page's checklist ("Zu bestätigen") tells the editors what to add or confirm before the site goes live.
"""

from pages.legal_texts import ACCESSIBILITY, EASY_LANGUAGE, IMPRINT, PRIVACY
from pages.models import Confirmation, Page

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
