from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OfflineConfig(AppConfig):
    name = "offline"
    verbose_name = _("Reading offline")

    def ready(self):
        from core import contributions
        from offline.views import privacy_section, save_data_variant
        from operations import page_cache

        contributions.add_section("page", "offline/privacy_section.html", privacy_section, order=45)

        # A page for a visitor saving data shows thumbnails: a copy of its own, in every cache.
        page_cache.add_page_variant(save_data_variant, header="Save-Data")
