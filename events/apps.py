from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EventsConfig(AppConfig):
    """See the package's docstring: the event calendar."""

    name = "events"
    verbose_name = _("Event calendar")

    def ready(self):
        from core import contributions
        from events import content, sitemaps

        contributions.add_navigation(_("Events"), "events:list", section="events", order=25)
        contributions.add_sitemap("events", sitemaps.EventListSitemap)
        contributions.add_sitemap("event", sitemaps.EventSitemap)
        contributions.add_content_loader(content.load)
