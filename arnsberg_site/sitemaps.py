from django.contrib.sitemaps import Sitemap
from django.urls import reverse


class TranslatedSitemap(Sitemap):
    """Every page in every language, each naming the others (hreflang) and German as x-default."""

    i18n = True
    alternates = True
    x_default = True
    changefreq = "monthly"


class StaticPagesSitemap(TranslatedSitemap):
    """Pages that are not rows in the database."""

    def items(self):
        return ["home", "milestones:timeline"]

    def location(self, item):
        return reverse(item)
