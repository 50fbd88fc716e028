"""The 17 Sustainable Development Goals of the UN Agenda 2030: official numbers, colours and short
names in German (as used by the Federal Government) and English (as used by the UN)."""

from django.db import migrations

GOALS = [
    (1, "#E5243B", "Keine Armut", "No poverty"),
    (2, "#DDA63A", "Kein Hunger", "Zero hunger"),
    (3, "#4C9F38", "Gesundheit und Wohlergehen", "Good health and well-being"),
    (4, "#C5192D", "Hochwertige Bildung", "Quality education"),
    (5, "#FF3A21", "Geschlechtergleichheit", "Gender equality"),
    (6, "#26BDE2", "Sauberes Wasser und Sanitäreinrichtungen", "Clean water and sanitation"),
    (7, "#FCC30B", "Bezahlbare und saubere Energie", "Affordable and clean energy"),
    (8, "#A21942", "Menschenwürdige Arbeit und Wirtschaftswachstum", "Decent work and economic growth"),
    (9, "#FD6925", "Industrie, Innovation und Infrastruktur", "Industry, innovation and infrastructure"),
    (10, "#DD1367", "Weniger Ungleichheiten", "Reduced inequalities"),
    (11, "#FD9D24", "Nachhaltige Städte und Gemeinden", "Sustainable cities and communities"),
    (12, "#BF8B2E", "Nachhaltige/r Konsum und Produktion", "Responsible consumption and production"),
    (13, "#3F7E44", "Maßnahmen zum Klimaschutz", "Climate action"),
    (14, "#0A97D9", "Leben unter Wasser", "Life below water"),
    (15, "#56C02B", "Leben an Land", "Life on land"),
    (
        16,
        "#00689D",
        "Frieden, Gerechtigkeit und starke Institutionen",
        "Peace, justice and strong institutions",
    ),
    (17, "#19486A", "Partnerschaften zur Erreichung der Ziele", "Partnerships for the goals"),
]


def add_goals(apps, schema_editor):
    Goal = apps.get_model("partnerships", "SustainableDevelopmentGoal")
    for number, colour, name_de, name_en in GOALS:
        Goal.objects.update_or_create(
            number=number,
            defaults={"colour": colour, "name": name_de, "name_de": name_de, "name_en": name_en},
        )


def remove_goals(apps, schema_editor):
    apps.get_model("partnerships", "SustainableDevelopmentGoal").objects.filter(
        number__in=[goal[0] for goal in GOALS]
    ).delete()


class Migration(migrations.Migration):
    dependencies = [("partnerships", "0001_initial")]

    operations = [migrations.RunPython(add_goals, remove_goals)]
