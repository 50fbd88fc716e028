"""The translators' to-do: English texts missing or outdated, for every kind of content."""

import pytest

from partnerships.models import Fact, Partnership
from tests.html import soup, texts

STATUS = "/admin/translation-status/"


def rows(admin_client):
    """{model name: {entry: (missing, outdated)}} as the status page lists them."""
    page = soup(admin_client.get(STATUS, HTTP_ACCEPT_LANGUAGE="de").content.decode())
    listed = {}
    for module in page.select("div.module[id^=status-]"):
        entries = {}
        for row in module.select("tbody tr"):
            for note in row.select("small"):  # when the outdated text was translated
                note.extract()
            cells = [cell.get_text(strip=True) for cell in row.select("th, td")]
            entries[cells[0]] = (cells[1], cells[2])
        listed[module["id"].removeprefix("status-")] = entries
    return listed


@pytest.fixture
def morogoro(city_content):
    return Partnership.objects.get(slug_de="morogoro")


def test_the_shipped_content_leaves_nothing_to_translate(admin_client, morogoro):
    assert all(entries == {} for entries in rows(admin_client).values())
    assert (
        "partnership" in rows(admin_client)
        and "fact" in rows(admin_client)
        and "noticeitem" in rows(admin_client)
    )


def test_an_emptied_english_summary_and_a_changed_german_text_are_listed(admin_client, morogoro):
    morogoro.summary_en = ""
    morogoro.body_de = morogoro.body_de + " Ein neuer Satz."
    morogoro.save()
    assert rows(admin_client)["partnership"] == {"Morogoro": ("Kurzbeschreibung", "Haupttext")}


def test_translating_again_takes_an_entry_off_the_list(admin_client, morogoro):
    morogoro.body_de = "Neu."
    morogoro.save()
    assert "Morogoro" in rows(admin_client)["partnership"]
    morogoro.body_en = "New."
    morogoro.save()
    assert rows(admin_client)["partnership"] == {}


def test_a_row_of_a_form_is_listed_and_leads_to_its_form(admin_client, morogoro):
    fact = Fact.objects.get(partnership=morogoro, label_de="Einwohnerzahl")
    fact.value_de = "500.000 (2024)"
    fact.save()
    assert rows(admin_client)["fact"] == {"Einwohnerzahl: 500.000 (2024)": ("", "Wert")}
    page = soup(admin_client.get(STATUS).content.decode())
    workbench = soup(admin_client.get(page.select_one("#status-fact tbody a")["href"]).content.decode())
    assert "500.000 (2024)" in workbench.select_one("#field-value").get_text()
    form = workbench.select_one(".translation-workbench p a")["href"]
    assert form == f"/admin/partnerships/partnership/{morogoro.pk}/change/#lang-en"


def test_the_admin_index_leads_there(admin_client):
    assert f'href="{STATUS}"' in admin_client.get("/admin/").content.decode()


def test_the_english_tab_says_which_texts_are_missing_or_outdated(admin_client, morogoro):
    morogoro.summary_en = ""
    morogoro.body_de = "Geändert."
    morogoro.save()
    html = admin_client.get(
        f"/admin/partnerships/partnership/{morogoro.pk}/change/", HTTP_ACCEPT_LANGUAGE="de"
    )
    page = soup(html.content.decode())
    [missing] = texts(str(page), "#id_summary_en_helptext")
    [outdated] = texts(str(page), "#id_body_en_helptext")
    assert missing.startswith("⚠ Englisch fehlt noch")
    assert outdated.startswith("⚠ Veraltet: Der deutsche Text")
    assert page.select_one("#id_city_en_helptext") is None


def test_a_row_with_an_outdated_english_text_is_marked_in_the_form(admin_client, morogoro):
    fact = Fact.objects.get(partnership=morogoro, label_de="Einwohnerzahl")
    fact.value_de = "500.000 (2024)"
    fact.save()
    html = admin_client.get(
        f"/admin/partnerships/partnership/{morogoro.pk}/change/", HTTP_ACCEPT_LANGUAGE="de"
    )
    marked = soup(html.content.decode()).select(".needs-translation")
    assert [(field["name"].split("-")[-1], field["title"][:8]) for field in marked] == [
        ("value_en", "Veraltet")
    ]


def test_the_counts_per_kind_and_the_oldest_outdated_text_first(admin_client, morogoro, time_machine):
    from partnerships.models import Partnership

    warren = Partnership.objects.get(slug_de="warren")
    time_machine.move_to("2026-12-01 10:00")
    warren.body_en = warren.body_en + " Older."
    warren.save()
    time_machine.move_to("2026-12-02 10:00")
    morogoro.body_en = morogoro.body_en + " Newer."
    morogoro.save()
    for partnership in (morogoro, warren):
        partnership.body_de = partnership.body_de + " Geändert."
        partnership.save()
    page = soup(admin_client.get(STATUS, HTTP_ACCEPT_LANGUAGE="de").content.decode())
    entries = [
        row.select_one("th").get_text(strip=True) for row in page.select("#status-partnership tbody tr")
    ]
    assert entries == [str(warren), str(morogoro)]
    counts = page.select_one("#status-partnership .translation-counts").get_text(" ", strip=True)
    assert "2 veraltet" in counts and "0 fehlend" in counts
