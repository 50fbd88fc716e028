"""The theme channels, under an address segment of their own: /de/themen/13/, /en/themes/13/."""

from django.urls import path

from partnerships import views

app_name = "themes"

urlpatterns = [
    path("", views.ThemeListView.as_view(), name="list"),
    path("<int:number>/", views.ThemeDetailView.as_view(), name="detail"),
]
