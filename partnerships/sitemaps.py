from core.sitemaps import TranslatedSitemap
from partnerships.models import Partnership


class PartnershipSitemap(TranslatedSitemap):
    def items(self):
        return Partnership.objects.published()
