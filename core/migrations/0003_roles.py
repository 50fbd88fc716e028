"""The groups "Redaktion" (editors) and "Übersetzung" (translators), with the introduction's share."""

from django.db import migrations

from workplace.roles import EDIT_SOURCE, EDITORS, TRANSLATORS, grant


def forwards(apps, schema_editor):
    grant(apps, "core", translated=("Introduction",))
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    # LoadedContent is bookkeeping of the content loader, no editor's business.
    Group.objects.get(name=EDITORS).permissions.remove(
        *Permission.objects.filter(content_type__app_label="core", content_type__model="loadedcontent")
    )
    app_label, codename = EDIT_SOURCE.split(".")
    assert Permission.objects.filter(content_type__app_label=app_label, codename=codename).exists()


def backwards(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=[EDITORS, TRANSLATORS]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0002_edit_source_permission"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
