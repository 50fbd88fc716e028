"""Which language a translated field is shown in, so a German fallback can be marked as German."""

import hashlib
import re

from django.conf import settings
from django.db.models import F, TextField, Value
from django.db.models.functions import Coalesce, NullIf
from django.utils import translation
from django.utils.html import escape, format_html
from django.utils.safestring import SafeString
from modeltranslation.utils import build_localized_fieldname


class TranslatedText(str):
    """A text in the page's language, or in a fallback language, which it then says.

    It is a string, so it compares, tests and filters like one; in a template, `{{ text }}` marks a
    fallback with its language (`<span lang="de">…</span>`) so that screen readers pronounce it right.
    In an attribute or a <title>, where markup cannot go, use `{{ text.text }}`.
    """

    language: str
    is_fallback: bool

    def __new__(cls, text: str, language: str, is_fallback: bool):
        instance = super().__new__(cls, text)
        instance.language = language
        instance.is_fallback = is_fallback
        return instance

    def __reduce__(self):
        # Kept in the shared cache (operations.page_cache.remembered), so it must survive pickling.
        return (TranslatedText, (self.text, self.language, self.is_fallback))

    @property
    def text(self) -> str:
        return str(self)

    def __html__(self) -> SafeString:
        if self.is_fallback:
            return format_html('<span lang="{}">{}</span>', self.language, self.text)
        return escape(self.text)


def pick(values: dict[str, str]) -> TranslatedText:
    """From texts by language code: the current language's, else the first fallback language's."""
    current = translation.get_language() or settings.LANGUAGE_CODE
    for language in _in_order(current):
        if values.get(language):
            return TranslatedText(values[language], language, language != current)
    return TranslatedText("", current, False)


def columns(*fields: str) -> list[str]:
    """The database columns of translated fields, one per language (`title_de`, `title_en`)."""
    return [build_localized_fieldname(field, code) for field in fields for code in content_languages()]


def content_languages() -> list[str]:
    """Every language the content is kept in, public or not (settings.CONTENT_LANGUAGES)."""
    return [code for code, _name in settings.CONTENT_LANGUAGES]


def translations(obj, field: str) -> dict[str, str]:
    return {code: getattr(obj, build_localized_fieldname(field, code), "") for code in content_languages()}


def translated_text(obj, field: str) -> TranslatedText:
    """The field in the current language, else in the first fallback language that has it."""
    return pick(translations(obj, field))


def in_language(field: str, language: str | None = None):
    """What `translated_text` picks, as a database expression for rows read as plain values: the field
    in `language` (the current one), else in the first fallback language that has it."""
    language = language or translation.get_language() or settings.LANGUAGE_CODE
    *first, last = [F(build_localized_fieldname(field, code)) for code in _in_order(language)]
    if not first:
        return last
    # Unchanged since the search's generated columns use it: a change would alter their migrations.
    texts = [NullIf(column, Value(""), output_field=TextField()) for column in first]
    return Coalesce(*texts, last, output_field=TextField())


def _in_order(language: str) -> list[str]:
    """`language`, then its fallbacks: a partner language falls back to English, then German."""
    fallbacks = settings.MODELTRANSLATION_FALLBACK_LANGUAGES
    return list(dict.fromkeys((language, *fallbacks.get(language, fallbacks["default"]))))


def public_language(code: str) -> str:
    """`code` while it is public, else the first public language of its fallbacks (German always is):
    a mail to someone who chose a language switched off since leads to pages that answer."""
    return next(language for language in _in_order(code) if language in dict(settings.LANGUAGES))


_LANGUAGE_SUFFIX = re.compile(r" \[(\w+)\]$")


def language_named(label: str) -> str:
    """A language's field named by the language, not by modeltranslation's code: "Kurzbeschreibung
    (Deutsch)", not "Kurzbeschreibung [de]" (in the history's comments and comparisons)."""
    found = _LANGUAGE_SUFFIX.search(label)
    if found is None:
        return label
    name = dict(settings.CONTENT_LANGUAGES).get(found[1], found[1])
    return f"{label[: found.start()]} ({name})"


def digest(text: str | None) -> str:
    """A fingerprint of a German text: its translation is outdated once the German one changes."""
    return hashlib.sha256((text or "").encode()).hexdigest()
