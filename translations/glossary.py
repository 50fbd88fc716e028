"""The glossary at work: terms with a fixed translation are put into a text before it goes to the engine
(the engine keeps words it does not know), and a draft or a translation that does not use the term its
source uses is pointed out. Per pair of languages: German or English to English, Kiswahili, Romanian."""

import re

from django.utils.translation import gettext as _

from core.rich_text import to_plain_text
from translations.models import GLOSSARY_COLUMNS, GlossaryTerm

_TAG = re.compile(r"(<[^>]+>)")


def terms(source="de", target="en") -> list[tuple[str, str]]:
    """(source term, target term) of the terms that have both, the longest first: "Weltwerkstatt
    Arnsberg" before "Weltwerkstatt"."""
    columns = GLOSSARY_COLUMNS[source], GLOSSARY_COLUMNS[target]
    found = [term for term in GlossaryTerm.objects.values_list(*columns) if all(term)]
    return sorted(found, key=lambda term: len(term[0]), reverse=True)


def _pattern(german: str) -> re.Pattern:
    return re.compile(rf"(?<!\w){re.escape(german)}(?!\w)", re.IGNORECASE)


def with_terms(text: str, glossary, html: bool) -> str:
    """The German text with each glossary term replaced by its English one; in rich text only in the
    words, never in a tag or a link's address."""
    if not glossary:
        return text
    parts = _TAG.split(text) if html else [text]
    for german, english in glossary:
        pattern = _pattern(german)
        parts = [part if html and _TAG.fullmatch(part) else pattern.sub(english, part) for part in parts]
    return "".join(parts)


def misses(german: str, english: str, glossary) -> list[tuple[str, str]]:
    """The terms the German text uses whose English translation the English text lacks."""
    source, target = to_plain_text(german or ""), to_plain_text(english or "").casefold()
    return [
        (term, translation)
        for term, translation in glossary
        if _pattern(term).search(source) and translation.casefold() not in target
    ]


def warning(missed, language="en") -> str:
    listed = "; ".join(f"„{source}“ → “{target}”" for source, target in missed)
    if language == "en":
        return _("Glossary: the English text does not use %(terms)s.") % {"terms": listed}
    return _("Glossary: the translation does not use %(terms)s.") % {"terms": listed}
