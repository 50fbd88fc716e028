from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MilestonesConfig(AppConfig):
    """The timeline: milestones of every partnership, their phases, the year filter, the Atom feed and
    the calendar file. It must not hold the partnerships themselves or the stories reporting on a step."""

    name = "milestones"
    verbose_name = _("Milestones")

    def ready(self):
        from core import contributions
        from core.translated_text import translated_text
        from milestones import content, sitemaps, views
        from search import shown_text

        contributions.add_navigation(_("Timeline"), "milestones:timeline", section="milestones", order=20)
        contributions.add_section(
            "partnership", "milestones/partnership_section.html", views.partnership_section, order=10
        )
        contributions.add_upcoming_dates(views.upcoming_dates)
        contributions.add_section("theme", "milestones/theme_section.html", views.theme_section, order=10)
        contributions.add_sitemap("timeline", sitemaps.TimelineSitemap)
        contributions.add_content_loader(content.load)
        shown_text.register(
            shown_text.ShownText(
                "milestones.Milestone",
                lambda step: [translated_text(step.phase, "name"), step.partnership.display_name],
                (
                    ("milestones.Phase", lambda phase: phase.milestones.all()),
                    ("partnerships.Partnership", lambda partnership: partnership.milestones.all()),
                ),
            )
        )
