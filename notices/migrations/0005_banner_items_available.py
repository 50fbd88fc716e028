"""The shipped banner's items that this site now provides are marked available (search, map, theme
channels; the calendar was already). Only items still exactly as shipped: an editor's change stays."""

from django.db import migrations

SHIPPED_MISSING = ("die Suchfunktion", "das ArnsberGIS", "die Inhalte der Channel-Seiten")


def forwards(apps, schema_editor):
    LoadedContent = apps.get_model("core", "LoadedContent")
    NoticeItem = apps.get_model("notices", "NoticeItem")
    record = LoadedContent.objects.filter(key="notices.back-online").first()
    if record is None:
        return
    untouched = NoticeItem.objects.filter(
        notice_id=record.object_id, label_de__in=SHIPPED_MISSING, state="missing"
    )
    untouched.update(state="available")


class Migration(migrations.Migration):
    dependencies = [("notices", "0004_rich_text"), ("core", "0006_rich_text")]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
