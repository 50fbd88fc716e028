"""The legal pages: editable, translated, each kind once, with a checklist of facts still to confirm."""

import re

import pytest
from django.db import IntegrityError

from pages.models import Confirmation, Page
from tests.html import soup, texts


@pytest.fixture
def imprint(city_content):
    return Page.objects.get(kind=Page.Kind.IMPRINT)


@pytest.mark.parametrize(
    ("path", "heading"),
    [
        ("/de/impressum/", "Impressum"),
        ("/en/legal-notice/", "Legal notice"),
        ("/de/datenschutz/", "Datenschutzerklärung"),
        ("/en/privacy/", "Privacy statement"),
        ("/de/barrierefreiheit/", "Erklärung zur Barrierefreiheit"),
        ("/en/accessibility/", "Accessibility statement"),
        ("/de/leichte-sprache/", "Leichte Sprache"),
        ("/en/easy-read/", "Easy Read"),
    ],
)
def test_each_legal_page_answers_in_both_languages(client, city_content, path, heading):
    assert texts(client.get(path).content.decode(), "h1") == [heading]


def test_the_shipped_texts_say_what_the_law_asks_and_show_no_placeholder(client, city_content):
    privacy = client.get("/de/datenschutz/").content.decode()
    for required in (
        "Verantwortliche Stelle",
        "Datenschutzbeauftragte",
        "sieben Tagen",
        "hidden_notices",
        "Barriere melden",
        "Art. 15",
        "LDI NRW",
    ):
        assert required in privacy
    statement = client.get("/en/accessibility/").content.decode()
    for required in ("partially", "25 November 2026", "Report a barrier", "Ombudsstelle"):
        assert required in statement
    for path in ("/de/impressum/", "/en/legal-notice/", "/de/leichte-sprache/"):
        body = soup(client.get(path).content.decode()).select_one("main").get_text()
        assert not re.search(r"\[|\]|XXX|TODO|Platzhalter|placeholder|Musterstraße", body)


def to_confirm(admin_client) -> dict:
    listing = soup(admin_client.get("/admin/pages/page/", HTTP_ACCEPT_LANGUAGE="de").content.decode())
    return {
        row.select_one("th").get_text(): row.select_one(".field-to_confirm").get_text()
        for row in listing.select("#result_list tbody tr")
    }


def test_the_edit_form_lists_what_an_editor_must_still_confirm(admin_client, imprint):
    html = admin_client.get(
        f"/admin/pages/page/{imprint.pk}/change/", HTTP_ACCEPT_LANGUAGE="de"
    ).content.decode()
    labels = [field.get("value") for field in soup(html).select("input[name^=confirmations-][name$=-label]")]
    assert "Namen der Bürgermeisterin oder des Bürgermeisters ergänzen" in labels
    assert to_confirm(admin_client)["Impressum"] == "4 Angaben"
    Confirmation.objects.filter(page=imprint).exclude(ordering=1).update(confirmed=True)
    assert to_confirm(admin_client)["Impressum"] == "1 Angabe"
    Confirmation.objects.filter(page=imprint).update(confirmed=True)
    assert to_confirm(admin_client)["Impressum"] == "–"


def test_the_checklist_never_reaches_the_public_page(client, imprint):
    assert "Bürgermeisters ergänzen" not in client.get("/de/impressum/").content.decode()


def test_each_kind_of_legal_page_exists_once(imprint):
    with pytest.raises(IntegrityError):
        Page.objects.create(
            title_de="Noch ein Impressum", slug_de="impressum-2", body_de="<p>x</p>", kind="imprint"
        )


def test_an_unpublished_page_leaves_the_footer_and_answers_not_found(client, imprint):
    imprint.is_published = False
    imprint.save()
    assert client.get("/de/impressum/").status_code == 404
    assert "/de/impressum/" not in [
        a["href"] for a in soup(client.get("/de/").content.decode()).select("footer a")
    ]


def test_a_changed_address_leads_from_the_old_one(client, imprint):
    imprint.slug_de = "anbieterkennzeichnung"
    imprint.save()
    response = client.get("/de/impressum/")
    assert (response.status_code, response["Location"]) == (301, "/de/anbieterkennzeichnung/")


def test_the_legal_pages_are_in_the_sitemap(client, city_content):
    sitemap = client.get("/sitemap.xml").content.decode()
    assert "http://testserver/de/impressum/" in sitemap and "http://testserver/en/easy-read/" in sitemap
