"""A deletion names the links it cuts, and recovering the deleted object puts them back."""

import pytest
from reversion.models import Version

from milestones.models import Milestone
from pages.models import ContactPerson
from partnerships.models import Partnership
from stories.models import Story
from tests.admin_forms import resubmit
from tests.html import texts

STEP = "Delegationsbesuch Morogoro"
REPORT = "Delegation aus Morogoro zu Gast in Arnsberg"


@pytest.fixture
def step(city_content):
    return Milestone.objects.get(title_de=STEP)


def recover(client, model, form_id):
    [deleted] = Version.objects.get_deleted(model)
    url = f"/admin/{model._meta.app_label}/{model._meta.model_name}/recover/{deleted.pk}/"
    return resubmit(client, url, form_id)


def test_the_confirmation_names_the_story_that_loses_its_link_and_recovery_puts_it_back(admin_client, step):
    url = f"/admin/milestones/milestone/{step.pk}/delete/"
    page = admin_client.get(url, HTTP_ACCEPT_LANGUAGE="de").content.decode()
    [named] = texts(page, "#cut-links li")
    assert REPORT in named and "Bericht zum Meilenstein" in named and STEP in named
    assert admin_client.post(url, {"post": "yes"}, HTTP_ACCEPT_LANGUAGE="de").status_code == 302
    assert Story.objects.get(title_de=REPORT).milestone is None

    response = recover(admin_client, Milestone, "milestone_form")
    assert response.status_code == 302
    recovered = Milestone.objects.get(title_de=STEP)
    assert Story.objects.get(title_de=REPORT).milestone == recovered
    message = " ".join(
        texts(admin_client.get(response.url, HTTP_ACCEPT_LANGUAGE="de").content.decode(), ".messagelist")
    )
    assert "wiederhergestellt" in message and REPORT in message and "geändert" not in message
    story_history = Version.objects.get_for_object(Story.objects.get(title_de=REPORT)).first()
    assert REPORT in story_history.revision.comment


def test_deleting_from_the_list_names_the_links_too_and_recovery_puts_them_back(admin_client, step):
    action = {"action": "delete_selected", "_selected_action": [step.pk]}
    page = admin_client.post("/admin/milestones/milestone/", action, HTTP_ACCEPT_LANGUAGE="de")
    assert any(REPORT in line for line in texts(page.content.decode(), "#cut-links li"))
    admin_client.post("/admin/milestones/milestone/", {**action, "post": "yes"})
    assert not Milestone.objects.filter(title_de=STEP).exists()
    assert recover(admin_client, Milestone, "milestone_form").status_code == 302
    assert Story.objects.get(title_de=REPORT).milestone.title_de == STEP


def test_a_partnership_brings_back_its_stories_contacts_and_the_reports_of_its_steps(
    admin_client, city_content
):
    morogoro = Partnership.objects.get(slug_de="morogoro")
    contact = ContactPerson.objects.create(name="Kim Becker", role_de="Koordination")
    contact.partnerships.add(morogoro)
    url = f"/admin/partnerships/partnership/{morogoro.pk}/delete/"
    named = " ".join(
        texts(admin_client.get(url, HTTP_ACCEPT_LANGUAGE="de").content.decode(), "#cut-links li")
    )
    assert "Kim Becker" in named and REPORT in named
    admin_client.post(url, {"post": "yes"})
    assert not contact.partnerships.exists() and not Story.objects.get(title_de=REPORT).partnerships.exists()

    assert recover(admin_client, Partnership, "partnership_form").status_code == 302
    morogoro = Partnership.objects.get(slug_de="morogoro")
    assert list(contact.partnerships.all()) == [morogoro]
    report = Story.objects.get(title_de=REPORT)
    assert list(report.partnerships.all()) == [morogoro] and report.milestone.title_de == STEP


def test_a_link_chosen_since_the_deletion_stands(admin_client, step):
    admin_client.post(f"/admin/milestones/milestone/{step.pk}/delete/", {"post": "yes"})
    other = Milestone.objects.exclude(title_de=STEP).first()
    Story.objects.filter(title_de=REPORT).update(milestone=other)
    assert recover(admin_client, Milestone, "milestone_form").status_code == 302
    assert Story.objects.get(title_de=REPORT).milestone == other
