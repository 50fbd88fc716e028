"""A partnership's body text and a programme's description become rich text; the texts they had
become their paragraphs."""

from django.db import migrations, models

from translations.rich_text_migrations import plain_text_to_html


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0005_translation_sources"),
        ("partnerships", "0005_public_window"),
    ]

    operations = [
        migrations.AlterField(
            model_name="partnership",
            name="body",
            field=models.TextField(blank=True, verbose_name="body text"),
        ),
        migrations.AlterField(
            model_name="partnership",
            name="body_de",
            field=models.TextField(blank=True, null=True, verbose_name="body text"),
        ),
        migrations.AlterField(
            model_name="partnership",
            name="body_en",
            field=models.TextField(blank=True, null=True, verbose_name="body text"),
        ),
        plain_text_to_html("partnerships", "Partnership", ["body"]),
        plain_text_to_html("partnerships", "Programme", ["description"]),
    ]
