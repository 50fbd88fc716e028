"""A milestone's description becomes rich text; the text it had becomes its paragraphs."""

from django.db import migrations

from translations.rich_text_migrations import plain_text_to_html


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0005_translation_sources"),
        ("milestones", "0005_timeline_order"),
    ]

    operations = [
        plain_text_to_html("milestones", "Milestone", ["description"]),
    ]
