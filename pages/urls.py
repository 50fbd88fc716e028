from django.urls import path
from django.utils.translation import pgettext_lazy

from pages import views

app_name = "pages"

urlpatterns = [
    path(pgettext_lazy("URL", "contact/<int:pk>.vcf"), views.vcard, name="vcard"),
    # At the top of the language: /de/impressum/, /en/legal-notice/. Last in the site's URLs.
    path("<slug:slug>/", views.PageDetailView.as_view(), name="detail"),
]
