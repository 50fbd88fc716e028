from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EventsConfig(AppConfig):
    """See the package's docstring: the event calendar."""

    name = "events"
    verbose_name = _("Event calendar")

    def ready(self):
        from core import contributions
        from events import content, sections, signals, sitemaps  # noqa: F401 (signals: connected on import)

        contributions.add_navigation(_("Events"), "events:list", section="events", order=25)
        contributions.add_sitemap("events", sitemaps.EventListSitemap)
        contributions.add_sitemap("event", sitemaps.EventSitemap)
        contributions.add_content_loader(content.load)
        contributions.add_upcoming_dates(sections.upcoming_dates)
        contributions.add_section("home", "events/upcoming_section.html", sections.section, order=20)
        contributions.add_section("partnership", "events/upcoming_section.html", sections.section, order=5)
        contributions.add_section("theme", "events/upcoming_section.html", sections.section, order=5)
