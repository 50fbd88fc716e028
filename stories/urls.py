from django.urls import path
from django.utils.translation import pgettext_lazy

from stories import views
from stories.feeds import StoryFeed

app_name = "stories"

urlpatterns = [
    path("", views.StoryListView.as_view(), name="list"),
    path("feed.atom", StoryFeed(), name="feed"),
    path(pgettext_lazy("URL", "partnership/<slug:slug>/feed.atom"), StoryFeed(), name="partnership_feed"),
    path("<slug:slug>/", views.StoryDetailView.as_view(), name="detail"),
]
