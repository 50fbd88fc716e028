from django.contrib.sitemaps import Sitemap

from partnerships.models import Partnership


class PartnershipSitemap(Sitemap):
    i18n = True
    alternates = True
    x_default = True
    changefreq = "monthly"

    def items(self):
        return Partnership.objects.published()
