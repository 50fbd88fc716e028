"""Unpublished content: a preview for staff and for holders of a signed link, a 404 for everyone else."""

import datetime
import re

import pytest
from django.contrib.auth import get_user_model
from django.test import Client

from publishing.preview import preview_url
from tests.factories import make_milestone, make_partnership, make_phase
from tests.html import texts

PAGE = "/de/partnerschaften/entwurf/"


@pytest.fixture
def draft(db):
    return make_partnership(published=False, slug_de="entwurf", city_de="Entwurfstadt")


def test_the_public_gets_not_found(client, draft):
    assert client.get(PAGE).status_code == 404


def test_staff_see_a_marked_preview_that_is_neither_cached_nor_indexed(admin_client, draft):
    response = admin_client.get(PAGE)
    html = response.content.decode()
    assert response.status_code == 200
    assert texts(html, ".preview-banner h2") == ["Vorschau: nicht öffentlich"]
    assert '<meta name="robots" content="noindex, nofollow">' in html
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]
    assert response["X-Robots-Tag"] == "noindex, nofollow"


def test_staff_without_the_right_to_view_partnerships_get_not_found(draft):
    user = get_user_model().objects.create_user("praktikant", password="x", is_staff=True)
    client = Client()
    client.force_login(user)
    assert client.get(PAGE).status_code == 404


def test_a_preview_link_works_signed_out_for_that_object_only(client, draft):
    other = make_partnership(published=False, slug_de="anderer-entwurf")
    url = preview_url(draft)
    assert url.startswith(PAGE + "?preview=")
    assert client.get(url).status_code == 200
    token = url.split("?")[1]
    assert client.get(f"{other.get_absolute_url()}?{token}").status_code == 404
    assert client.get(PAGE + "?preview=" + "x" * 40).status_code == 404


def test_a_preview_link_stops_working_when_it_expires(client, draft, settings):
    url = preview_url(draft)
    settings.PREVIEW_LINK_SECONDS = -1
    assert client.get(url).status_code == 404


def test_published_pages_are_no_previews_and_drafts_stay_out_of_the_sitemap(client, admin_client, draft):
    published = make_partnership(slug_de="oeffentlich")
    html = admin_client.get(published.get_absolute_url()).content.decode()
    assert "preview-banner" not in html and "noindex" not in html
    assert "entwurf" not in admin_client.get("/sitemap.xml").content.decode()


def test_the_admin_hands_out_the_preview_link(admin_client, draft):
    html = admin_client.get(f"/admin/partnerships/partnership/{draft.pk}/change/").content.decode()
    link = re.search(r'href="(/de/partnerschaften/entwurf/\?preview=[^"]+)"', html).group(1)
    assert Client().get(link.replace("&amp;", "&")).status_code == 200


def test_staff_see_draft_steps_on_the_timeline_marked_and_the_public_does_not(client, admin_client):
    partnership = make_partnership(slug_de="stadt")
    phase = make_phase()
    make_milestone(partnership, phase, start=datetime.date(2024, 5, 1), title_de="Öffentlicher Schritt")
    make_milestone(
        partnership, phase, start=datetime.date(2024, 6, 1), title_de="Geplanter Schritt", published=False
    )
    public = client.get("/de/zeitleiste/stadt/").content.decode()
    assert texts(public, ".milestone__title") == ["Öffentlicher Schritt"] and "preview-banner" not in public
    staff = admin_client.get("/de/zeitleiste/stadt/")
    html = staff.content.decode()
    assert texts(html, ".milestone__title") == ["Öffentlicher Schritt", "Geplanter Schritt"]
    assert texts(html, ".milestone__draft") == ["Entwurf: nicht öffentlich"]
    assert staff["X-Robots-Tag"] == "noindex, nofollow" and "no-store" in staff["Cache-Control"]
    assert "Geplanter Schritt" not in html.split('type="application/ld+json"')[1].split("</script>")[0]


def test_a_preview_link_shows_one_draft_step_on_its_timeline_signed_out(client, admin_client, settings):
    partnership = make_partnership(slug_de="stadt")
    phase = make_phase()
    make_milestone(partnership, phase, start=datetime.date(2024, 5, 1), title_de="Öffentlicher Schritt")
    step = make_milestone(partnership, phase, title_de="Geplanter Schritt", published=False)
    make_milestone(partnership, phase, title_de="Anderer Entwurf", published=False)
    html = admin_client.get(f"/admin/milestones/milestone/{step.pk}/change/").content.decode()
    link = re.search(r'href="(/de/zeitleiste/stadt/\?preview=[^"]+)"', html).group(1).replace("&amp;", "&")
    assert link.endswith(f"#milestone-{step.pk}")
    address = link.split("#")[0]
    response = client.get(address)
    page = response.content.decode()
    assert texts(page, ".milestone__title") == ["Öffentlicher Schritt", "Geplanter Schritt"]
    assert texts(page, ".milestone__draft") == ["Entwurf: nicht öffentlich"]
    assert response["X-Robots-Tag"] == "noindex, nofollow" and "no-store" in response["Cache-Control"]
    settings.PREVIEW_LINK_SECONDS = -1
    assert texts(client.get(link.split("#")[0]).content.decode(), ".milestone__title") == [
        "Öffentlicher Schritt"
    ]


def test_staff_see_notices_not_yet_public_marked_and_the_public_does_not(client, admin_client):
    from django.utils import timezone

    from notices.models import Notice
    from tests.factories import make_notice

    make_notice(title_de="Bald", starts_at=timezone.now() + datetime.timedelta(hours=1))
    make_notice(title_de="Entwurf", is_published=False, kind=Notice.Kind.MAINTENANCE)
    make_notice(
        title_de="Vorbei",
        starts_at=timezone.now() - datetime.timedelta(days=2),
        ends_at=timezone.now() - datetime.timedelta(days=1),
    )
    public = client.get("/de/")
    assert public.status_code == 200 and "notice__title" not in public.content.decode()
    staff = admin_client.get("/de/")
    titles = texts(staff.content.decode(), ".notice__title")
    assert sorted(t.split(": ", 1)[1] for t in titles) == ["Bald", "Entwurf"]
    assert (
        texts(staff.content.decode(), ".notice__preview")
        == ["Vorschau: noch nicht öffentlich (nur die Redaktion sieht sie)"] * 2
    )
    assert "no-store" in staff["Cache-Control"] and staff.status_code == 200
