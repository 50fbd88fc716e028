"""The checks, each declared once: what it reads, how severe it is, and what it says. A new check is a
function here with `@check`; it runs on every kind of content by itself."""

import re

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from checks.markup import sentences, structure, words
from checks.registry import EASY, IMAGE, PAIR, RICH, TITLE, Severity, check

VAGUE_LINK_TEXTS = {
    "hier", "mehr", "weiter", "weiterlesen", "mehr lesen", "mehr erfahren", "link", "dieser link",
    "hier klicken", "klicken sie hier", "here", "more", "read more", "click here", "this link", "learn more",
}  # fmt: skip
FILE_ADDRESS = re.compile(r"\.(pdf|docx?|odt|ods|xlsx?|pptx?|zip)(\?|#|$)", re.IGNORECASE)
FILE_NAMED = re.compile(r"\b(pdf|docx?|odt|ods|xlsx?|pptx?|zip|download|herunterladen)\b", re.IGNORECASE)
FILE_NAME = re.compile(
    r"(\.(jpe?g|png|webp|gif|tiff?|heic)$)|(^(img|dsc|dscn|image|bild|foto|photo)[\s_-]*\d+)", re.I
)
SHOUTING = re.compile(r"\b[A-ZÄÖÜ]{5,}\b")
ABBREVIATIONS = re.compile(
    r"\b(z\.\s?B\.|u\.\s?a\.|usw\.|bzw\.|d\.\s?h\.|ca\.|ggf\.|evtl\.|Nr\.|etc\.|e\.g\.|i\.e\.)", re.I
)
PERCENT = re.compile(r"\d\s?%|\bProzent\b", re.IGNORECASE)
# A sentence longer than this is hard to read; Leichte Sprache keeps to far fewer words.
LONG_SENTENCE, EASY_SENTENCE = 30, 15
# LIX (Björnsson) from this score on, a text is very hard to read, in German and in English alike.
HARD_LIX, LIX_MIN_WORDS = 60, 50


@check("heading-empty", Severity.ERROR, RICH)
def empty_headings(html, language):
    empty = sum(1 for _level, text in structure(html).headings if not text)
    return [ngettext("%d heading is empty.", "%d headings are empty.", empty) % empty] if empty else []


@check("heading-skipped", Severity.WARNING, RICH)
def skipped_levels(html, language):
    found, previous = [], 1  # the page's title is the h1
    for level, text in structure(html).headings:
        if level > previous + 1:
            found.append(_("The heading “%(text)s” skips a level (h%(level)d after h%(previous)d).")
                         % {"text": text, "level": level, "previous": previous})  # fmt: skip
        previous = level
    return found


@check("link-vague", Severity.ERROR, RICH)
def vague_links(html, language):
    found = []
    for href, text in structure(html).links:
        said = text.casefold().strip(" .:!»›>")
        if said in VAGUE_LINK_TEXTS or re.match(r"(https?://|www\.)\S+$", said) or not said:
            found.append(_("The link text “%(text)s” does not say where the link leads (%(href)s).")
                         % {"text": text, "href": href})  # fmt: skip
    return found


@check("link-file", Severity.WARNING, RICH)
def unannounced_files(html, language):
    return [
        _("The link “%(text)s” opens a file without saying so (e.g. “… (PDF, 2 MB)”).") % {"text": text}
        for href, text in structure(html).links
        if FILE_ADDRESS.search(href) and not FILE_NAMED.search(text)
    ]


@check("image-alt", Severity.ERROR, RICH)
def images_in_text(html, language):
    images = structure(html).images
    missing = sum(1 for alt in images if alt is None or FILE_NAME.search(alt.strip()))
    return [_("An image in the text has no alternative text, or a file name as one.")] if missing else []


@check("capitals", Severity.WARNING, RICH)
@check("capitals", Severity.WARNING, TITLE)
def capitals(text, language):
    shouted = SHOUTING.findall(re.sub(r"<[^>]+>", " ", text or ""))
    if len(shouted) < 2:
        return []
    return [_("Words in capitals (%(words)s) are hard to read; screen readers may spell them.")
            % {"words": ", ".join(shouted[:3])}]  # fmt: skip


@check("sentence-long", Severity.WARNING, RICH)
def long_sentences(html, language):
    long = [s for s in sentences(html) if len(words(s)) > LONG_SENTENCE]
    if not long:
        return []
    return [ngettext("%(count)d sentence has more than %(most)d words.",
                     "%(count)d sentences have more than %(most)d words.", len(long))
            % {"count": len(long), "most": LONG_SENTENCE}]  # fmt: skip


def lix(text) -> float | None:
    """The LIX readability score: words per sentence plus the share of words over six letters."""
    found = sentences(text)
    all_words = [word for sentence in found for word in words(sentence)]
    if len(all_words) < LIX_MIN_WORDS:
        return None
    long_words = sum(1 for word in all_words if len(word) > 6)
    return len(all_words) / len(found) + 100 * long_words / len(all_words)


@check("readability", Severity.WARNING, RICH)
def readability(html, language):
    score = lix(html)
    if score is None or score < HARD_LIX:
        return []
    return [_("Hard to read: LIX %(score)d (from %(hard)d on, a text is very hard; shorter sentences and "
              "words help).") % {"score": round(score), "hard": HARD_LIX}]  # fmt: skip


@check("english-is-german", Severity.WARNING, PAIR)
def german_left_in_english(german, english):
    source = {" ".join(s.split()) for s in sentences(german) if len(words(s)) >= 6}
    left = [s for s in sentences(english) if " ".join(s.split()) in source]
    if not left:
        return []
    return [_("The English text still contains the German one: “%(sentence)s”") % {"sentence": left[0]}]


@check("image-alt-missing", Severity.ERROR, IMAGE)
def image_description(alt, decorative):
    if decorative:
        return []
    if not (alt or "").strip():
        return [_("The image has no alternative text: say what it shows, or mark it as decorative.")]
    if FILE_NAME.search(alt.strip()):
        return [_("The alternative text “%(alt)s” is a file name: say what the image shows.") % {"alt": alt}]
    return []


@check("easy-sentence", Severity.WARNING, EASY)
def easy_sentences(html, language):
    found = []
    for sentence in sentences(html):
        if len(words(sentence)) > EASY_SENTENCE:
            found.append(_("Leichte Sprache: “%(sentence)s” has more than %(most)d words.")
                         % {"sentence": sentence, "most": EASY_SENTENCE})  # fmt: skip
        elif re.search(r"[,;]", sentence):
            found.append(
                _("Leichte Sprache: one statement per sentence – “%(sentence)s”.") % {"sentence": sentence}
            )
    return found


@check("easy-abbreviation", Severity.WARNING, EASY)
def easy_abbreviations(html, language):
    text = " ".join(sentences(html))
    found = [m[0] for m in ABBREVIATIONS.finditer(text)] + [m[0] for m in PERCENT.finditer(text)]
    if not found:
        return []
    return [_("Leichte Sprache: write out abbreviations and explain percentages (%(found)s).")
            % {"found": ", ".join(dict.fromkeys(found))}]  # fmt: skip
