"""The shipped banner names the event calendar by its name ("Veranstaltungskalender") now that the site
has one, instead of "the dates". Only a text still exactly as shipped is changed: an editor's change
stays theirs."""

from django.db import migrations

from core.rich_text import from_plain_text
from core.translated_text import digest
from translations.rich_text_migrations import translation_sources

GREETING = {
    "de": "Wir freuen uns, wieder mit unserer regulären Seite online zu sein.\n"
    "Danke für Ihr Verständnis in den letzten Monaten.\n\n",
    "en": "We are glad to be back online with our regular site.\n"
    "Thank you for your patience over the past months.\n\n",
}
LEAD_IN = {
    "de": (
        "Auf dieser Website finden Sie die Suche, die Termine, die Karte und die Themenseiten wieder.",
        "Auf dieser Website finden Sie die Suche, den Veranstaltungskalender, die Karte und die "
        "Themenseiten wieder.",
    ),
    "en": (
        "On this website, the search, the dates, the map and the theme pages are back.",
        "On this website, the search, the event calendar, the map and the theme pages are back.",
    ),
}


def forwards(apps, schema_editor):
    LoadedContent = apps.get_model("core", "LoadedContent")
    Notice = apps.get_model("notices", "Notice")
    record = LoadedContent.objects.filter(key="notices.back-online").first()
    if record is None:
        return
    texts = {}
    for language, (before, after) in LEAD_IN.items():
        texts[language] = (
            from_plain_text(GREETING[language] + before),
            from_plain_text(GREETING[language] + after),
        )
        untouched = Notice.objects.filter(pk=record.object_id, **{f"text_{language}": texts[language][0]})
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
        ("notices", "0006_one_term_for_publication"),
        ("core", "0017_cut_links_and_translation_sources_moved"),
        ("translations", "0001_initial"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
