from django.contrib.sitemaps import Sitemap
from django.urls import reverse


class TranslatedSitemap(Sitemap):
    """Every page in every language, each naming the others (hreflang) and German as x-default."""

    i18n = True
    alternates = True
    x_default = True
    changefreq = "monthly"


class NamedPagesSitemap(TranslatedSitemap):
    """Pages that are not rows in the database, listed by URL name in `url_names`."""

    url_names: tuple[str, ...] = ()

    def items(self):
        return list(self.url_names)

    def location(self, item):
        return reverse(item)


class HomePageSitemap(NamedPagesSitemap):
    url_names = ("home",)
