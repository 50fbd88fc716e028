from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PartnershipsConfig(AppConfig):
    """The partnerships (Morogoro, Warren, Alba Iulia): their profiles, facts, goals, map and the
    home page's cards. It must not hold the timeline, stories or pages that refer to a partnership."""

    name = "partnerships"
    verbose_name = _("Partnerships")

    def ready(self):
        from core import contributions
        from partnerships import content, sitemaps, views
        from search import shown_text

        # The overview of all partnerships is the home page, so the entry leads there.
        contributions.add_navigation(_("Partnerships"), "home", section="partnerships", order=10)
        contributions.add_navigation(_("Themes"), "themes:list", section="themes", order=15)
        contributions.add_section("home", "partnerships/home_section.html", views.home_section, order=10)
        contributions.add_sitemap("partnerships", sitemaps.PartnershipSitemap)
        contributions.add_sitemap("themes", sitemaps.ThemeSitemap)
        contributions.add_content_loader(content.load)
        shown_text.register(
            shown_text.ShownText(
                "partnerships.Partnership",
                views.shown_texts,
                (
                    ("partnerships.Fact", lambda fact: [fact.partnership]),
                    ("partnerships.Programme", lambda programme: programme.partnerships.all()),
                    ("partnerships.SustainableDevelopmentGoal", lambda goal: goal.partnerships.all()),
                ),
            )
        )
        shown_text.register(shown_text.documents("partnerships.Partnership"))
