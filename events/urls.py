from django.urls import path
from django.utils.translation import pgettext_lazy

from events import feeds, views

app_name = "events"

urlpatterns = [
    path("", views.EventListView.as_view(), name="list"),
    path("calendar.ics", feeds.calendar, name="calendar"),
    path("feed.atom", feeds.NewEventsFeed(), name="feed"),
    path(
        pgettext_lazy("URL", "partnership/<slug:slug>/calendar.ics"),
        feeds.partnership_calendar,
        name="partnership_calendar",
    ),
    path(
        pgettext_lazy("URL", "theme/<int:number>/calendar.ics"), feeds.theme_calendar, name="theme_calendar"
    ),
    path(pgettext_lazy("URL", "archive/"), views.archive, name="archive"),
    path(pgettext_lazy("URL", "archive/<int:year>/"), views.EventArchiveView.as_view(), name="archive_year"),
    path("<slug:slug>/", views.EventDetailView.as_view(), name="detail"),
    path("<slug:slug>/calendar.ics", feeds.event_calendar, name="event_calendar"),
]
