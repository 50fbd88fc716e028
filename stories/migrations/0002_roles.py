"""Stories join the roles: editors write and publish them, translators translate them."""

from django.db import migrations

from workplace.roles import grant, revoke


def forwards(apps, schema_editor):
    grant(apps, "stories", translated=("Story",))


def backwards(apps, schema_editor):
    revoke(apps, "stories")


class Migration(migrations.Migration):
    dependencies = [
        ("stories", "0001_initial"),
        ("core", "0003_roles"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
