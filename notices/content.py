"""The city's site-status banner from its page 'Entwicklungspolitik', in German and English."""

from notices.models import Notice, NoticeItem

BACK_ONLINE = {
    "title_de": "Wir sind wieder online!",
    "title_en": "We are back online!",
    "text_de": (
        "Wir freuen uns, wieder mit unserer regulären Seite online zu sein.\n"
        "Danke für Ihr Verständnis in den letzten Monaten.\n\n"
        "Auf dieser Website finden Sie die Suche, den Veranstaltungskalender, die Karte und die "
        "Themenseiten wieder."
    ),
    "text_en": (
        "We are glad to be back online with our regular site.\n"
        "Thank you for your patience over the past months.\n\n"
        "On this website, the search, the event calendar, the map and the theme pages are back."
    ),
    "items_note_de": "Diese Inhalte fehlen noch und werden erst später wieder aktiviert.",
    "items_note_en": "These are still missing and will only be switched on again later.",
    "severity": Notice.Severity.INFO,
    "is_dismissible": True,
    "is_published": True,
}

# The city's banner named four things its site still lacked; for its own content this site provides
# them all: the search, the event calendar (events and the timeline's dates, to subscribe to), the
# partner map, and the theme
# channels. An item that is available drops out of the banner's list; an editor can set one back.
ITEMS = [
    ("die Suchfunktion", "the search function", NoticeItem.State.AVAILABLE),
    ("der Veranstaltungskalender", "the event calendar", NoticeItem.State.AVAILABLE),
    ("das ArnsberGIS", "ArnsberGIS, the city's map service", NoticeItem.State.AVAILABLE),
    ("die Inhalte der Channel-Seiten", "the content of the channel pages", NoticeItem.State.AVAILABLE),
]


def load(loader):
    loader.once("notices.back-online", _create_back_online)


def _create_back_online():
    notice = Notice.objects.create(**BACK_ONLINE)
    NoticeItem.objects.bulk_create(
        NoticeItem(notice=notice, label_de=de, label_en=en, state=state, ordering=i)
        for i, (de, en, state) in enumerate(ITEMS, start=1)
    )
    return notice
