""" "Nächste Termine" on the home page, a partnership's page and a theme's page: the next dates of the
calendar together with those other apps contribute (the timeline's steps), soonest first, and the
calendars to subscribe to."""

from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext as _

from core import contributions
from core.contributions import UpcomingDate
from core.translated_text import translated_text
from events.models import Occurrence
from events.when import in_words
from partnerships.models import Partnership

ON_HOME = 4
ON_PAGE = 5


def upcoming_dates(about, limit: int):
    """The calendar's next dates (core.contributions), of all events, a partnership's or a theme's."""
    dates = Occurrence.objects.published().upcoming().select_related("event__venue")
    if isinstance(about, Partnership):
        dates = dates.filter(event__partnerships=about)
        feed = reverse("calendars:partnership", kwargs={"slug": about.slug})
    elif about is not None:
        dates = dates.filter(event__themes=about)
        feed = reverse("calendars:theme", kwargs={"number": about.number})
    else:
        feed = reverse("calendars:all")
    return [_upcoming(date) for date in dates[:limit]], [(_("Subscribe to these events"), feed)]


def _upcoming(date) -> UpcomingDate:
    event = date.event
    when = format_html(
        '<time datetime="{}">{}</time>',
        timezone.localtime(date.start).isoformat(),
        in_words(date.start, date.end, event.all_day),
    )
    if event.venue is not None:
        place = translated_text(event.venue, "name")
    else:
        place = _("Online") if event.attendance == event.Attendance.ONLINE else ""
    note = event.get_status_display() if event.is_changed else _("Event")
    return UpcomingDate(
        date.start, translated_text(event, "title"), event.get_absolute_url(), when, place, note=note
    )


def section(request, about=None) -> dict:
    dates, links = contributions.upcoming_dates(about, ON_HOME if about is None else ON_PAGE)
    return {"upcoming": dates, "links": links, "about": about}
