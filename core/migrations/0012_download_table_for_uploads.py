"""Downloads move to the `uploads` app: first their table takes its new name, rows and all."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("core", "0011_cut_links")]

    operations = [migrations.AlterModelTable(name="download", table="uploads_download")]
