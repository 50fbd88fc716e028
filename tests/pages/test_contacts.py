"""Contact people: a box on each partnership's page with telephone, e-mail and a vCard; none invented."""

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile

from pages.models import ContactPerson, Page
from partnerships.models import Partnership
from tests.factories import jpeg_bytes, make_partnership
from tests.html import soup, texts


@pytest.fixture
def morogoro(city_content):
    return Partnership.objects.get(slug_de="morogoro")


@pytest.fixture
def kim(morogoro):
    contact = ContactPerson.objects.create(
        name="Kim Becker",
        role_de="Koordination kommunale Entwicklungspolitik",
        role_en="Coordination of municipal development policy",
        unit_de="Fachdienst Nachhaltigkeit",
        phone="+49 (2932) 201-1234",
        email="k.becker@arnsberg.example",
        street="Musterweg 1",
        postal_code="59821",
    )
    contact.partnerships.add(morogoro)
    return contact


def box(client, path):
    return soup(client.get(path).content.decode()).select_one(".contact-box")


def test_the_shipped_partnership_pages_name_the_office_and_invent_nobody(client, morogoro):
    german = box(client, "/de/partnerschaften/morogoro/")
    assert "Koordination kommunale Entwicklungspolitik" in german.get_text()
    assert "bald genannt" not in german.get_text(), "no promise, but the ways to reach the office"
    assert not german.select("a[href^=tel], a[href^=mailto]"), (
        "no address is made up while none is configured"
    )
    assert german.select_one('a[href="/de/impressum/"]')
    assert box(client, "/en/partnerships/morogoro/").select_one('a[href="/en/legal-notice/"]')


def test_a_contact_person_shows_with_telephone_email_and_card(client, kim):
    german = box(client, "/de/partnerschaften/morogoro/")
    assert texts(str(german), ".contact__name") == ["Kim Becker"]
    links = {a.get_text(): a["href"] for a in german.select("a")}
    assert links["+49 (2932) 201-1234"] == "tel:+4929322011234"
    assert links["k.becker@arnsberg.example"] == "mailto:k.becker@arnsberg.example"
    assert links["Kim Becker ins Adressbuch übernehmen (vCard)"] == f"/de/kontakt/{kim.pk}.vcf"
    english = box(client, "/en/partnerships/morogoro/").get_text()
    assert "Coordination of municipal development policy" in english and "named here soon" not in english


def test_the_vcard_holds_the_contact_in_the_pages_language(client, kim):
    response = client.get(f"/en/contact/{kim.pk}.vcf")
    card = response.content.decode()
    assert response["Content-Type"] == "text/vcard; charset=utf-8"
    assert 'filename="kim-becker.vcf"' in response["Content-Disposition"]
    for line in (
        "FN:Kim Becker",
        "N:Becker;Kim;;;",
        "TITLE:Coordination of municipal development policy",
        "TEL;TYPE=WORK:+49 (2932) 201-1234",
        "EMAIL;TYPE=INTERNET:k.becker@arnsberg.example",
        "ADR:;;Musterweg 1;Arnsberg;;59821;",
        "ORG:City of Arnsberg;Fachdienst Nachhaltigkeit",
    ):
        assert line in card.splitlines()


def test_a_contact_on_no_public_page_has_no_card(client, kim, morogoro):
    morogoro.is_published = False
    morogoro.save()
    assert client.get(f"/de/kontakt/{kim.pk}.vcf").status_code == 404
    assert client.get("/de/kontakt/999999.vcf").status_code == 404


def test_a_page_shows_its_contact_people(client, kim):
    page = Page.objects.get(kind=Page.Kind.ACCESSIBILITY)
    kim.pages.add(page)
    assert texts(str(box(client, "/de/barrierefreiheit/")), ".contact__name") == ["Kim Becker"]
    other = make_partnership(slug_de="andere")
    assert "Kim Becker" not in box(client, other.get_absolute_url()).get_text()


def test_a_photo_needs_its_alternative_text_and_loses_its_metadata(media_root, committed):
    photo = SimpleUploadedFile("kim.jpg", jpeg_bytes(width=900, height=900), content_type="image/jpeg")
    contact = ContactPerson(name="Kim Becker", role_de="Koordination", photo=photo)
    with pytest.raises(ValidationError) as refused:
        contact.full_clean()
    assert "photo_alt_de" in refused.value.message_dict
    contact.photo_alt_de = "Kim Becker"
    contact.full_clean()
    with committed():
        contact.save()
    assert [r["width"] for r in contact.photo_renditions] == [160, 480, 800]


def test_a_telephone_number_with_letters_is_refused():
    contact = ContactPerson(name="Kim", role_de="Koordination", phone="call me")
    with pytest.raises(ValidationError) as refused:
        contact.full_clean()
    assert "phone" in refused.value.message_dict


def test_without_a_contact_person_the_page_shows_the_office_and_the_legal_notice(
    client, city_content, settings
):
    settings.OFFICE_EMAIL = "partnerschaften@example.org"
    html = client.get("/de/partnerschaften/warren/").content.decode()
    box = " ".join(texts(html, ".contact-box"))
    assert "bald genannt" not in box and "Koordination kommunale Entwicklungspolitik" in box
    assert soup(html).select_one('.contact-box a[href="mailto:partnerschaften@example.org"]')
    assert soup(html).select_one('.contact-box a[href="/de/impressum/"]')


def test_the_admins_start_page_lists_what_editors_still_have_to_fill_in(admin_client, city_content, settings):
    settings.OFFICE_EMAIL = settings.OFFICE_PHONE = ""
    from pages.models import Confirmation

    open_facts = Confirmation.objects.filter(confirmed=False, page__slug_de="impressum").count()
    html = admin_client.get("/admin/", HTTP_ACCEPT_LANGUAGE="de").content.decode()
    tasks = texts(html, ".editor-tasks li")
    assert open_facts and f"Impressum: {open_facts} Angaben zu bestätigen" in tasks
    assert "Warren: keine Ansprechperson genannt" in tasks
    assert any("DJANGO_OFFICE_EMAIL" in task for task in tasks)
    settings.OFFICE_EMAIL = "partnerschaften@example.org"
    html = admin_client.get("/admin/", HTTP_ACCEPT_LANGUAGE="de").content.decode()
    assert not any("DJANGO_OFFICE_EMAIL" in task for task in texts(html, ".editor-tasks li"))
