"""What translators saved against, moved from core: the table exists (core.migrations.0016),
so only the state is made here; the content type moves with it."""

import django.db.models.deletion
from django.db import migrations, models

MOVED = ("translationsource",)


def _move(apps, source, target):
    kinds = apps.get_model("contenttypes", "ContentType").objects
    for model in MOVED:
        if not kinds.filter(app_label=target, model=model).exists():
            kinds.filter(app_label=source, model=model).update(app_label=target)


def move_content_types(apps, schema_editor):
    _move(apps, "core", "translations")


def move_content_types_back(apps, schema_editor):
    _move(apps, "translations", "core")


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ("core", "0016_cut_links_and_translation_sources_tables_moved"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="TranslationSource",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                            ),
                        ),
                        ("object_id", models.PositiveBigIntegerField()),
                        ("field", models.CharField(max_length=100)),
                        ("source_digest", models.CharField(max_length=64)),
                        ("translated_at", models.DateTimeField(auto_now=True)),
                        (
                            "content_type",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE, to="contenttypes.contenttype"
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "translation source",
                        "verbose_name_plural": "translation sources",
                        "constraints": [
                            models.UniqueConstraint(
                                fields=("content_type", "object_id", "field"),
                                name="translation_source_once_per_field",
                            )
                        ],
                    },
                ),
            ]
        ),
        migrations.RunPython(move_content_types, move_content_types_back),
    ]
