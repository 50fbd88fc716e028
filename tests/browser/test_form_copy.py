"""What an editor or a visitor typed survives a save that failed (static/js/form-copy.js).

The failed save is the browser's view of an outage: the POST answers the site's 503 page, or never
arrives. Admin pages are never stored by the browser, so going back would reload the form from the
database; the copy in the browser's storage is what brings the typing back.
"""

import re

import pytest
from playwright.sync_api import expect

from feedback.models import Report
from partnerships.models import Partnership

REPORT = "Der Zeitstrahl lässt sich mit der Tastatur nicht bedienen."
OUTAGE_PAGE = "<!doctype html><title>503</title><h1>Vorübergehend nicht erreichbar</h1>"


def fail_posts(page, status=503):
    """Every form sent from this page answers as the site does while its database is away."""

    def answer(route):
        if route.request.method == "POST":
            route.fulfill(status=status, body=OUTAGE_PAGE, content_type="text/html; charset=utf-8")
        else:
            route.continue_()

    page.route(re.compile(r".*"), answer)


def signed_in_editor(browser, site, path):
    page = browser.new_context(locale="de-DE", extra_http_headers={"Accept-Language": "de"}).new_page()
    page.goto(site + f"/admin/login/?next={path}")
    page.fill("#id_username", "admin")
    page.fill("#id_password", "password")
    page.click("input[type=submit]")
    ready(page)
    return page


def ready(page):
    # The language tabs and the rich-text editors are built once the page is ready.
    page.wait_for_selector(".ui-tabs")
    page.wait_for_load_state("networkidle")


def test_an_editors_typing_comes_back_after_the_save_failed_and_is_gone_once_saved(site, browser, admin_user):
    morogoro = Partnership.objects.get(slug_de="morogoro")
    path = f"/admin/partnerships/partnership/{morogoro.pk}/change/"
    page = signed_in_editor(browser, site, path)
    assert page.locator(".form-copy").is_hidden(), "nothing typed yet, nothing offered"
    page.fill("#id_summary_de", "Neue Zusammenfassung nach dem Besuch")
    body = page.locator(".form-row.field-body_de .ProseMirror[contenteditable=true]")
    body.locator(":scope > *").last.click()
    page.keyboard.press("Control+End")
    page.keyboard.type(" Nachtrag vom Dezember.")
    fail_posts(page)
    page.click("input[name=_continue]")
    expect(page.locator("h1")).to_have_text("Vorübergehend nicht erreichbar")

    page.unroute(re.compile(r".*"))
    page.goto(site + path)  # the database is back: the form as saved, without the typing
    ready(page)
    assert page.input_value("#id_summary_de") != "Neue Zusammenfassung nach dem Besuch"
    offer = page.locator(".form-copy")
    expect(offer).to_be_visible()
    expect(offer).to_contain_text("nicht gespeichert")
    page.click("text=Eingaben zurückholen")
    expect(offer.locator("[role=status]")).to_have_text(re.compile("stehen wieder im Formular"))
    expect(page.locator("#id_summary_de")).to_have_value("Neue Zusammenfassung nach dem Besuch")
    expect(body).to_contain_text("Nachtrag vom Dezember.")

    page.click("input[name=_continue]")
    page.wait_for_selector(".messagelist .success")
    morogoro.refresh_from_db()
    assert morogoro.summary_de == "Neue Zusammenfassung nach dem Besuch"
    assert morogoro.body_de.endswith("Nachtrag vom Dezember.</p>")
    page.goto(site + path)
    ready(page)
    assert page.locator(".form-copy").is_hidden(), "saved: nothing left to offer"


def test_a_copy_can_be_discarded_and_a_failed_save_elsewhere_does_not_drop_it(site, browser, admin_user):
    morogoro = Partnership.objects.get(slug_de="morogoro")
    path = f"/admin/partnerships/partnership/{morogoro.pk}/change/"
    page = signed_in_editor(browser, site, path)
    page.fill("#id_summary_de", "Entwurf, der verloren ginge")
    fail_posts(page)
    page.click("input[name=_save]")
    page.unroute(re.compile(r".*"))
    # Another page with a success message does not count as this form's save.
    page.goto(site + "/admin/")
    page.goto(site + path)
    ready(page)
    expect(page.locator(".form-copy")).to_be_visible()
    page.click("text=Verwerfen")
    expect(page.locator(".form-copy")).to_be_hidden()
    page.reload()
    ready(page)
    assert page.locator(".form-copy").is_hidden()
    assert page.evaluate("Object.keys(localStorage).filter(k => k.startsWith('form-copy:'))") == []


@pytest.mark.django_db(transaction=True)
def test_a_visitors_report_comes_back_in_the_same_tab_after_the_send_failed(site, browser, monkeypatch):
    monkeypatch.setattr("feedback.spam.MIN_SECONDS", 0)  # no person types this fast; a test does
    page = browser.new_context(locale="de-DE").new_page()
    page.goto(site + "/de/barriere-melden/")
    page.fill("textarea", REPORT)
    fail_posts(page)
    page.click(".report-form button[type=submit]")
    page.unroute(re.compile(r".*"))
    page.goto(site + "/de/barriere-melden/")
    page.click("text=Eingaben zurückholen")
    expect(page.locator("textarea")).to_have_value(
        "Der Zeitstrahl lässt sich mit der Tastatur nicht bedienen."
    )
    page.click(".report-form button[type=submit]")
    page.wait_for_selector("[data-form-saved]")
    assert Report.objects.count() == 1
    assert page.evaluate("Object.keys(sessionStorage).filter(k => k.startsWith('form-copy:'))") == []
