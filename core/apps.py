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
        from core import content, contributions
        from core.sitemaps import HomePageSitemap

        contributions.add_sitemap("home", HomePageSitemap)
        contributions.add_content_loader(content.load)
