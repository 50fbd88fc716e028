from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReviewsConfig(AppConfig):
    """Review dates ("Prüfen bis"): what is due, the reminder, and the one-click confirmation."""

    name = "reviews"
    verbose_name = _("Reviews")
