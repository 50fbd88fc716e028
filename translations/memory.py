"""The translation memory: sentences already used on the site in a language, offered for the same or a
very similar sentence of the source (German, or English for a partner language), with how close the
match is. Built from the translations a person saved (confirmed, not machine drafts) whose German text
is still the one they were made for; a sentence pairs with one of the translation when both texts have
as many sentences."""

import difflib
import re

from django.contrib.contenttypes.models import ContentType

from core.rich_text import to_plain_text
from core.translated_text import digest, translations
from translations.models import TranslationSource
from translations.status import SOURCE, TARGET

# How close a German sentence must come to one of the memory (0 to 1) to be offered.
CLOSEST = 0.75
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÄÖÜ0-9„\"])")


def sentences(text: str) -> list[str]:
    plain = " ".join(to_plain_text(text or "").split())
    return [sentence for sentence in _SENTENCE_END.split(plain) if sentence]


def pairs(leave_out=None, language=TARGET, source_language=SOURCE) -> dict[str, str]:
    """Source sentence -> sentence in `language`, from every reviewed translation into it but
    `leave_out` ((content type id, object id, field))."""
    rows = TranslationSource.objects.filter(machine_draft=False, language=language).values_list(
        "content_type_id", "object_id", "field", "source_digest"
    )
    wanted: dict[int, dict[int, list]] = {}
    for kind, pk, name, source in rows:
        if (kind, pk, name) != leave_out:
            wanted.setdefault(kind, {}).setdefault(pk, []).append((name, source))
    memory = {}
    for kind, objects in wanted.items():
        model = ContentType.objects.get_for_id(kind).model_class()
        for obj in model._default_manager.filter(pk__in=objects) if model else ():
            for name, source in objects[obj.pk]:
                texts = translations(obj, name)
                if digest(texts[SOURCE]) != source:
                    continue  # outdated: the translation no longer says what the German says
                known, translated = sentences(texts[source_language]), sentences(texts[language])
                if known and len(known) == len(translated):
                    memory.update(zip(known, translated, strict=True))
    return memory


def suggestions(german_text: str, memory: dict[str, str]) -> list[tuple[str, str, int]]:
    """For each sentence of `german_text` with a close one in the memory: (sentence, English, percent)."""
    found = []
    for sentence in sentences(german_text):
        best, score = None, CLOSEST
        for known, english in memory.items():
            matcher = difflib.SequenceMatcher(None, sentence, known, autojunk=False)
            if matcher.real_quick_ratio() >= score and matcher.quick_ratio() >= score:
                if (ratio := matcher.ratio()) >= score:
                    best, score = english, ratio
        if best is not None:
            found.append((sentence, best, round(score * 100)))
    return found
