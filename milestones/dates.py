"""Date ranges as people write them, with machine-readable <time> elements.

German:  20.09.2023 · 20.–22.09.2023 · 30.09.–02.10.2023 · 30.12.2023–02.01.2024
English: 20 September 2023 · 20–22 September 2023 · 30 September – 2 October 2023 ·
         30 December 2023 – 2 January 2024
"""

import functools

from django.utils import dateformat, translation
from django.utils.html import format_html
from django.utils.safestring import SafeString


def _time(day, text) -> SafeString:
    return format_html('<time datetime="{}">{}</time>', day.isoformat(), text)


def _fmt(day, pattern, language) -> str:
    if language == translation.get_language():  # as good as always: no switching back and forth
        return dateformat.format(day, pattern)
    with translation.override(language):
        return dateformat.format(day, pattern)


# Remembered per process: a date reads the same until the translations change, which takes a restart,
# and Django's date formatting cost the timeline a millisecond for its sixty steps.
@functools.lru_cache(maxsize=4096)
def _parts(start, end, language) -> tuple[str, str | None, str]:
    """The text of the start, of the end (None for one day), and the separator between them."""
    german = language == "de"
    full = "d.m.Y" if german else "j F Y"
    if end is None or end == start:
        return _fmt(start, full, language), None, ""
    if start.year != end.year:
        first = full
    elif start.month != end.month:
        first = "d.m." if german else "j F"
    else:
        first = "d." if german else "j"
    # A dash without spaces joins numbers; with spaces it joins phrases that contain spaces.
    dash = " – " if " " in _fmt(start, first, language) else "–"
    return _fmt(start, first, language), _fmt(end, full, language), dash


def date_range_text(start, end=None, language=None) -> str:
    language = language or translation.get_language()
    first, last, dash = _parts(start, end, language)
    return first if last is None else f"{first}{dash}{last}"


def date_range_html(start, end=None, language=None) -> SafeString:
    language = language or translation.get_language()
    first, last, dash = _parts(start, end, language)
    if last is None:
        return _time(start, first)
    return format_html("{}{}{}", _time(start, first), dash, _time(end, last))
