from core.sitemaps import TranslatedSitemap
from pages.models import Page


class PageSitemap(TranslatedSitemap):
    def items(self):
        return Page.objects.published()
