"""Kiswahili and Romanian, the partners' languages: off by default, each switched on by one setting,
on the same content; a missing text falls back to English, then German, and says so."""

import pytest
from django.test import Client

from milestones.models import Milestone
from partnerships.models import Partnership
from tests.html import hreflangs, soup, tags
from tests.workplace.test_roles import MILESTONE, member, post_back

pytestmark = pytest.mark.django_db


@pytest.fixture
def kiswahili(settings):
    settings.LANGUAGES = [*settings.LANGUAGES, ("sw", "Kiswahili")]


def test_off_by_default_the_partner_languages_answer_404_and_nothing_names_them(client, city_content):
    for path in ("/sw/", "/ro/", "/sw/ushirikiano/morogoro/", "/ro/parteneriate/alba-iulia/"):
        assert client.get(path).status_code == 404, path
    html = client.get("/de/").content.decode()
    assert set(hreflangs(html)) == {"de", "en", "x-default"}
    assert not [a for a in tags(html, "a") if a.get("hreflang") in ("sw", "ro")]
    assert "/sw/" not in client.get("/sitemap.xml").content.decode()


def test_switched_on_kiswahili_has_its_pages_switcher_hreflang_and_sitemap(client, city_content, kiswahili):
    page = client.get("/sw/")
    html = page.content.decode()
    assert page.status_code == 200 and '<html lang="sw">' in html and page["Content-Language"] == "sw"
    assert "Ruka hadi maudhui" in html, "the chrome comes from the Kiswahili catalogue"
    assert hreflangs(html) == {
        "de": "http://testserver/de/",
        "en": "http://testserver/en/",
        "sw": "http://testserver/sw/",
        "x-default": "http://testserver/de/",
    }
    switcher = soup(html).select(".language-switcher li")
    assert [li.get_text(strip=True) for li in switcher] == ["Deutsch", "English", "Kiswahili"]
    morogoro = client.get("/sw/ushirikiano/morogoro/")
    assert morogoro.status_code == 200
    assert "http://testserver/sw/ushirikiano/morogoro/" in client.get("/sitemap.xml").content.decode()
    assert client.get("/ro/").status_code == 404, "Romanian stays off"


def test_a_text_missing_in_kiswahili_falls_back_to_english_then_german_marked(
    client, city_content, kiswahili
):
    warren = Partnership.objects.get(slug_de="warren")
    assert not warren.summary_sw and warren.summary_en
    html = client.get("/sw/").content.decode()
    english = soup(html).find(
        lambda tag: tag.get("lang") == "en" and warren.summary_en[:30] in tag.get_text()
    )
    assert english is not None, "the English summary shows, marked as English"
    body = soup(client.get("/sw/ushirikiano/warren/").content.decode())
    block = body.select_one(".body[lang='en']")
    assert block is not None
    assert "bado hayajatafsiriwa; yanaonyeshwa kwa Kiingereza" in block.find_next_sibling("p").get_text()
    warren.body_en = ""
    warren.save()
    body = soup(client.get("/sw/ushirikiano/warren/").content.decode())
    assert body.select_one(".body[lang='de']") is not None
    note = body.select_one(".body[lang='de']").find_next_sibling("p")
    assert "yanapatikana kwa Kijerumani tu" in note.get_text()
    warren.body_sw = "<p>Maandishi ya Kiswahili.</p>"
    warren.save()
    body = soup(client.get("/sw/ushirikiano/warren/").content.decode())
    assert body.select_one(".body").get("lang") is None and "Maandishi ya Kiswahili." in body.get_text()


def test_a_kiswahili_translator_changes_kiswahili_and_nothing_else(city_content, kiswahili):
    translator = member("Übersetzung Kiswahili", "subira")
    milestone = Milestone.objects.get(title_de="Auftaktkonferenz aller 16 Partnerstädte")
    url = f"{MILESTONE}{milestone.pk}/change/"
    html = translator.get(url, HTTP_ACCEPT_LANGUAGE="de").content.decode()
    assert 'name="title_sw"' in html and 'name="title_en"' not in html and 'name="title_de"' not in html
    assert 'name="title_ro"' not in html, "Romanian is off: its fields are on no form"
    post_back(
        translator,
        url,
        "milestone_form",
        title_sw="Mkutano wa uzinduzi Hamm",
        title_en="Changed",
        title_de="Umbenannt",
        title_ro="Schimbat",
    )
    milestone.refresh_from_db()
    assert (milestone.title_sw, milestone.title_de) == (
        "Mkutano wa uzinduzi Hamm",
        "Auftaktkonferenz aller 16 Partnerstädte",
    )
    assert milestone.title_en != "Changed" and not milestone.title_ro


def test_the_legal_pages_say_the_german_version_is_binding(client, city_content, kiswahili):
    for path, words in (
        ("/sw/impressum/", "Toleo la Kijerumani tu"),
        ("/en/legal-notice/", "Only the German version"),
    ):
        page = client.get(path)
        assert page.status_code == 200, path
        assert words in soup(page.content.decode()).select_one(".binding-note").get_text()
    assert soup(client.get("/de/impressum/").content.decode()).select_one(".binding-note") is None


def test_kiswahili_dates_are_written_day_first(client, city_content, kiswahili):
    html = Client().get("/sw/historia/").content.decode()
    assert "Desemba" in html or "Novemba" in html or "Oktoba" in html or "Septemba" in html


def test_shipped_names_in_the_partners_languages_and_nothing_invented(client, city_content, settings):
    settings.LANGUAGES = settings.CONTENT_LANGUAGES
    morogoro = soup(client.get("/sw/ushirikiano/morogoro/").content.decode())
    assert "Mkoa wa Morogoro, Wilaya ya Morogoro" in morogoro.get_text()
    assert morogoro.select_one(".lead").get("lang") == "en", "the summary waits for a translator"
    alba = soup(client.get("/ro/parteneriate/alba-iulia/").content.decode())
    assert "Județul Alba, România" in alba.get_text()
    assert alba.select_one(".body").get("lang") == "en"
    warren = Partnership.objects.get(slug_de="warren")
    texts = [getattr(warren, f"{field}_{code}") for field in ("city", "summary") for code in ("sw", "ro")]
    assert not any(texts)


def test_mails_in_a_language_switched_off_go_out_in_english_with_working_links(
    client, city_content, settings
):
    """Kiswahili on, someone follows in Kiswahili; Kiswahili off again: their mail is English and
    leads to English pages, not to /sw/ addresses that now answer 404."""
    from django.core import mail

    from alerts.mail import send_about
    from alerts.models import Subscription
    from tests.alerts.test_alerts import links

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    settings.LANGUAGES = settings.CONTENT_LANGUAGES
    form = client.get("/sw/arifa/").content.decode()
    assert 'value="sw"' in form and 'value="ro"' in form
    subscription = Subscription.objects.create(email="asha@example.org", language="sw", new_stories=True)
    send_about(subscription)
    assert [path for path in links(mail.outbox[-1]) if path.startswith("/sw/")]
    settings.LANGUAGES = settings.LANGUAGES[:2]
    assert 'value="sw"' not in client.get("/de/benachrichtigungen/").content.decode()
    subscription.confirmation_sent_at = None
    send_about(subscription)
    paths = links(mail.outbox[-1])
    assert paths and all(path.startswith("/en/") for path in paths), paths
    assert all(client.get(path).status_code != 404 for path in paths if "/confirm/" not in path)
