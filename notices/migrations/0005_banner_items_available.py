"""The shipped banner's items that this site now provides are marked available (search, map, theme
channels; the calendar was already), and its lead-in says so instead of "not all of them yet". Only
what is still exactly as shipped is changed: an editor's change stays theirs."""

from django.db import migrations

from core.rich_text import from_plain_text
from core.translated_text import digest
from translations.rich_text_migrations import translation_sources

SHIPPED_MISSING = ("die Suchfunktion", "das ArnsberGIS", "die Inhalte der Channel-Seiten")
GREETING = {
    "de": "Wir freuen uns, wieder mit unserer regulären Seite online zu sein.\n"
    "Danke für Ihr Verständnis in den letzten Monaten.\n\n",
    "en": "We are glad to be back online with our regular site.\n"
    "Thank you for your patience over the past months.\n\n",
}
LEAD_IN = {
    "de": (
        "Sie finden hier viele der vertrauten Inhalte – aber noch nicht alle:",
        "Auf dieser Website finden Sie die Suche, die Termine, die Karte und die Themenseiten wieder.",
    ),
    "en": (
        "You will find many of the familiar contents here – but not all of them yet:",
        "On this website, the search, the dates, the map and the theme pages are back.",
    ),
}


def forwards(apps, schema_editor):
    LoadedContent = apps.get_model("core", "LoadedContent")
    Notice = apps.get_model("notices", "Notice")
    NoticeItem = apps.get_model("notices", "NoticeItem")
    record = LoadedContent.objects.filter(key="notices.back-online").first()
    if record is None:
        return
    items = NoticeItem.objects.filter(notice_id=record.object_id)
    items.filter(label_de__in=SHIPPED_MISSING, state="missing").update(state="available")
    texts = {}
    for language, (before, after) in LEAD_IN.items():
        shipped = from_plain_text(GREETING[language] + before)
        texts[language] = (shipped, from_plain_text(GREETING[language] + after))
        untouched = Notice.objects.filter(pk=record.object_id, **{f"text_{language}": shipped})
        untouched.update(**{f"text_{language}": texts[language][1]})
    # The English text changed with the German one: it stays current for the translators.
    old, new = texts["de"]
    translation_sources(apps).objects.filter(
        content_type__app_label="notices",
        content_type__model="notice",
        object_id=record.object_id,
        field="text",
        source_digest=digest(old),
    ).update(source_digest=digest(new))


class Migration(migrations.Migration):
    dependencies = [
        ("notices", "0004_rich_text"),
        ("core", "0006_rich_text"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
