"""The roles' share of this app's models: editors handle the reports; translators have nothing to do here."""

from django.db import migrations

from workplace.roles import grant, revoke


def forwards(apps, schema_editor):
    grant(apps, "feedback", translated=())


def backwards(apps, schema_editor):
    revoke(apps, "feedback")


class Migration(migrations.Migration):
    dependencies = [
        ("feedback", "0001_initial"),
        ("core", "0003_roles"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
