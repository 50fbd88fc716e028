"""E-mail alerts as a citizen meets them: subscribe, confirm through the mail, one mail per news (also a
scheduled one), no mail for a correction, one-click unsubscribe; and what a flood, forged links, a mail
server that is away or a mailbox that refuses every mail get."""

import datetime
import io
import re
from urllib.parse import urlsplit

import pytest
from django.core import mail
from django.core.management import call_command
from django.test import TestCase, override_settings
from django.utils import timezone

from alerts.models import Announcement, Delivery, Subscription
from partnerships.models import Partnership
from stories.models import Story
from tests.factories import make_partnership, make_story
from tests.feedback.test_reports import token

pytestmark = pytest.mark.django_db


@pytest.fixture
def morogoro(city_content):
    return Partnership.objects.get(slug_de="morogoro")


def subscribe(client, email="kim@example.org", address="192.0.2.1", **choices):
    data = {"email": email, "consent": "on", "started": token(), "language": "de", "frequency": "immediate"}
    data.update(choices)
    with TestCase.captureOnCommitCallbacks(execute=True):
        return client.post("/de/benachrichtigungen/", data, REMOTE_ADDR=address)


def links(message) -> list[str]:
    return [urlsplit(url).path for url in re.findall(r"https?://\S+", message.body)]


def confirmed(client, email="kim@example.org", **choices) -> Subscription:
    with override_settings(EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend"):
        assert subscribe(client, email, **choices).status_code == 302
    confirm = next(path for path in links(mail.outbox[-1]) if "/bestaetigen/" in path)
    assert client.post(confirm).status_code == 302
    return Subscription.objects.get(email=email)


def run():
    out = io.StringIO()
    call_command("send_alerts", stdout=out)
    return out.getvalue()


def story_of(partnership, **fields):
    values = {"title_de": "Neuer Bericht aus Morogoro", "slug_de": f"bericht-{Story.objects.count() + 1}"}
    return make_story([partnership], **{**values, **fields})


def test_a_confirmed_subscriber_gets_one_mail_per_news_and_none_after_unsubscribing(
    client, morogoro, mail_server, time_machine
):
    time_machine.move_to(timezone.now(), tick=False)
    subscription = confirmed(client, partnerships=[morogoro.pk])
    run()
    assert mail_server.messages == [], "nothing shipped is news"
    story = story_of(morogoro)
    make_story([make_partnership()], title_de="Aus einer anderen Stadt", slug_de="andere")
    run()
    [news] = mail_server.messages
    assert news["To"] == "kim@example.org" and "Neuer Bericht aus Morogoro" in news["Subject"]
    assert news["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    unsubscribe = re.search(r"<([^>]+)>", news["List-Unsubscribe"])[1]
    assert story.get_absolute_url() in news.get_content()
    run()
    story.title_de = "Neuer Bericht aus Morogoro (korrigiert)"
    story.save()
    run()
    assert len(mail_server.messages) == 1, "never twice, and not for a correction"
    story_of(morogoro, title_de="Geplant", publish_from=timezone.now() + datetime.timedelta(hours=1))
    run()
    assert len(mail_server.messages) == 1, "not before it opens"
    time_machine.shift(datetime.timedelta(hours=2))
    run()
    assert len(mail_server.messages) == 2 and "Geplant" in mail_server.messages[-1]["Subject"]
    # As a mail program posts it (RFC 8058), from its own origin.
    form = "application/x-www-form-urlencoded"
    one_click = "List-Unsubscribe=One-Click"
    answer = client.post(
        urlsplit(unsubscribe).path, one_click, content_type=form, HTTP_ORIGIN="https://mail.example"
    )
    assert answer.status_code == 200
    assert not Subscription.objects.filter(pk=subscription.pk).exists()
    story_of(morogoro, title_de="Nach dem Abmelden")
    run()
    assert len(mail_server.messages) == 2


def test_unconfirmed_addresses_get_nothing_and_are_gone_after_the_period(
    client, morogoro, time_machine, settings
):
    time_machine.move_to(timezone.now(), tick=False)
    subscribe(client, partnerships=[morogoro.pk])
    story_of(morogoro)
    run()
    assert len(mail.outbox) == 1, "only the confirmation"
    time_machine.shift(datetime.timedelta(days=settings.ALERTS_UNCONFIRMED_DAYS, hours=1))
    call_command("purge_alerts", stdout=io.StringIO())
    assert not Subscription.objects.exists()


def test_forged_and_expired_confirmation_links(client, morogoro, time_machine):
    time_machine.move_to(timezone.now(), tick=False)
    subscribe(client, partnerships=[morogoro.pk])
    confirm = next(path for path in links(mail.outbox[-1]) if "/bestaetigen/" in path)
    assert client.get(confirm[:-5] + "xxxx/").status_code == 404
    time_machine.shift(datetime.timedelta(hours=49))
    assert client.post(confirm).status_code == 410
    assert Subscription.objects.get().confirmed_at is None


def test_a_flood_from_one_address_and_to_one_mailbox(client, morogoro):
    for n in range(5):
        assert subscribe(client, f"a{n}@example.org", new_stories="on").status_code == 302
    assert subscribe(client, "a9@example.org", new_stories="on").status_code == 429
    mail.outbox.clear()
    for address in ("192.0.2.20", "192.0.2.21"):
        subscribe(client, "victim@example.org", address=address, new_stories="on")
    assert len(mail.outbox) == 1, "one mail an hour to an address, whoever asks"


def test_a_choice_is_needed_and_hostile_values_are_refused(client):
    assert subscribe(client).status_code == 400
    assert subscribe(client, partnerships=["x' OR 1=1"]).status_code == 400
    page = client.get("/de/benachrichtigungen/?partnership=%00%27&theme=99999999999")
    assert page.status_code == 200


def test_a_mail_server_that_is_away_loses_nothing_and_sends_nothing_twice(client, morogoro, mail_server):
    confirmed(client, partnerships=[morogoro.pk])
    story_of(morogoro)
    mail_server.stop()
    assert "away" in run()
    assert Delivery.objects.get().sent_at is None
    server = mail_server.back()
    try:
        run()
        run()
    finally:
        server.stop()
    assert len(server.messages) == 1


def test_a_mailbox_that_refuses_every_mail_is_given_up_on(client, morogoro, mail_server, settings):
    confirmed(client, partnerships=[morogoro.pk])
    story_of(morogoro)
    mail_server.mode = "reject"
    for _ in range(settings.ALERTS_MOST_ATTEMPTS + 2):
        run()
    delivery = Delivery.objects.get()
    assert (delivery.sent_at, delivery.attempts) == (None, settings.ALERTS_MOST_ATTEMPTS)
    assert "550" in delivery.last_error


def test_a_weekly_summary_holds_the_weeks_news(client, morogoro, mail_server, time_machine):
    time_machine.move_to(datetime.datetime(2027, 3, 1, 9, tzinfo=datetime.UTC), tick=False)
    confirmed(client, partnerships=[morogoro.pk], frequency="weekly")
    story_of(morogoro, title_de="Erster Bericht")
    story_of(morogoro, title_de="Zweiter Bericht")
    run()
    assert mail_server.messages == []
    time_machine.shift(datetime.timedelta(days=7, minutes=1))
    run()
    [summary] = mail_server.messages
    assert "2 Neuigkeiten" in summary["Subject"]
    assert "Erster Bericht" in summary.get_content() and "Zweiter Bericht" in summary.get_content()


def test_an_editor_announces_a_change_worth_telling_again(client, admin_client, morogoro, mail_server):
    confirmed(client, partnerships=[morogoro.pk])
    story = story_of(morogoro)
    run()
    answer = admin_client.post(
        "/admin/alerts/announcement/add/",
        {"entry": f"stories.story:{story.pk}", "note": "Neuer Termin: 14. Mai"},
    )
    assert answer.status_code == 302
    assert Announcement.objects.filter(object_id=story.pk).count() == 2
    run()
    assert (
        len(mail_server.messages) == 2 and "Neuer Termin: 14. Mai" in mail_server.messages[-1].get_content()
    )


def test_the_pages_lead_to_the_alerts_and_say_what_is_kept(client, morogoro):
    page = client.get(morogoro.get_absolute_url()).content.decode()
    assert f"/de/benachrichtigungen/?partnership={morogoro.pk}" in page
    form = client.get(f"/de/benachrichtigungen/?partnership={morogoro.pk}").content.decode()
    assert re.search(rf'value="{morogoro.pk}"[^>]*checked', form)
    privacy = client.get("/de/datenschutz/").content.decode()
    assert "E-Mail-Benachrichtigungen" in privacy
