"""Downloads now belong to `uploads` (uploads.migrations.0001_initial); core forgets the model."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("core", "0012_download_table_for_uploads"), ("uploads", "0001_initial")]

    operations = [
        migrations.SeparateDatabaseAndState(state_operations=[migrations.DeleteModel(name="Download")]),
    ]
