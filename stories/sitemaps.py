from core.sitemaps import NamedPagesSitemap, TranslatedSitemap
from stories.models import Story


class StoryListSitemap(NamedPagesSitemap):
    url_names = ("stories:list",)


class StorySitemap(TranslatedSitemap):
    def items(self):
        return Story.objects.published()

    def lastmod(self, story):
        return story.updated_at
