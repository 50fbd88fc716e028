from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AlertsConfig(AppConfig):
    name = "alerts"
    verbose_name = _("E-mail alerts")

    def ready(self):
        from alerts import views
        from alerts.sweep import mark_shipped_as_announced
        from core import contributions

        contributions.add_section("partnership", "alerts/follow_section.html", views.follow_section, order=40)
        contributions.add_section("theme", "alerts/follow_section.html", views.follow_section, order=40)
        contributions.add_section("page", "alerts/privacy_section.html", views.privacy_section, order=30)
        contributions.add_footer_links(views.footer_link, order=15)
        contributions.add_content_loader(mark_shipped_as_announced)
