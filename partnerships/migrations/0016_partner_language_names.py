"""The partner-language names of the shipped Morogoro and Alba Iulia (partnerships.content) for sites
installed before: only into fields still empty, so that nothing an editor or translator wrote is lost."""

from django.db import migrations

# As partnerships.content ships them today; kept here, since a migration must not change with the code.
PARTNER_LANGUAGE_NAMES = {
    "morogoro": {
        "city_sw": "Morogoro",
        "official_name_sw": "Halmashauri ya Manispaa ya Morogoro",
        "country_sw": "Tanzania",
        "region_sw": "Mkoa wa Morogoro, Wilaya ya Morogoro",
    },
    "alba-iulia": {"city_ro": "Alba Iulia", "country_ro": "România", "region_ro": "Județul Alba"},
}


def add_names(apps, schema_editor):
    Partnership = apps.get_model("partnerships", "Partnership")
    for slug, names in PARTNER_LANGUAGE_NAMES.items():
        for partnership in Partnership.objects.filter(slug_de=slug):
            empty = {field: value for field, value in names.items() if not getattr(partnership, field)}
            Partnership.objects.filter(pk=partnership.pk).update(**empty)


class Migration(migrations.Migration):
    dependencies = [("partnerships", "0015_partner_languages")]

    operations = [migrations.RunPython(add_names, migrations.RunPython.noop)]
