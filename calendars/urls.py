"""Under the calendar's address (/de/veranstaltungen/, /en/events/): the feeds to subscribe to."""

from django.urls import path
from django.utils.translation import pgettext_lazy

from calendars import feeds

app_name = "calendars"

urlpatterns = [
    path("calendar.ics", feeds.calendar, name="all"),
    path("feed.atom", feeds.NewEventsFeed(), name="new_events"),
    path(
        pgettext_lazy("URL", "partnership/<slug:slug>/calendar.ics"),
        feeds.partnership_calendar,
        name="partnership",
    ),
    path(pgettext_lazy("URL", "theme/<int:number>/calendar.ics"), feeds.theme_calendar, name="theme"),
    path("<slug:slug>/calendar.ics", feeds.event_calendar, name="event"),
]
