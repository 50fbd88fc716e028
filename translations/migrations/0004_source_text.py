import hashlib

from django.db import migrations, models


def keep_current_sources(apps, schema_editor):
    """A translation whose German text has not changed since goes with the German text of today: kept,
    so that a later change shows its words. For an outdated one the German text of then is unknown."""
    Source = apps.get_model("translations", "TranslationSource")
    ContentType = apps.get_model("contenttypes", "ContentType")
    for kind in ContentType.objects.filter(pk__in=Source.objects.values("content_type")):
        try:
            model = apps.get_model(kind.app_label, kind.model)
        except LookupError:
            continue
        columns = {field.name for field in model._meta.get_fields()}
        for source in Source.objects.filter(content_type=kind):
            column = f"{source.field}_de"
            if column not in columns:
                continue  # a field that is gone, or no longer translated
            row = model.objects.filter(pk=source.object_id).values(column).first()
            german = (row or {}).get(column) or ""
            if row is not None and hashlib.sha256(german.encode()).hexdigest() == source.source_digest:
                source.source_text = german
                source.save(update_fields=["source_text"])


class Migration(migrations.Migration):
    dependencies = [
        ("translations", "0003_glossary"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.AddField(
            model_name="translationsource",
            name="source_text",
            field=models.TextField(blank=True, default=""),
        ),
        migrations.RunPython(keep_current_sources, migrations.RunPython.noop),
    ]
