from django.urls import path

from pages import views

app_name = "pages"

urlpatterns = [
    # At the top of the language: /de/impressum/, /en/legal-notice/. Last in the site's URLs.
    path("<slug:slug>/", views.PageDetailView.as_view(), name="detail"),
]
