"""Links cut by deletions go to `workplace`, translation sources to `translations`: the tables first."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("core", "0015_old_slugs_and_share_keys_moved_to_publishing")]

    operations = [
        migrations.AlterModelTable(name="cutlink", table="workplace_cutlink"),
        migrations.AlterModelTable(name="translationsource", table="translations_translationsource"),
    ]
