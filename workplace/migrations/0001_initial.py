"""Links cut by deletions, moved from core: the table exists (core.migrations.0016), so only
the state is made here; the content type moves with it."""

import django.db.models.deletion
from django.db import migrations, models

MOVED = ("cutlink",)


def _move(apps, source, target):
    kinds = apps.get_model("contenttypes", "ContentType").objects
    for model in MOVED:
        if not kinds.filter(app_label=target, model=model).exists():
            kinds.filter(app_label=source, model=model).update(app_label=target)


def move_content_types(apps, schema_editor):
    _move(apps, "core", "workplace")


def move_content_types_back(apps, schema_editor):
    _move(apps, "workplace", "core")


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ("core", "0016_cut_links_and_translation_sources_tables_moved"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("reversion", "0002_add_index_on_version_for_content_type_and_db"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="CutLink",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                            ),
                        ),
                        ("holder_id", models.CharField(max_length=40)),
                        ("field", models.CharField(max_length=100)),
                        ("target_id", models.CharField(max_length=40)),
                        (
                            "holder_type",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="+",
                                to="contenttypes.contenttype",
                            ),
                        ),
                        (
                            "revision",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="cut_links",
                                to="reversion.revision",
                            ),
                        ),
                        (
                            "target_type",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="+",
                                to="contenttypes.contenttype",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "link cut by a deletion",
                        "verbose_name_plural": "links cut by deletions",
                        "constraints": [
                            models.UniqueConstraint(
                                fields=(
                                    "revision",
                                    "holder_type",
                                    "holder_id",
                                    "field",
                                    "target_type",
                                    "target_id",
                                ),
                                name="cut_link_once_per_revision",
                            )
                        ],
                    },
                ),
            ]
        ),
        migrations.RunPython(move_content_types, move_content_types_back),
    ]
