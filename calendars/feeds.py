"""The calendar to subscribe to: iCalendar feeds of all events, of a partnership's and of a theme's
(offered as webcal: links), one event's .ics, and the Atom feed of new events."""

from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from calendars.entries import KEPT_FOR, events_calendar
from core.feeds import SiteFeed
from core.i18n import site_address
from core.translated_text import translated_text
from events.models import Event, Occurrence
from events.when import in_words
from partnerships.models import Partnership, SustainableDevelopmentGoal
from publishing.slugs import moved_or_404


def _subscribed(events):
    """Published events with a date in the last year or to come, each with what its entry shows."""
    recent = Occurrence.objects.filter(start__gte=timezone.now() - KEPT_FOR).values("event")
    return events.filter(pk__in=recent).order_by("start", "pk")


def _ics(body: bytes, filename: str) -> HttpResponse:
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    return response


def calendar(request):
    events = _subscribed(Event.objects.published())
    return _ics(
        events_calendar(events, _("Arnsberg's partnerships: events"), site_address), "arnsberg-events.ics"
    )


def partnership_calendar(request, slug):
    partnership = Partnership.objects.published().filter(slug=slug).first()
    if partnership is None:
        return moved_or_404(request, Partnership, slug)
    events = _subscribed(Event.objects.published().filter(partnerships=partnership))
    name = _("Partnership Arnsberg–%(city)s: events") % {"city": partnership.city}
    return _ics(events_calendar(events, name, site_address), f"arnsberg-{partnership.slug}-events.ics")


def theme_calendar(request, number):
    theme = get_object_or_404(SustainableDevelopmentGoal, number=number)
    events = _subscribed(Event.objects.published().filter(themes=theme))
    name = _("Arnsberg's partnerships: events on %(theme)s") % {"theme": translated_text(theme, "name")}
    return _ics(events_calendar(events, name, site_address), f"arnsberg-sdg-{theme.number}-events.ics")


def event_calendar(request, slug):
    """One event for the visitor's own calendar ("In Ihren Kalender")."""
    events = Event.objects.published().filter(slug=slug)
    event = events.only("title", "slug").first()
    if event is None:
        return moved_or_404(request, Event, slug)
    return _ics(events_calendar(events, translated_text(event, "title"), site_address), f"{event.slug}.ics")


class NewEventsFeed(SiteFeed):
    """Events as they are announced, newest first, in the page's language."""

    title = gettext_lazy("New events of Arnsberg's international partnerships")
    subtitle = gettext_lazy("Events of the City of Arnsberg's partnerships as they are announced.")

    def page_path(self, obj):
        return reverse("events:list")

    def items(self):
        return Event.objects.published().select_related("venue").order_by("-created_at", "-pk")[:50]

    def item_title(self, item):
        title = translated_text(item, "title")
        return f"{item.get_status_display()}: {title}" if item.is_changed else title

    def item_description(self, item):
        return " · ".join([in_words(item.start, item.end, item.all_day), translated_text(item, "teaser")])

    def item_pubdate(self, item):
        return item.created_at

    def item_updateddate(self, item):
        return item.updated_at
