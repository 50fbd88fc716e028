"""Photos join the roles: editors upload and describe them, translators translate alt texts and captions."""

from django.db import migrations

from workplace.roles import grant


def forwards(apps, schema_editor):
    grant(apps, "stories", translated=("Story", "Photo"))


class Migration(migrations.Migration):
    dependencies = [("stories", "0003_photos")]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
