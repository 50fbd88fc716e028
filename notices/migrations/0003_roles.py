"""The roles' share of this app's models: editors may do everything, translators change translations."""

from django.db import migrations

from workplace.roles import grant, revoke


def forwards(apps, schema_editor):
    grant(apps, "notices", translated=("Notice", "NoticeItem"))


def backwards(apps, schema_editor):
    revoke(apps, "notices")


class Migration(migrations.Migration):
    dependencies = [
        ("notices", "0002_path_prefix_validator"),
        ("core", "0003_roles"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
