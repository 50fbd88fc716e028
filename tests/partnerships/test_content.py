from django.core.management import call_command

from core.models import Introduction
from partnerships.models import Fact, Partnership, Programme, SustainableDevelopmentGoal


def test_the_17_goals_ship_with_official_numbers_names_and_colours():
    goals = list(SustainableDevelopmentGoal.objects.all())
    assert [goal.number for goal in goals] == list(range(1, 18))
    goal = SustainableDevelopmentGoal.objects.get(number=13)
    assert (goal.name_de, goal.name_en, goal.colour) == (
        "Maßnahmen zum Klimaschutz",
        "Climate action",
        "#3F7E44",
    )


def test_city_content_loads_the_three_partnerships_in_both_languages(city_content):
    partnerships = Partnership.objects.published()
    assert [p.city_de for p in partnerships] == ["Morogoro", "Warren", "Alba Iulia"]
    assert all(p.summary_en and p.body_en for p in partnerships)
    assert Programme.objects.filter(name_de="Kommunale Nachhaltigkeitspartnerschaften").exists()
    assert Introduction.objects.get().title_de == "Globale Probleme – globales Netzwerk"


def test_loading_twice_duplicates_nothing(city_content):
    counts = [Partnership.objects.count(), Fact.objects.count(), Programme.objects.count()]
    call_command("load_city_content", stdout=open("/dev/null", "w"))
    assert [Partnership.objects.count(), Fact.objects.count(), Programme.objects.count()] == counts


def test_loading_again_never_overwrites_or_revives_what_editors_changed(city_content):
    morogoro = Partnership.objects.get(slug_de="morogoro")
    morogoro.summary_de = "Von der Redaktion überarbeitet."
    morogoro.save()
    Partnership.objects.get(slug_de="warren").delete()
    call_command("load_city_content", stdout=open("/dev/null", "w"))
    assert Partnership.objects.get(slug_de="morogoro").summary_de == "Von der Redaktion überarbeitet."
    assert not Partnership.objects.filter(slug_de="warren").exists()
