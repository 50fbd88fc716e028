from django.urls import path

from notices import views

app_name = "notices"

urlpatterns = [path("hide/", views.hide, name="hide")]
