from core.sitemaps import NamedPagesSitemap, TranslatedSitemap
from partnerships.models import Partnership


class PartnershipSitemap(TranslatedSitemap):
    def items(self):
        return Partnership.objects.published()


class ThemeSitemap(TranslatedSitemap):
    """The channels overview and each channel with a public partnership."""

    def items(self):
        from partnerships.views import themes_with_partnerships

        return ["themes:list", *themes_with_partnerships()]

    def location(self, item):
        return NamedPagesSitemap.location(self, item) if isinstance(item, str) else item.get_absolute_url()
