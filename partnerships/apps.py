from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PartnershipsConfig(AppConfig):
    name = "partnerships"
    verbose_name = _("Partnerships")

    def ready(self):
        from core import contributions
        from partnerships import content, sitemaps, views

        # The overview of all partnerships is the home page, so the entry leads there.
        contributions.add_navigation(_("Partnerships"), "home", section="partnerships", order=10)
        contributions.add_section("home", "partnerships/home_section.html", views.home_section, order=10)
        contributions.add_sitemap("partnerships", sitemaps.PartnershipSitemap)
        contributions.add_content_loader(content.load)
