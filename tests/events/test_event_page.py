"""What an event's page shows besides its date and place: its photo, whom to ask, and that it stays
within its few queries; a draft's photo and contact card answer nobody."""

import datetime

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext

from events.models import Event
from pages.models import ContactPerson
from partnerships.models import SustainableDevelopmentGoal
from signups.models import SignupOptions
from tests.dates import at
from tests.events.test_admin import ADD, form_data
from tests.factories import jpeg_bytes, make_event, make_partnership
from tests.html import soup

pytestmark = pytest.mark.django_db


def photo(name="saal.jpg"):
    return SimpleUploadedFile(name, jpeg_bytes(), content_type="image/jpeg")


def test_an_editor_adds_a_photo_which_the_page_shows_described(admin_client, media_root, now):
    data = form_data(is_published="on", image=photo(), image_alt_de="Der Saal im Bürgerzentrum")
    answer = admin_client.post(ADD, data, HTTP_ACCEPT_LANGUAGE="de")
    assert answer.status_code == 302, answer.content.decode()[:3000]
    event = Event.objects.get(slug_de="filmabend")
    assert event.image_renditions, "scaled copies for phones"
    page = soup(admin_client.get(event.get_absolute_url()).content.decode())
    assert page.select_one(".event__image img")["alt"] == "Der Saal im Bürgerzentrum"
    assert page.select_one('meta[property="og:image"]')


def test_a_photo_without_a_description_is_refused_in_german(admin_client, media_root, now):
    answer = admin_client.post(ADD, form_data(image=photo()), HTTP_ACCEPT_LANGUAGE="de")
    assert answer.status_code == 200 and "Beschreiben Sie das Bild" in answer.content.decode()
    assert not Event.objects.exists()


def test_a_drafts_photo_and_contact_answer_nobody_until_it_is_published(client, media_root, now):
    event = make_event(start=at(2027, 1, 12, 18), published=False)
    event.image, event.image_alt_de = photo(), "Plakat"
    event.save()
    contact = ContactPerson.objects.create(name="Kim Becker", role_de="Koordination")
    event.contacts.add(contact)
    files = [event.image.url, *(f"/media/{rendition['jpeg']}" for rendition in event.image_renditions)]
    assert {client.get(url).status_code for url in [*files, contact.get_vcard_url()]} == {404}
    event.is_published = True
    event.save()
    assert {client.get(url).status_code for url in [*files, contact.get_vcard_url()]} == {200}


def test_the_page_names_whom_to_ask(client, now):
    event = make_event(start=at(2027, 1, 12, 18))
    event.contacts.add(ContactPerson.objects.create(name="Kim Becker", role_de="Koordination"))
    box = soup(client.get(event.get_absolute_url()).content.decode()).select_one(".contact-box")
    assert box.select_one(".contact__name").get_text() == "Kim Becker"


def test_an_event_page_with_everything_reads_five_queries(client, now, settings):
    settings.PAGE_CACHE_SECONDS = 60  # as served: the parts every page shares come from the cache
    town = make_partnership(slug_de="stadt")
    event = make_event(
        start=at(2027, 1, 5, 18),
        partnerships=[town],
        themes=SustainableDevelopmentGoal.objects.filter(number__in=(4, 13)),
        repeat=Event.Repeat.WEEKLY,
        repeat_until=datetime.date(2027, 3, 30),
    )
    event.contacts.add(ContactPerson.objects.create(name="Kim Becker", role_de="Koordination"))
    SignupOptions.objects.create(event=event, capacity=20)
    client.get(event.get_absolute_url() + "?warm=1")  # the shared parts (footer, notices) in the cache
    with CaptureQueriesContext(connection) as queries:
        page = client.get(event.get_absolute_url() + "?probe=1")
    assert page.status_code == 200 and len(queries) <= 5, [q["sql"][:80] for q in queries]
    html = page.content.decode()
    assert "SDG 4" in html and "SDG 13" in html and "Kim Becker" in html and "20 Plätze frei" in html
