from django.urls import path

from milestones import views
from milestones.feeds import MilestoneFeed

app_name = "milestones"

urlpatterns = [
    path("", views.TimelineView.as_view(), name="timeline"),
    path("calendar.ics", views.calendar, name="calendar"),
    path("feed.atom", MilestoneFeed(), name="feed"),
    path("<slug:slug>/", views.PartnershipTimelineView.as_view(), name="partnership"),
    path("<slug:slug>/calendar.ics", views.calendar, name="partnership_calendar"),
]
