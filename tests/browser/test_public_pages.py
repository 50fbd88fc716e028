"""Public pages as a citizen sees them on a phone and a desktop."""

import pytest

from tests.factories import make_notice

LABELS = """[...document.querySelectorAll('.map:not(.map--zoomed) .map__label')].map(label => {
  const r = label.getBoundingClientRect(); return [label.textContent, r.left, r.top, r.right, r.bottom];
})"""


def overlapping(boxes) -> list:
    return [
        (a[0], b[0])
        for i, a in enumerate(boxes)
        for b in boxes[i + 1 :]
        if a[1] < b[3] and b[1] < a[3] and a[2] < b[4] and b[2] < a[4]
    ]


@pytest.mark.parametrize("width", [320, 375, 1280])
def test_the_maps_names_do_not_cover_each_other(site, page_at, width):
    page = page_at(site + "/de/", width=width)
    boxes = page.evaluate(LABELS)
    assert {box[0] for box in boxes} == {"Arnsberg", "Warren", "Morogoro", "Alba Iulia"}
    assert overlapping(boxes) == []
    assert all(box[1] >= 0 and box[3] <= width for box in boxes), "every name inside the screen"


def test_two_notices_on_a_phone_fold_and_leave_the_heading_near(site, page_at):
    make_notice(
        title_de="Bauarbeiten am Rathaus", text_de="Der Haupteingang ist bis Freitag geschlossen. " * 3
    )
    page = page_at(site + "/de/", width=375)
    assert page.locator(".notice").count() == 2
    assert page.locator("h1").bounding_box()["y"] < 700
    toggle = page.locator(".notice__details > summary").first
    toggle.click()
    assert page.locator(".notice__details").first.evaluate("d => d.open")
    wide = page_at(site + "/de/", width=1280)
    assert wide.locator(".notice__details[open]").count() == 2
    assert not wide.locator(".notice__details > summary").first.is_visible()


def test_the_report_form_has_the_sites_button_and_thanks_lead_back(site, page_at, monkeypatch):
    import feedback.spam

    monkeypatch.setattr(feedback.spam, "MIN_SECONDS", 0)
    page = page_at(site + "/de/barriere-melden/?page=/de/zeitleiste/")
    button = page.locator(".report-form button[type=submit]")
    assert button.evaluate("b => getComputedStyle(b).borderTopColor") == "rgb(0, 80, 125)"
    page.fill("textarea[name=message]", "Die Zeitleiste ist mit der Tastatur schwer zu bedienen.")
    button.click()
    page.wait_for_selector("[data-form-saved]")
    back = page.locator("a.button")
    assert back.get_attribute("href") == "/de/zeitleiste/"
    back.click()
    assert page.url.endswith("/de/zeitleiste/")
