"""Taking part: a partnership's section on how to join in, with its contact people, linked from home."""

from pages.models import ContactPerson, Participation
from tests.admin_forms import form_values
from tests.factories import make_partnership
from tests.html import soup, texts


def test_the_shipped_section_for_morogoro_is_on_its_page_and_linked_from_home_in_both_languages(
    client, city_content
):
    for language, home, page, anchor in [
        ("de", "/de/", "/de/partnerschaften/morogoro/", "mitmachen"),
        ("en", "/en/", "/en/partnerships/morogoro/", "taking-part"),
    ]:
        links = soup(client.get(home).content.decode()).select(".participation-links a")
        assert [link["href"] for link in links] == [f"{page}#{anchor}"], language
        section = soup(client.get(page).content.decode()).select_one(f"section#{anchor}")
        assert section is not None, language
        assert ("Schulen" if language == "de" else "Schools") in section.get_text()
    warren = soup(client.get("/de/partnerschaften/warren/").content.decode())
    assert warren.select(".participation") == []


def test_the_section_names_its_contact_people_whose_cards_can_be_saved(client, db):
    partnership = make_partnership(slug_de="bergstadt", city_de="Bergstadt")
    participation = Participation.objects.create(partnership=partnership, body_de="<p>Machen Sie mit!</p>")
    contact = ContactPerson.objects.create(
        name="Alex Beispiel", role_de="Schulpartnerschaften", email="a@example.org"
    )
    participation.contacts.add(contact)
    section = soup(client.get("/de/partnerschaften/bergstadt/").content.decode()).select_one(".participation")
    assert texts(str(section), "h2") == ["Mitmachen"] and texts(str(section), "h3") == ["Ihre Ansprechperson"]
    assert "Alex Beispiel" in section.get_text() and "Machen Sie mit!" in section.get_text()
    assert client.get(contact.get_vcard_url()).status_code == 200


def test_a_hidden_partnership_is_not_linked_and_its_contacts_cards_are_not_public(client, db):
    hidden = make_partnership(slug_de="verborgen", published=False)
    participation = Participation.objects.create(partnership=hidden, body_de="<p>Geheim</p>")
    contact = ContactPerson.objects.create(name="Kim Verborgen", role_de="Rolle")
    participation.contacts.add(contact)
    assert "participation-links" not in client.get("/de/").content.decode()
    assert client.get(contact.get_vcard_url()).status_code == 404


def test_an_editor_writes_the_section_in_the_german_admin_and_it_shows_at_once(admin_client, client, db):
    partnership = make_partnership(slug_de="talstadt", city_de="Talstadt")
    url = "/admin/pages/participation/add/"
    data = form_values(
        admin_client.get(url, HTTP_ACCEPT_LANGUAGE="de").content.decode(), "participation_form"
    )
    assert client.get("/de/").content.decode().count("participation-links") == 0
    data.update(partnership=[str(partnership.pk)], body_de=["<p>Schulen gesucht.</p>"])
    assert admin_client.post(url, data, HTTP_ACCEPT_LANGUAGE="de").status_code == 302
    home = soup(client.get("/de/").content.decode())
    assert [a["href"] for a in home.select(".participation-links a")] == [
        "/de/partnerschaften/talstadt/#mitmachen"
    ]
    assert texts(str(home), ".participation-links a") == ["Mitmachen in der Partnerschaft mit Talstadt"]
    refused = admin_client.post(url, data, HTTP_ACCEPT_LANGUAGE="de")
    assert refused.status_code == 200 and "existiert bereits" in refused.content.decode()
