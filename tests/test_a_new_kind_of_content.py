"""The contract of a kind of content, proved on one that exists only in the tests (tests.contract,
installed by tests.settings): its model, translation.py, admin.py, view and template are all it has.
Nothing of the site lists it, and yet it keeps revisions, is found by the search, is translated by
the translators and nothing more, ends the page cache's copies when saved, and opens in the admin."""

import pytest
import reversion
from django.contrib.auth.models import Group
from django.db import connection
from django.utils import timezone
from reversion.models import Version

from operations import page_cache
from search import declaration
from tests.contract.models import Excursion
from tests.workplace.test_roles import member

pytestmark = pytest.mark.django_db

CHANGE = "/admin/contract/excursion/{}/change/"


def excursion(**fields):
    values = {"title_de": "Stadtführung Neheim", "slug_de": "neheim", "body_de": "<p>Am Zauberbrunnen.</p>"}
    return Excursion.objects.create(is_published=True, **{**values, **fields})


def test_it_keeps_revisions_of_what_the_admin_saved(admin_client):
    assert reversion.is_registered(Excursion)
    walk = excursion()
    form = admin_client.get(CHANGE.format(walk.pk)).context["adminform"].form
    data = {name: form[name].value() or "" for name in form.fields if name not in ("is_published",)}
    data.update(title_de="Stadtführung Alt-Arnsberg", is_published="on", _save="1")
    assert admin_client.post(CHANGE.format(walk.pk), data).status_code == 302
    assert Version.objects.get_for_object(walk).count() == 1


def test_the_search_finds_it_from_its_declaration_alone(client):
    walk = excursion()
    Excursion.objects.create(title_de="Entwurf am Zauberbrunnen", slug_de="entwurf", body_de="<p>x</p>")
    assert Excursion in declaration.searchable_models()
    page = client.get("/de/suche/", {"q": "Zauberbrunnen"}).content.decode()
    assert walk.get_absolute_url() in page and "Excursion" in page
    assert "/entwurf/" not in page  # a draft is not public
    with connection.cursor() as cursor:
        indexes = connection.introspection.get_constraints(cursor, Excursion._meta.db_table)
    assert {"excursion_search_de", "excursion_search_en"} <= set(indexes)


def test_translators_may_change_its_english_and_nothing_else():
    translators = Group.objects.get(name="Übersetzung").permissions.filter(content_type__app_label="contract")
    assert set(translators.values_list("codename", flat=True)) == {"view_excursion", "change_excursion"}
    walk = excursion()
    client = member("Übersetzung", "tara")
    form = client.get(CHANGE.format(walk.pk)).context["adminform"].form
    assert "title_en" in form.fields and "title_de" not in form.fields
    assert client.post(f"/admin/contract/excursion/{walk.pk}/delete/", {"post": "yes"}).status_code == 403
    assert Excursion.objects.filter(pk=walk.pk).exists()


def test_saving_it_ends_the_cached_pages_and_its_schedule_is_kept(client, time_machine):
    time_machine.move_to(timezone.now())
    client.get("/de/")
    assert client.get("/de/").headers.get("X-Page-Cache") == "hit"
    soon = timezone.now() + timezone.timedelta(hours=2)
    walk = excursion(publish_from=soon)
    assert client.get("/de/").headers.get("X-Page-Cache") is None
    assert page_cache.next_scheduled_change(timezone.now()) <= soon
    assert client.get(walk.get_absolute_url()).status_code == 404
    time_machine.shift(3 * 3600)
    assert client.get(walk.get_absolute_url()).status_code == 200


def test_the_german_admin_lists_and_adds_it(admin_client):
    excursion()
    assert admin_client.get("/admin/contract/excursion/", HTTP_ACCEPT_LANGUAGE="de").status_code == 200
    assert admin_client.get("/admin/contract/excursion/add/").status_code == 200
