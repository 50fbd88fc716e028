"""Old slugs and share keys now belong to `publishing` (publishing.migrations.0001_initial)."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0014_old_slugs_and_share_keys_tables_for_publishing"),
        ("publishing", "0001_initial"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[migrations.DeleteModel(name="OldSlug"), migrations.DeleteModel(name="ShareKey")]
        ),
    ]
