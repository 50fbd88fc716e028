from django.urls import path
from django.utils.translation import pgettext_lazy

from events import views

app_name = "events"

# The feeds to subscribe to share this address (calendars.urls).
urlpatterns = [
    path("", views.EventListView.as_view(), name="list"),
    path(pgettext_lazy("URL", "archive/"), views.archive, name="archive"),
    path(pgettext_lazy("URL", "archive/<int:year>/"), views.EventArchiveView.as_view(), name="archive_year"),
    path("<slug:slug>/", views.EventDetailView.as_view(), name="detail"),
]
