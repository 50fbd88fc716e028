"""The introduction's text becomes rich text; the text it had becomes its paragraphs."""

from django.db import migrations, models

from translations.rich_text_migrations import plain_text_to_html


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0005_translation_sources"),
    ]

    operations = [
        migrations.AlterField(
            model_name="introduction",
            name="body",
            field=models.TextField(verbose_name="text"),
        ),
        migrations.AlterField(
            model_name="introduction",
            name="body_de",
            field=models.TextField(null=True, verbose_name="text"),
        ),
        migrations.AlterField(
            model_name="introduction",
            name="body_en",
            field=models.TextField(null=True, verbose_name="text"),
        ),
        plain_text_to_html("core", "Introduction", ["body"]),
    ]
