"""Links cut by deletions now belong to `workplace`, translation sources to `translations`."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0016_cut_links_and_translation_sources_tables_moved"),
        ("translations", "0001_initial"),
        ("workplace", "0001_initial"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.DeleteModel(name="CutLink"),
                migrations.DeleteModel(name="TranslationSource"),
            ]
        ),
    ]
