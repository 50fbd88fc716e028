"""The glossary at work: terms with a fixed English translation are put into a text before it goes to
the engine (the engine keeps words it does not know), and a draft or an English text that does not use
the term its German source uses is pointed out."""

import re

from django.utils.translation import gettext as _

from core.rich_text import to_plain_text
from translations.models import GlossaryTerm

_TAG = re.compile(r"(<[^>]+>)")


def terms() -> list[tuple[str, str]]:
    """(German, English), the longest first: "Weltwerkstatt Arnsberg" before "Weltwerkstatt"."""
    found = GlossaryTerm.objects.values_list("german", "english")
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


def warning(missed) -> str:
    listed = "; ".join(f"„{german}“ → “{english}”" for german, english in missed)
    return _("Glossary: the English text does not use %(terms)s.") % {"terms": listed}
