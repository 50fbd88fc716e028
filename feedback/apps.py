from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class FeedbackConfig(AppConfig):
    """The accessibility feedback desk BITV NRW asks for: the form, the office's cases with their due
    dates, and the statement's count. It must not hold the accessibility statement's text (pages)."""

    name = "feedback"
    verbose_name = _("Feedback on accessibility")

    def ready(self):
        from core import contributions
        from feedback import views

        contributions.add_footer_links(views.footer_link, order=20)
        contributions.add_section("page", "feedback/statistics.html", views.statistics_section, order=10)
