"""Old slugs and share keys move to the `publishing` app: first their tables take the new names."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("core", "0013_download_moved_to_uploads")]

    operations = [
        migrations.AlterModelTable(name="oldslug", table="publishing_oldslug"),
        migrations.AlterModelTable(name="sharekey", table="publishing_sharekey"),
    ]
