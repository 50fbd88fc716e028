"""The gallery of a story in a real browser: a grid of links without JavaScript, a lightbox with it."""

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.core.files.uploadedfile import SimpleUploadedFile

from stories.models import Photo, Story
from tests.browser.test_accessibility import WCAG_21_AA
from tests.factories import jpeg_bytes, pdf_bytes
from uploads.models import Download

PATH = "/de/berichte/delegation-aus-morogoro-zu-gast-in-arnsberg/"


@pytest.fixture
def story_with_photos(site, media_root):
    story = Story.objects.get(slug_de=PATH.split("/")[-2])
    for number, alt in enumerate(["Gäste im Ratssaal", "Der Neumarkt", "Die Ruhr"], start=1):
        upload = SimpleUploadedFile(f"foto{number}.jpg", jpeg_bytes(), content_type="image/jpeg")
        Photo.objects.create(
            story=story,
            image=upload,
            alt_de=alt,
            caption_de=f"Bild {number}",
            credit="Stadt Arnsberg",
            position=number,
        )
    # And an untagged PDF: the list of downloads with its offer of an accessible version is checked too.
    Download.objects.create(
        attached_to=story, title_de="Programm", file=SimpleUploadedFile("p.pdf", pdf_bytes())
    )
    return site + PATH


def position(page) -> str:
    return page.locator(".lightbox__position").text_content()


@pytest.mark.parametrize("width", [320, 1280])
def test_the_lightbox_traps_focus_moves_with_arrows_announces_and_closes_with_escape(
    page_at, story_with_photos, width
):
    page = page_at(story_with_photos, width=width)
    assert page.locator(".download__note a").count() == 1
    results = Axe().run(page, options=WCAG_21_AA)
    assert results.violations_count == 0, results.generate_report()
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    page.locator(".gallery__link").first.click()
    dialog = page.locator("dialog.lightbox")
    assert dialog.evaluate("d => d.open") and position(page) == "Foto 1 von 3"
    assert page.locator(".lightbox__position").get_attribute("aria-live") == "polite"
    assert page.locator(".lightbox img").get_attribute("alt") == "Gäste im Ratssaal"
    assert page.locator(".lightbox figcaption").text_content() == "Bild 1 · Foto: Stadt Arnsberg"
    page.keyboard.press("ArrowRight")
    assert (
        position(page) == "Foto 2 von 3"
        and page.locator(".lightbox img").get_attribute("alt") == "Der Neumarkt"
    )
    page.keyboard.press("ArrowLeft")
    page.keyboard.press("ArrowLeft")
    assert position(page) == "Foto 3 von 3"
    for _ in range(7):
        page.keyboard.press("Tab")
        assert page.evaluate("document.activeElement.closest('dialog.lightbox') !== null")
    results = Axe().run(page, options=WCAG_21_AA)
    assert results.violations_count == 0, results.generate_report()
    page.keyboard.press("Escape")
    assert not dialog.evaluate("d => d.open")
    assert page.evaluate("document.activeElement.getAttribute('href')") == page.locator(
        ".gallery__link"
    ).first.get_attribute("href")


def test_without_javascript_each_photo_is_a_link_to_its_large_version(page_at, story_with_photos):
    page = page_at(story_with_photos, width=375, javascript=False)
    links = page.locator(".gallery__link")
    assert links.count() == 3
    href = links.nth(1).get_attribute("href")
    with page.expect_navigation():
        links.nth(1).click()
    assert page.url.endswith(href) and href.endswith(".jpg")
    assert page.evaluate("document.images[0].naturalWidth") == 1200


def test_a_german_caption_on_an_english_page_keeps_its_language_in_the_lightbox(page_at, story_with_photos):
    english = story_with_photos.replace(PATH, "/en/stories/delegation-from-morogoro-visits-arnsberg/")
    page = page_at(english)
    page.locator(".gallery__link").first.click()
    assert page.locator(".lightbox__position").text_content() == "Photo 1 of 3"
    assert page.locator(".lightbox figcaption span[lang=de]").text_content() == "Bild 1"
