from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    """What every page shares: layout, home page, languages, translated text, images, errors, content loading.

    It imports no content app; content apps use it and register their parts in `core.contributions`.
    """

    default = True
    name = "core"
    verbose_name = _("Site")

    def ready(self):
        from django.db.models import signals

        from core import content, contributions, page_cache
        from core.sitemaps import HomePageSitemap

        contributions.add_sitemap("home", HomePageSitemap)
        contributions.add_content_loader(content.load)
        # Any saved or deleted row may show on a public page: the page cache starts a new generation.
        for signal in (signals.post_save, signals.post_delete, signals.m2m_changed):
            signal.connect(page_cache.content_changed, dispatch_uid=f"page_cache_{signal}")
