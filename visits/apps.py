from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class VisitsConfig(AppConfig):
    name = "visits"
    verbose_name = _("Visits")

    def ready(self):
        from core import contributions
        from visits.report import privacy_section

        contributions.add_section("page", "visits/privacy_section.html", privacy_section, order=40)
