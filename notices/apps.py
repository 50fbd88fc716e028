from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NoticesConfig(AppConfig):
    """Site-status banners: scheduled notices, the ones a visitor hid, and the maintenance switch.
    It must not hold the pages the banners link to."""

    name = "notices"
    verbose_name = _("Notices")

    def ready(self):
        from core import contributions
        from notices import content
        from notices.active import hidden_variant
        from operations import page_cache

        contributions.add_content_loader(content.load)
        # A page shows the banners this visitor has not hidden: one cached copy per set of hidden ones.
        page_cache.add_page_variant(hidden_variant)
