"""Addresses that last: a changed slug leaves its old address leading to the new one."""

from partnerships.models import Partnership
from tests.factories import make_milestone, make_partnership, make_phase
from tests.html import texts


def test_an_old_address_answers_301_in_both_languages(client):
    partnership = make_partnership(slug_de="alte-stadt", slug_en="old-town")
    make_milestone(partnership, make_phase())
    partnership.slug_de, partnership.slug_en = "neue-stadt", "new-town"
    partnership.save()
    for old, new in [
        ("/de/partnerschaften/alte-stadt/", "/de/partnerschaften/neue-stadt/"),
        ("/en/partnerships/old-town/", "/en/partnerships/new-town/"),
        ("/de/zeitleiste/alte-stadt/", "/de/zeitleiste/neue-stadt/"),
        ("/en/timeline/old-town/?a=1", "/en/timeline/new-town/?a=1"),
    ]:
        response = client.get(old)
        assert (response.status_code, response["Location"]) == (301, new)
    assert client.get("/de/partnerschaften/neue-stadt/").status_code == 200


def test_addresses_changed_twice_all_lead_to_the_newest(client):
    partnership = make_partnership(slug_de="erste")
    for slug in ("zweite", "dritte"):
        partnership.slug_de = slug
        partnership.save()
    assert client.get("/de/partnerschaften/erste/")["Location"] == "/de/partnerschaften/dritte/"


def test_old_addresses_go_with_their_partnership(client):
    partnership = make_partnership(slug_de="weg")
    partnership.slug_de = "fort"
    partnership.save()
    partnership.delete()
    assert client.get("/de/partnerschaften/weg/").status_code == 404


def test_an_address_that_still_leads_elsewhere_is_refused_with_a_reason(admin_client):
    first = make_partnership(slug_de="marktstadt", city_de="Marktstadt")
    first.slug_de = "hafenstadt"
    first.save()
    other = make_partnership(slug_de="bergstadt")
    form = {
        "city_de": other.city_de,
        "slug_de": "marktstadt",
        "country_de": "Tansania",
        "kind": other.kind,
        "since_year": "2023",
        "status": "active",
        "summary_de": "Kurz.",
        "ordering": "1",
        "facts-TOTAL_FORMS": "0",
        "facts-INITIAL_FORMS": "0",
        "milestones-TOTAL_FORMS": "0",
        "milestones-INITIAL_FORMS": "0",
        "uploads-download-content_type-object_id-TOTAL_FORMS": "0",
        "uploads-download-content_type-object_id-INITIAL_FORMS": "0",
        "seen_revision": "",
    }
    response = admin_client.post(
        f"/admin/partnerships/partnership/{other.pk}/change/", form, HTTP_ACCEPT_LANGUAGE="de"
    )
    assert response.status_code == 200
    [message] = texts(response.content.decode(), ".errorlist li")
    assert message.startswith("„marktstadt“ war die Adresse von „Marktstadt“")
    assert Partnership.objects.get(pk=other.pk).slug_de == "bergstadt"


def test_every_address_derived_from_a_slug_follows_it(client, city_content):
    """Subscribed calendars, feed readers and bookmarked filters keep working after a slug change."""
    warren = Partnership.objects.get(slug_de="warren")
    warren.slug_de, warren.slug_en = "warren-minnesota", "warren-mn"
    warren.save()
    morogoro = Partnership.objects.get(slug_de="morogoro")
    morogoro.slug_de = "morogoro-mc"
    morogoro.save()
    for old, new in [
        ("/de/zeitleiste/warren/calendar.ics", "/de/zeitleiste/warren-minnesota/calendar.ics"),
        ("/en/timeline/warren/calendar.ics", "/en/timeline/warren-mn/calendar.ics"),
        (
            "/de/berichte/partnerschaft/warren/feed.atom",
            "/de/berichte/partnerschaft/warren-minnesota/feed.atom",
        ),
        ("/en/stories/partnership/warren/feed.atom", "/en/stories/partnership/warren-mn/feed.atom"),
        ("/de/berichte/?partnership=morogoro&year=", "/de/berichte/?partnership=morogoro-mc&year="),
        ("/de/zeitleiste/?partnership=warren", "/de/zeitleiste/?partnership=warren-minnesota"),
        ("/en/timeline/?year=&partnership=warren", "/en/timeline/?year=&partnership=warren-mn"),
    ]:
        response = client.get(old)
        assert (response.status_code, response.get("Location")) == (301, new), old
        assert client.get(new).status_code == 200, new


def test_a_slug_that_never_was_still_answers_404_or_400(client, city_content):
    assert client.get("/de/zeitleiste/nirgendwo/calendar.ics").status_code == 404
    assert client.get("/de/berichte/partnerschaft/nirgendwo/feed.atom").status_code == 404
    assert client.get("/de/berichte/?partnership=nirgendwo").status_code == 400


def test_the_old_slug_of_a_draft_tells_the_public_nothing(client, city_content):
    warren = Partnership.objects.get(slug_de="warren")
    warren.slug_de, warren.is_published = "geheim", False
    warren.save()
    for old in ("/de/zeitleiste/warren/calendar.ics", "/de/berichte/partnerschaft/warren/feed.atom"):
        assert client.get(old).status_code == 404
    assert client.get("/de/zeitleiste/?partnership=warren").status_code == 400
