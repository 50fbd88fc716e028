from django.db import migrations


def signers(apps, schema_editor):
    apps.get_model("auth", "Group").objects.get_or_create(name="Freigabe")


class Migration(migrations.Migration):
    dependencies = [("signoff", "0001_sign_off"), ("auth", "0012_alter_user_first_name_max_length")]

    operations = [migrations.RunPython(signers, migrations.RunPython.noop)]
