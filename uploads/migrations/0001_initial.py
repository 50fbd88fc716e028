"""Downloads, moved from core: the table exists (core.migrations.0012), so only the state is made here.
Their content type moves with them, and with it their revisions and the permissions granted on them."""

import django.db.models.deletion
import django.utils.timezone
from django.db import migrations, models

import uploads.documents
import uploads.media_access


def _move(apps, source, target):
    kinds = apps.get_model("contenttypes", "ContentType").objects
    if not kinds.filter(app_label=target, model="download").exists():
        kinds.filter(app_label=source, model="download").update(app_label=target)


def move_content_type(apps, schema_editor):
    _move(apps, "core", "uploads")


def move_content_type_back(apps, schema_editor):
    _move(apps, "uploads", "core")


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ("contenttypes", "0002_remove_content_type_name"),
        ("core", "0012_download_table_for_uploads"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="Download",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                            ),
                        ),
                        ("object_id", models.PositiveBigIntegerField()),
                        ("title", models.CharField(max_length=200, verbose_name="title")),
                        ("title_de", models.CharField(max_length=200, null=True, verbose_name="title")),
                        ("title_en", models.CharField(max_length=200, null=True, verbose_name="title")),
                        (
                            "file",
                            models.FileField(
                                upload_to=uploads.media_access.RandomName("downloads"),
                                validators=[uploads.documents.validate_document_upload],
                                verbose_name="file",
                            ),
                        ),
                        (
                            "language",
                            models.CharField(
                                choices=[("de", "German"), ("en", "English")],
                                default="de",
                                max_length=10,
                                verbose_name="language of the document",
                            ),
                        ),
                        (
                            "date",
                            models.DateField(
                                default=django.utils.timezone.localdate,
                                help_text="When the document was issued.",
                                verbose_name="date",
                            ),
                        ),
                        (
                            "format",
                            models.CharField(
                                choices=[
                                    ("pdf", "PDF"),
                                    ("odt", "Text document (ODT)"),
                                    ("docx", "Word document (DOCX)"),
                                    ("xlsx", "Spreadsheet (XLSX)"),
                                ],
                                editable=False,
                                max_length=10,
                                verbose_name="format",
                            ),
                        ),
                        (
                            "size",
                            models.PositiveBigIntegerField(
                                default=0, editable=False, verbose_name="size in bytes"
                            ),
                        ),
                        (
                            "is_tagged",
                            models.BooleanField(
                                default=False,
                                editable=False,
                                help_text="Its structure is marked for screen readers.",
                                verbose_name="tagged PDF",
                            ),
                        ),
                        ("position", models.PositiveIntegerField(default=0, verbose_name="position")),
                        (
                            "content_type",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE, to="contenttypes.contenttype"
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "download",
                        "verbose_name_plural": "downloads",
                        "ordering": ["position", "pk"],
                        "indexes": [
                            models.Index(fields=["content_type", "object_id"], name="download_attached_to")
                        ],
                    },
                )
            ]
        ),
        migrations.RunPython(move_content_type, move_content_type_back),
    ]
