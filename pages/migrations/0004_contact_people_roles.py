"""Contact people join the roles: editors maintain them, translators translate role, unit and alt text."""

from django.db import migrations

from workplace.roles import grant


def forwards(apps, schema_editor):
    grant(apps, "pages", translated=("Page", "ContactPerson"))


class Migration(migrations.Migration):
    dependencies = [("pages", "0003_contact_people")]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
