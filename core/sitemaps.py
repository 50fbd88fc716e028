from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.urls import reverse


class TranslatedSitemap(Sitemap):
    """Every page in every language, each naming the others (hreflang) and German as x-default."""

    i18n = True
    alternates = True
    x_default = True
    changefreq = "monthly"

    # The site's configured address (settings.SITE_URL), not the Host and scheme of the request.
    @property
    def protocol(self):
        return urlsplit(settings.SITE_URL).scheme

    def get_domain(self, site=None):
        return urlsplit(settings.SITE_URL).netloc


class NamedPagesSitemap(TranslatedSitemap):
    """Pages that are not rows in the database, listed by URL name in `url_names`."""

    url_names: tuple[str, ...] = ()

    def items(self):
        return list(self.url_names)

    def location(self, item):
        return reverse(item)


class HomePageSitemap(NamedPagesSitemap):
    url_names = ("home",)
