from core.sitemaps import NamedPagesSitemap, TranslatedSitemap
from events.models import Event


class EventListSitemap(NamedPagesSitemap):
    url_names = ("events:list",)


class EventSitemap(TranslatedSitemap):
    def items(self):
        return Event.objects.published()
