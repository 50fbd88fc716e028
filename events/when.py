"""An event's date and time in words, in German time: "Dienstag, 2. Juli 2024, 17:00 bis 20:00 Uhr"."""

import zoneinfo

from django.utils import formats, timezone
from django.utils.translation import gettext as _

from core.translated_text import translated_text
from events.repeats import ORDINALS, week_of_month


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


def series_in_words(event) -> str:
    """How a repeating event repeats: "Every first Tuesday of the month, until 6 July 2027"."""
    first = timezone.localtime(event.start)
    weekday = formats.date_format(first, "l")
    rule = {
        "weekly": lambda: _("Every %(weekday)s") % {"weekday": weekday},
        "fortnightly": lambda: _("Every other %(weekday)s") % {"weekday": weekday},
        "monthly_weekday": lambda: (
            _("Every %(ordinal)s %(weekday)s of the month")
            % {"ordinal": ORDINALS[week_of_month(first.date())], "weekday": weekday}
        ),
        "monthly_day": lambda: _("Every month on day %(day)s") % {"day": first.day},
    }[event.repeat]()
    until = formats.date_format(event.repeat_until, "DATE_FORMAT")
    return _("%(rule)s, until %(day)s") % {"rule": rule, "day": until}


def partner_times(event, date) -> list[tuple[str, str]]:
    """For an online event with partner cities in other time zones: (city, when there) for each, as a
    partner abroad reads it. Not for an all-day event, which has no hour to convert."""
    if event.all_day or event.attendance == event.Attendance.ON_SITE:
        return []
    here = timezone.get_current_timezone_name()
    times = []
    for partnership in event.partnerships.all():
        if partnership.time_zone and partnership.time_zone != here:
            with timezone.override(zoneinfo.ZoneInfo(partnership.time_zone)):
                times.append((str(translated_text(partnership, "city")), in_words(date.start, date.end)))
    return times
