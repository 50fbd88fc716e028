from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CalendarsConfig(AppConfig):
    """See the package's docstring: the calendars and feeds to subscribe to."""

    name = "calendars"
    verbose_name = _("Calendars to subscribe to")
