"""A notice's text becomes rich text; the text it had becomes its paragraphs."""

from django.db import migrations, models

from translations.rich_text_migrations import plain_text_to_html


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0005_translation_sources"),
        ("notices", "0003_roles"),
    ]

    operations = [
        migrations.AlterField(
            model_name="notice",
            name="text",
            field=models.TextField(blank=True, verbose_name="text"),
        ),
        migrations.AlterField(
            model_name="notice",
            name="text_de",
            field=models.TextField(blank=True, null=True, verbose_name="text"),
        ),
        migrations.AlterField(
            model_name="notice",
            name="text_en",
            field=models.TextField(blank=True, null=True, verbose_name="text"),
        ),
        plain_text_to_html("notices", "Notice", ["text"]),
    ]
