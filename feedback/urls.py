from django.urls import path
from django.utils.translation import pgettext_lazy

from feedback import views

app_name = "feedback"

urlpatterns = [
    path("", views.ReportView.as_view(), name="report"),
    path(pgettext_lazy("URL", "thanks/"), views.ThanksView.as_view(), name="thanks"),
]
