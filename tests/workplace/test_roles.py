"""The roles: editors ("Redaktion") may do everything; translators ("Übersetzung") the English only."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import Client

from milestones.models import Milestone
from partnerships.models import Fact, Partnership
from tests.admin_forms import form_values

MILESTONE = "/admin/milestones/milestone/"


def member(group_name, username):
    user = get_user_model().objects.create_user(username, password="x", is_staff=True)
    user.groups.add(Group.objects.get(name=group_name))
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def translator(db):
    return member("Übersetzung", "tara")


@pytest.fixture
def editor(db):
    return member("Redaktion", "erik")


def post_back(client, url, form_id, **changes):
    data = form_values(client.get(url, HTTP_ACCEPT_LANGUAGE="de").content.decode(), form_id)
    data.update({name: [value] for name, value in changes.items()})
    return client.post(url, data, HTTP_ACCEPT_LANGUAGE="de")


def hamm():
    return Milestone.objects.get(title_de="Auftaktkonferenz aller 16 Partnerstädte")


def test_a_translator_changes_the_english_and_nothing_else(translator, city_content):
    milestone = hamm()
    url = f"{MILESTONE}{milestone.pk}/change/"
    html = translator.get(url, HTTP_ACCEPT_LANGUAGE="de").content.decode()
    assert 'name="title_en"' in html and 'name="title_de"' not in html
    assert "Auftaktkonferenz aller 16 Partnerstädte" in html, "the German text is shown beside"
    response = post_back(
        translator, url, "milestone_form", title_en="Kick-off in Hamm", title_de="Umbenannt", is_published=""
    )
    assert response.status_code == 302
    milestone.refresh_from_db()
    assert (milestone.title_en, milestone.title_de, milestone.is_published) == (
        "Kick-off in Hamm",
        "Auftaktkonferenz aller 16 Partnerstädte",
        True,
    )


def test_a_translator_translates_the_rows_of_a_partnership(translator, city_content):
    morogoro = Partnership.objects.get(slug_de="morogoro")
    url = f"/admin/partnerships/partnership/{morogoro.pk}/change/"
    response = post_back(translator, url, "partnership_form", **{"facts-0-label_en": "Inhabitants"})
    assert response.status_code == 302
    assert Fact.objects.get(partnership=morogoro, label_de="Einwohnerzahl").label_en == "Inhabitants"


def test_a_translator_can_neither_add_nor_delete(translator, city_content):
    milestone = hamm()
    assert translator.get(f"{MILESTONE}add/").status_code == 403
    assert translator.post(f"{MILESTONE}{milestone.pk}/delete/", {"post": "yes"}).status_code == 403
    assert Milestone.objects.filter(pk=milestone.pk).exists()


def test_an_editor_changes_german_texts_publishes_and_deletes(editor, city_content):
    milestone = hamm()
    url = f"{MILESTONE}{milestone.pk}/change/"
    response = post_back(editor, url, "milestone_form", title_de="Auftakt in Hamm", is_published="")
    assert response.status_code == 302
    milestone.refresh_from_db()
    assert (milestone.title_de, milestone.is_published) == ("Auftakt in Hamm", False)
    assert editor.post(f"{MILESTONE}{milestone.pk}/delete/", {"post": "yes"}).status_code == 302
    assert not Milestone.objects.filter(pk=milestone.pk).exists()


def test_the_roles_follow_what_each_model_declares():
    """Every model of the site's own apps: editors may do everything with it; a model with translated
    fields (its app's translation.py) may be viewed and changed by translators of every language, and
    nothing else may."""
    from workplace.roles import TRANSLATOR_GROUPS

    def codenames(group):
        return set(
            Group.objects.get(name=group).permissions.values_list("content_type__app_label", "codename")
        )

    editors = codenames("Redaktion")
    for language, group in TRANSLATOR_GROUPS.items():
        the_role_follows_the_declarations(editors, codenames(group), language)


def the_role_follows_the_declarations(editors, translators, language):
    """One language's translators: view and change every translated model, and their language."""
    from django.apps import apps
    from django.contrib.auth.models import Permission
    from modeltranslation.translator import translator

    from workplace.roles import own_app

    translated = set(translator.get_registered_models())
    site_models = [m for m in apps.get_models() if own_app(m._meta.app_config)]
    assert {"partnerships", "contract"} <= {m._meta.app_label for m in site_models}
    for model in site_models:
        opts = model._meta
        own = set(
            Permission.objects.filter(
                content_type__app_label=opts.app_label, content_type__model=opts.model_name
            ).values_list("content_type__app_label", "codename")
        )
        assert own <= editors, model
        expected = {(opts.app_label, f"{action}_{opts.model_name}") for action in ("view", "change")}
        if opts.label == "core.Introduction":  # it holds the site-wide rights (core.models)
            expected.add(("core", f"translate_{language}"))
        if model in translated:
            assert own & translators == expected, model
        else:
            assert not own & translators, model


def test_migrate_gives_a_models_permissions_to_the_roles_without_a_migration_of_its_own():
    """What a `grant` migration once listed by hand comes from the declarations after any migrate."""
    from django.apps import apps
    from django.contrib.auth.models import Permission
    from django.db.models.signals import post_migrate

    for group in Group.objects.all():
        group.permissions.remove(*Permission.objects.filter(content_type__app_label="pages"))
    post_migrate.send(
        sender=apps.get_app_config("pages"),
        app_config=apps.get_app_config("pages"),
        verbosity=0,
        interactive=False,
        using="default",
        apps=apps,
        plan=[],
    )
    translators = Group.objects.get(name="Übersetzung").permissions.filter(content_type__app_label="pages")
    assert {"change_page", "view_contactperson"} <= set(translators.values_list("codename", flat=True))
    assert not translators.filter(codename__startswith="delete_").exists()
    assert Group.objects.get(name="Redaktion").permissions.filter(codename="delete_page").exists()
