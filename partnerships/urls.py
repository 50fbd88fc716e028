from django.urls import path
from django.views.generic import RedirectView

from partnerships import views

app_name = "partnerships"

urlpatterns = [
    # There is no separate list: the overview of all partnerships is the home page.
    path("", RedirectView.as_view(pattern_name="home", permanent=True), name="index"),
    path("<slug:slug>/", views.PartnershipDetailView.as_view(), name="detail"),
]
