from django.urls import path
from django.utils.translation import pgettext_lazy

from alerts import views

app_name = "alerts"

urlpatterns = [
    path("", views.SubscribeView.as_view(), name="subscribe"),
    path(pgettext_lazy("URL", "sent/"), views.sent, name="sent"),
    path(pgettext_lazy("URL", "confirm/<str:signed>/"), views.ConfirmView.as_view(), name="confirm"),
    path("<str:token>/", views.ManageView.as_view(), name="manage"),
    path(
        pgettext_lazy("URL", "<str:token>/unsubscribe/"), views.UnsubscribeView.as_view(), name="unsubscribe"
    ),
]
