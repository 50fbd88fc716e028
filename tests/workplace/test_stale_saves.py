"""Two editors on the same object: the second save is refused, and nothing either typed is lost."""

import pytest
from django.contrib.auth import get_user_model
from django.test import Client

from milestones.models import Milestone
from partnerships.models import Fact, Partnership
from tests.admin_forms import form_values
from tests.html import soup, texts

MILESTONE = "/admin/milestones/milestone/{}/change/"
PARTNERSHIP = "/admin/partnerships/partnership/{}/change/"


@pytest.fixture
def kim(db):
    user = get_user_model().objects.create_superuser("kbecker", "kim@example.org", "x", first_name="Kim")
    user.last_name = "Becker"
    user.save()
    client = Client()
    client.force_login(user)
    return client


def opened(client, url, form_id):
    """The form as an editor's browser has it after opening the page."""
    return form_values(client.get(url, HTTP_ACCEPT_LANGUAGE="de").content.decode(), form_id)


def send(client, url, data, **changes):
    data = {**data, **{name: [value] for name, value in changes.items()}}
    return client.post(url, data, HTTP_ACCEPT_LANGUAGE="de")


def test_the_second_of_two_editors_is_refused_and_keeps_the_typing(admin_client, kim, city_content):
    milestone = Milestone.objects.get(title_de="Delegationsbesuch Morogoro")
    url = MILESTONE.format(milestone.pk)
    mine, theirs = opened(admin_client, url, "milestone_form"), opened(kim, url, "milestone_form")
    assert send(kim, url, theirs, title_de="Besuch der Delegation").status_code == 302

    refused = send(admin_client, url, mine, title_de="Delegation aus Morogoro")
    html = refused.content.decode()
    assert refused.status_code == 200
    [message] = texts(html, ".errorlist.nonfield li")
    assert (
        message.startswith("Kim Becker hat dies am ") and "gespeichert, nachdem Sie das Formular" in message
    )
    assert soup(html).select_one("#id_title_de")["value"] == "Delegation aus Morogoro", "the typing is kept"
    assert Milestone.objects.get(pk=milestone.pk).title_de == "Besuch der Delegation", (
        "the first edit is kept"
    )

    again = send(admin_client, url, form_values(html, "milestone_form"))
    assert again.status_code == 302, "saving again, after the warning, replaces the other edit"
    assert Milestone.objects.get(pk=milestone.pk).title_de == "Delegation aus Morogoro"


def test_a_row_changed_meanwhile_is_refused_but_untouched_rows_are_no_obstacle(
    admin_client, kim, city_content
):
    morogoro = Partnership.objects.get(slug_de="morogoro")
    url = PARTNERSHIP.format(morogoro.pk)
    mine, theirs = opened(admin_client, url, "partnership_form"), opened(kim, url, "partnership_form")
    assert send(kim, url, theirs, **{"facts-0-value_de": "500.000 (2024)"}).status_code == 302

    refused = send(admin_client, url, mine, **{"facts-0-value_de": "471.409 (Zensus 2019)"})
    assert refused.status_code == 200
    assert Fact.objects.get(partnership=morogoro, label_de="Einwohnerzahl").value_de == "500.000 (2024)"
    assert any(
        message.startswith("Kim Becker hat dies")
        for message in texts(refused.content.decode(), ".errorlist li")
    )


def test_a_row_deleted_meanwhile_is_named_in_words(admin_client, city_content):
    morogoro = Partnership.objects.get(slug_de="morogoro")
    url = PARTNERSHIP.format(morogoro.pk)
    mine = opened(admin_client, url, "partnership_form")
    Fact.objects.filter(partnership=morogoro, label_de="Fläche").delete()

    refused = send(admin_client, url, mine, summary_de="Neu geschrieben.")
    html = refused.content.decode()
    assert refused.status_code == 200
    assert any("von jemand anderem gelöscht" in message for message in texts(html, ".errorlist li"))
    assert soup(html).select_one("#id_summary_de").get_text().strip() == "Neu geschrieben."
    assert Partnership.objects.get(pk=morogoro.pk).summary_de != "Neu geschrieben."
