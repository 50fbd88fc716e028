"""Data migrations that turn the plain body texts of before into rich text (HTML) without loss.

Each app's migration converts its own fields (every language column and the original one that
modeltranslation keeps) and carries the translators' fingerprints along: an English text that was
current before the conversion is still current after it.
"""

from django.conf import settings
from django.db import migrations

from core.rich_text import from_plain_text, to_plain_text
from core.translated_text import digest

# The languages the content had when these migrations were written: later ones' columns come after.
LANGUAGES_THEN = ("de", "en")


def _columns(field: str) -> list[str]:
    return [field, *(f"{field}_{code}" for code in LANGUAGES_THEN)]


def translation_sources(apps):
    """The model as the migration's moment knows it: in core before it moved to translations."""
    try:
        return apps.get_model("translations", "TranslationSource")
    except LookupError:
        return apps.get_model("core", "TranslationSource")


def _converter(app_label: str, model_name: str, fields: list[str], change):
    def convert(apps, schema_editor):
        model = apps.get_model(app_label, model_name)
        kind = apps.get_model("contenttypes", "ContentType").objects.filter(
            app_label=app_label, model=model_name.lower()
        )
        sources = translation_sources(apps).objects.filter(content_type__in=kind)
        for obj in model.objects.all():
            values = {column: getattr(obj, column) for field in fields for column in _columns(field)}
            changed = {column: change(value) for column, value in values.items() if value}
            model.objects.filter(pk=obj.pk).update(**changed)
            for field in fields:
                column = f"{field}_{settings.LANGUAGE_CODE}"
                if column in changed:
                    was = sources.filter(object_id=obj.pk, field=field, source_digest=digest(values[column]))
                    was.update(source_digest=digest(changed[column]))

    return convert


def plain_text_to_html(app_label: str, model_name: str, fields: list[str]) -> migrations.RunPython:
    """The migration step for one model; reversed, it turns the HTML back into plain paragraphs."""
    return migrations.RunPython(
        _converter(app_label, model_name, fields, from_plain_text),
        _converter(app_label, model_name, fields, to_plain_text),
    )
