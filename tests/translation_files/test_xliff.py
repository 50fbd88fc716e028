"""Files for a translation agency: the missing and outdated English as XLIFF, translated outside and
read back; a unit is applied only while its German text is what was exported, and a hostile file
changes nothing."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from translate.storage import xliff

from milestones.models import Milestone
from tests.translations.engine_server import fake_translation
from tests.workplace.test_roles import member
from translations.status import status

pytestmark = pytest.mark.django_db
EXPORT, IMPORT = "/admin/translation-status/export/", "/admin/translation-status/import/"
GERMAN = '<p>Besuch der Delegation in <a href="https://www.morogoromc.go.tz/">Morogoro</a>.</p>'


@pytest.fixture
def step(city_content):
    milestone = Milestone.objects.get(title_de="Delegationsbesuch Morogoro")
    milestone.description_de = GERMAN
    milestone.save()
    return milestone


def exported(client, query="") -> xliff.xlifffile:
    answer = client.get(EXPORT + query)
    assert answer.status_code == 200 and answer["Content-Disposition"].startswith("attachment")
    assert b'xmlns="urn:oasis:names:tc:xliff:document:1.2"' in answer.content
    return xliff.xlifffile.parsestring(answer.content)


def sent_back(client, file, **headers):
    upload = bytes(file) if not isinstance(file, bytes) else file

    return client.post(
        IMPORT,
        {"file": SimpleUploadedFile("back.xlf", upload, "application/xml")},
        HTTP_ACCEPT_LANGUAGE="de",
        **headers,
    )


def outdated_count() -> int:
    return sum(len(row.outdated) for entry in status() for row in entry.rows)


def test_a_round_trip_through_an_agency_leaves_nothing_outdated_and_no_german_changed(admin_client, step):
    german = dict(Milestone.objects.values_list("pk", "description_de"))
    file = exported(admin_client)
    unit_id = f"milestones.milestone:{step.pk}:description"
    (unit,) = [u for u in file.units if u.getid().endswith(unit_id)]
    assert unit.source == GERMAN and unit.target == step.description_en, "the old English, to revise"
    for each in file.units:
        each.target = fake_translation(each.source, html=True)
    answer = sent_back(admin_client, file)
    assert answer.status_code == 200 and unit_id in answer.content.decode()
    step.refresh_from_db()
    assert step.description_en.startswith("<p>Visit of the delegation in <a href=")
    assert outdated_count() == 0
    assert dict(Milestone.objects.values_list("pk", "description_de")) == german


def test_an_unchanged_file_changes_nothing(admin_client, step):
    before = list(Milestone.objects.values())
    answer = sent_back(admin_client, exported(admin_client))
    assert "0 Texte übernommen" in answer.content.decode()
    assert list(Milestone.objects.values()) == before


def test_a_unit_whose_german_changed_meanwhile_is_reported_not_applied(admin_client, step):
    file = exported(admin_client, "?kind=milestones.milestone")
    for each in file.units:
        each.target = fake_translation(each.source, html=True)
    step.description_de = "<p>Ganz neu geschrieben.</p>"
    step.save()
    english = Milestone.objects.get(pk=step.pk).description_en
    page = sent_back(admin_client, file).content.decode()
    assert "Der deutsche Text hat sich seit dem Export geändert" in page
    assert Milestone.objects.get(pk=step.pk).description_en == english


@pytest.mark.parametrize(
    "target, why",
    [
        ('<p>Visit <a href="https://evil.example/">Morogoro</a>.</p>', "Auszeichnung weicht"),
        (
            '<p>Visit of the delegation in <a href="https://www.morogoromc.go.tz/">Morogoro</a>.</p>'
            "<script>alert(1)</script>",
            "Auszeichnung weicht",
        ),
    ],
)
def test_a_unit_with_changed_links_or_scripts_is_not_applied(admin_client, step, target, why):
    file = exported(admin_client)
    (unit,) = [u for u in file.units if u.getid().endswith(f":{step.pk}:description")]
    unit.target = target
    english = step.description_en
    assert why in sent_back(admin_client, file).content.decode()
    step.refresh_from_db()
    assert step.description_en == english


@pytest.mark.parametrize(
    "content, words",
    [
        (b"not xml at all", "keine XLIFF-Datei"),
        (b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><xliff/>', "Dokumenttyp"),
        (b"<xliff>" + b" " * (5 * 1024 * 1024 + 1) + b"</xliff>", "größer als 5 MB"),
    ],
)
def test_a_file_that_is_no_xliff_or_hostile_is_refused_with_a_message(admin_client, step, content, words):
    before = list(Milestone.objects.values())
    answer = sent_back(admin_client, content)
    assert answer.status_code == 400 and words in answer.content.decode()
    assert list(Milestone.objects.values()) == before


def test_units_for_unknown_or_deleted_entries_are_reported(admin_client, step):
    file = exported(admin_client)
    strangers = ["nowhere.nothing:1:title", f"milestones.milestone:{step.pk}:slug"]
    for unit_id in [*strangers, "milestones.milestone:999999:title"]:
        extra = file.addsourceunit("Titel")
        extra.setid(unit_id)
        extra.target = "Title"
    page = sent_back(admin_client, file).content.decode()
    for words in (
        "Keine solche Art von Inhalt",
        "Kein solches übersetztes Feld",
        "Den Eintrag gibt es nicht mehr",
    ):
        assert words in page


def test_a_translator_imports_and_one_without_the_right_changes_nothing(client, step):
    translator = member("Übersetzung", "tara")
    file = exported(translator)
    for each in file.units:
        each.target = fake_translation(each.source, html=True)
    viewer = get_user_model().objects.create_user("vera", password="x", is_staff=True)
    viewer.user_permissions.add(Permission.objects.get(codename="view_milestone"))
    client.force_login(viewer)
    english = step.description_en
    assert "Sie dürfen diese Art von Inhalt nicht ändern" in sent_back(client, file).content.decode()
    assert Milestone.objects.get(pk=step.pk).description_en == english
    sent_back(translator, file)
    assert Milestone.objects.get(pk=step.pk).description_en.startswith("<p>Visit of the delegation")
