""" "Taking part" joins the roles: editors write it, translators translate it."""

from django.db import migrations

from workplace.roles import grant


def forwards(apps, schema_editor):
    grant(apps, "pages", translated=("Page", "ContactPerson", "SignLanguageVideo", "Participation"))


class Migration(migrations.Migration):
    dependencies = [("pages", "0008_participation")]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
