from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PartnershipsConfig(AppConfig):
    """The partnerships (Morogoro, Warren, Alba Iulia): their profiles, facts, goals, map and the
    home page's cards. It must not hold the timeline, stories or pages that refer to a partnership."""

    name = "partnerships"
    verbose_name = _("Partnerships")

    def ready(self):
        from core import contributions
        from core.translated_text import columns
        from partnerships import content, sitemaps, views
        from partnerships.models import SEARCH_FIELDS, THEME_SEARCH_FIELDS, Partnership
        from search import engine, shown_text
        from search.engine import SearchSource

        # The overview of all partnerships is the home page, so the entry leads there.
        contributions.add_navigation(_("Partnerships"), "home", section="partnerships", order=10)
        contributions.add_navigation(_("Themes"), "themes:list", section="themes", order=15)
        contributions.add_section("home", "partnerships/home_section.html", views.home_section, order=10)
        contributions.add_sitemap("partnerships", sitemaps.PartnershipSitemap)
        contributions.add_sitemap("themes", sitemaps.ThemeSitemap)
        contributions.add_content_loader(content.load)
        engine.add_source(
            # A result needs a partnership's name and address; its texts come with the search.
            SearchSource(
                _("Partnership"),
                lambda: Partnership.objects.published().only(*columns("city", "slug")),
                SEARCH_FIELDS,
            )
        )
        engine.add_source(SearchSource(_("Theme"), views.themes_with_partnerships, THEME_SEARCH_FIELDS))
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
