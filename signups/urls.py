from django.urls import path
from django.utils.translation import pgettext_lazy

from signups import views

app_name = "signups"

urlpatterns = [
    path("<int:date>/", views.SignupView.as_view(), name="signup"),
    path(pgettext_lazy("URL", "sent/"), views.sent, name="sent"),
    path(pgettext_lazy("URL", "confirm/<str:signed>/"), views.ConfirmView.as_view(), name="confirm"),
    path("<str:token>/", views.ManageView.as_view(), name="manage"),
]
