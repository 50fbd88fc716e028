"""Old slugs and share keys, moved from core: the tables exist (core.migrations.0014), so only the
state is made here. Their content types move with them, and with them the permissions on them."""

import django.db.models.deletion
from django.db import migrations, models

MOVED = ("oldslug", "sharekey")


def _move(apps, source, target):
    kinds = apps.get_model("contenttypes", "ContentType").objects
    for model in MOVED:
        if not kinds.filter(app_label=target, model=model).exists():
            kinds.filter(app_label=source, model=model).update(app_label=target)


def move_content_types(apps, schema_editor):
    _move(apps, "core", "publishing")


def move_content_types_back(apps, schema_editor):
    _move(apps, "publishing", "core")


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ("contenttypes", "0002_remove_content_type_name"),
        ("core", "0014_old_slugs_and_share_keys_tables_for_publishing"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="OldSlug",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                            ),
                        ),
                        ("object_id", models.PositiveBigIntegerField()),
                        ("language", models.CharField(max_length=10)),
                        ("slug", models.SlugField(max_length=200)),
                        ("replaced_at", models.DateTimeField(auto_now_add=True)),
                        (
                            "content_type",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE, to="contenttypes.contenttype"
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "old address",
                        "verbose_name_plural": "old addresses",
                        "constraints": [
                            models.UniqueConstraint(
                                fields=("content_type", "language", "slug"),
                                name="old_slug_unique_per_kind_and_language",
                            )
                        ],
                    },
                ),
                migrations.CreateModel(
                    name="ShareKey",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                            ),
                        ),
                        ("object_id", models.PositiveBigIntegerField()),
                        ("key", models.CharField(max_length=43)),
                        ("created_at", models.DateTimeField(auto_now_add=True)),
                        (
                            "content_type",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE, to="contenttypes.contenttype"
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "share key",
                        "verbose_name_plural": "share keys",
                        "constraints": [
                            models.UniqueConstraint(
                                fields=("content_type", "object_id"), name="share_key_once_per_object"
                            )
                        ],
                    },
                ),
            ]
        ),
        migrations.RunPython(move_content_types, move_content_types_back),
    ]
