"""Downloads join the roles: editors upload them, translators translate their titles."""

from django.db import migrations

from workplace.roles import grant


def forwards(apps, schema_editor):
    grant(apps, "core", translated=("Introduction", "Download"))


class Migration(migrations.Migration):
    dependencies = [("core", "0007_downloads"), ("auth", "0012_alter_user_first_name_max_length")]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
