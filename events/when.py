"""An event's date and time in words, in German time: "Dienstag, 2. Juli 2024, 17:00 bis 20:00 Uhr"."""

from django.utils import formats, timezone
from django.utils.translation import gettext as _


def _day(moment) -> str:
    return f"{formats.date_format(moment, 'l')}, {formats.date_format(moment, 'DATE_FORMAT')}"


def _time(moment) -> str:
    return formats.time_format(moment, "TIME_FORMAT")


def in_words(start, end=None, all_day=False) -> str:
    start = timezone.localtime(start)
    end = timezone.localtime(end) if end else None
    several_days = end is not None and end.date() != start.date()
    if all_day:
        if several_days:
            return _("%(first)s to %(last)s") % {"first": _day(start), "last": _day(end)}
        return _day(start)
    if end is None:
        return _("%(day)s, from %(start)s") % {"day": _day(start), "start": _time(start)}
    if not several_days:
        return _("%(day)s, %(start)s to %(end)s") % {
            "day": _day(start),
            "start": _time(start),
            "end": _time(end),
        }
    return _("%(first_day)s, %(start)s to %(last_day)s, %(end)s") % {
        "first_day": _day(start),
        "start": _time(start),
        "last_day": _day(end),
        "end": _time(end),
    }
