from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SignupsConfig(AppConfig):
    """See the package's docstring: signing up for events."""

    name = "signups"
    verbose_name = _("Sign-ups for events")

    def ready(self):
        from django.db.models.signals import post_save, pre_delete

        from core import contributions
        from events.models import Occurrence
        from operations import page_cache
        from signups import seats, views
        from signups.models import SignupOptions

        # A sign-up changes the seats left, which only the calendar's pages show: it ends their copies
        # (views.SEATS), not those of every page.
        page_cache.ignore_model("signups.registration")
        contributions.add_section("event", "signups/event_section.html", views.event_section, order=10)
        contributions.add_pages_to_section("signups", section="events")
        contributions.add_section("page", "signups/privacy_section.html", views.privacy_section, order=20)
        post_save.connect(seats.options_saved, sender=SignupOptions)
        pre_delete.connect(seats.date_removed, sender=Occurrence)
