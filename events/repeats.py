"""When a repeating event takes place: its rule (dateutil's rrule, the iCalendar rules of RFC 5545) from
the few choices the editor makes, in German wall-clock time, so that "every first Tuesday, 18:00" stays
18:00 across summer time."""

import datetime

from dateutil import rrule
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

# A repeating event runs for at most this long; an editor adds it again after that.
LONGEST = datetime.timedelta(days=3 * 366)

WEEKDAYS = (rrule.MO, rrule.TU, rrule.WE, rrule.TH, rrule.FR, rrule.SA, rrule.SU)
ICAL_WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


def week_of_month(day: datetime.date) -> int:
    """1 for the first such weekday of its month … 4; -1 for a fifth one (then "the last")."""
    number = (day.day - 1) // 7 + 1
    return -1 if number == 5 else number


def _parts(repeat: str, first: datetime.datetime) -> dict:
    """The rule's parts for dateutil, keyed as RFC 5545 names them (lower case)."""
    weekday = first.weekday()
    return {
        "weekly": {"freq": "WEEKLY", "interval": 1},
        "fortnightly": {"freq": "WEEKLY", "interval": 2},
        "monthly_weekday": {"freq": "MONTHLY", "interval": 1, "byday": (week_of_month(first), weekday)},
        "monthly_day": {"freq": "MONTHLY", "interval": 1, "bymonthday": first.day},
    }[repeat]


def _month_day(parts) -> int:
    """The 29th to 31st in a month without one: the month's last day (-1), as people mean it."""
    return parts["bymonthday"] if parts["bymonthday"] <= 28 else -1


def starts(
    repeat: str, first: datetime.datetime, until: datetime.date, skipped=()
) -> list[datetime.datetime]:
    """Every start of the event from `first` up to and including the day `until`, without the days in
    `skipped`, as aware datetimes in German time."""
    local = timezone.localtime(first)
    parts = _parts(repeat, local)
    options = {"interval": parts["interval"], "dtstart": local.replace(tzinfo=None)}
    if "byday" in parts:
        number, weekday = parts["byday"]
        options["byweekday"] = WEEKDAYS[weekday](number)
    if "bymonthday" in parts:
        options["bymonthday"] = _month_day(parts)
    last = datetime.datetime.combine(until, datetime.time.max)
    rule = rrule.rrule(getattr(rrule, parts["freq"]), until=last, **options)
    skipped = set(skipped)
    return [timezone.make_aware(moment) for moment in rule if moment.date() not in skipped]


def ical_rule(repeat: str, first: datetime.datetime, until: datetime.date) -> str:
    """The same rule as an RRULE value. UNTIL in UTC, as RFC 5545 asks when DTSTART has a time zone:
    the end of the last day in German time."""
    parts = _parts(repeat, timezone.localtime(first))
    last = timezone.make_aware(datetime.datetime.combine(until, datetime.time(23, 59, 59)))
    rule = [
        f"FREQ={parts['freq']}",
        f"INTERVAL={parts['interval']}",
        f"UNTIL={last.astimezone(datetime.UTC):%Y%m%dT%H%M%SZ}",
    ]
    if "byday" in parts:
        number, weekday = parts["byday"]
        rule.append(f"BYDAY={number}{ICAL_WEEKDAYS[weekday]}")
    if "bymonthday" in parts:
        rule.append(f"BYMONTHDAY={_month_day(parts)}")
    return ";".join(rule)


ORDINALS = {1: _("first"), 2: _("second"), 3: _("third"), 4: _("fourth"), -1: _("last")}
