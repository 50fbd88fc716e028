"""Each check of the list with a text that trips it and one that does not; a check without both here
fails the last test, so a new check comes with its examples."""

import pytest
from django.utils import translation

from checks.registry import CHECKS, EASY, IMAGE, PAIR, RICH, TITLE, run

LONG = " ".join(["Die Stadt arbeitet mit ihren Partnerstädten zusammen"] * 5) + "."
HARD = (
    "Die Verwaltungszusammenarbeit beinhaltet Abfallwirtschaftskonzepte, Wasserversorgungsplanung und "
    "Klimaanpassungsmaßnahmen in vielfältigen Handlungsfeldern der Kommunalentwicklung. "
) * 5
EASY_TEXT = "<p>Wir treffen uns. Alle sind willkommen. </p>" * 10
GERMAN = "<p>Die Delegation besuchte im Mai die Stadt Arnsberg.</p>"
FILE = '<p><a href="/media/downloads/x.pdf">Handlungsprogramm{}</a></p>'
IMAGE_IN_TEXT = '<p><img src="/a.jpg" alt="{}"></p>'
EXAMPLES = {
    # code: (what it reads, arguments that trip it, arguments that do not)
    "heading-empty": (RICH, ("<h2> </h2><p>Text.</p>", "de"), ("<h2>Ziele</h2><p>Text.</p>", "de")),
    "heading-skipped": (RICH, ("<h2>Ziele</h2><h4>Mehr</h4>", "de"), ("<h2>Ziele</h2><h3>Mehr</h3>", "de")),
    "link-vague": (
        RICH,
        ('<p><a href="/de/">hier</a></p>', "en"),
        ('<p><a href="/de/">Das Programm</a></p>', "en"),
    ),
    "link-file": (RICH, (FILE.format(""), "de"), (FILE.format(" (PDF, 2 MB)"), "de")),
    "image-alt": (
        RICH,
        (IMAGE_IN_TEXT.format("IMG_1234.jpg"), "de"),
        (IMAGE_IN_TEXT.format("Der Markt"), "de"),
    ),
    "capitals": (
        TITLE,
        ("WICHTIGE INFORMATION zum Besuch", "de"),
        ("Wichtige Information zum SDG-Treffen", "de"),
    ),
    "sentence-long": (RICH, (f"<p>{LONG}</p>", "de"), ("<p>Die Stadt arbeitet mit Morogoro.</p>", "de")),
    "readability": (RICH, (f"<p>{HARD}</p>", "de"), (EASY_TEXT, "de")),
    "english-is-german": (PAIR, (GERMAN, GERMAN), (GERMAN, "<p>The delegation visited Arnsberg in May.</p>")),
    "image-alt-missing": (IMAGE, ("", False), ("", True)),
    "easy-sentence": (
        EASY,
        ("<p>Wir treffen uns, dann essen wir.</p>", "de"),
        ("<p>Wir essen dann.</p>", "de"),
    ),
    "easy-abbreviation": (
        EASY,
        ("<p>Es kommen ca. 50 % der Leute.</p>", "de"),
        ("<p>Die Hälfte kommt.</p>", "de"),
    ),
}


@pytest.mark.parametrize("code", sorted(EXAMPLES))
def test_each_check_trips_on_its_example_and_not_on_the_fixed_one(code):
    reads, tripping, fine = EXAMPLES[code]
    with translation.override("de"):
        assert [f.code for f in run(reads, "field", *tripping) if f.code == code] == [code]
        assert [f for f in run(reads, "field", *fine) if f.code == code] == []


def test_an_alt_text_that_is_a_file_name_is_an_error_too():
    (finding,) = run(IMAGE, "image_alt_de", "DSC_0042", False)
    assert (
        finding.is_error
        and "Dateiname" in translation.gettext(finding.message)
        or "file name" in finding.message
    )


def test_every_check_of_the_list_has_its_examples_here():
    assert {item.code for item in CHECKS} == set(EXAMPLES)


def test_thousands_of_links_and_headings_and_broken_markup_are_read_in_bounded_time():
    html = "<h2>Teil</h2>" + '<p><a href="/x">Der Bericht</a>' * 5000 + "<h5><a href='/y'>hier"
    found = run(RICH, "body_de", html, "de")
    assert {f.code for f in found} >= {"heading-skipped", "link-vague"}
