"""The roles' share of this app's models: editors may do everything, translators change translations."""

from django.db import migrations

from workplace.roles import grant, revoke


def forwards(apps, schema_editor):
    grant(apps, "pages", translated=("Page",))


def backwards(apps, schema_editor):
    revoke(apps, "pages")


class Migration(migrations.Migration):
    dependencies = [
        ("pages", "0001_initial"),
        ("core", "0003_roles"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
