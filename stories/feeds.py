from django.http import Http404
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.translation import gettext as _

from core.feeds import SiteFeed
from core.translated_text import translated_text
from partnerships.models import Partnership
from publishing.slugs import moved_or_404
from stories.models import Story

FEED_LENGTH = 20


class StoryFeed(SiteFeed):
    """The newest stories, in the page's language (the English feed falls back to German texts where
    there is no translation yet); of every partnership, or of one."""

    def __call__(self, request, *args, **kwargs):
        try:
            return super().__call__(request, *args, **kwargs)
        except Http404:
            # A feed reader subscribed to a partnership's old address follows it to the new one.
            return moved_or_404(request, Partnership, kwargs.get("slug", ""))

    def get_object(self, request, slug=None):
        return None if slug is None else get_object_or_404(Partnership.objects.published(), slug=slug)

    def title(self, partnership):
        if partnership is None:
            return _("News and reports of Arnsberg's international partnerships")
        return _("News and reports of the partnership with %(city)s") % {"city": partnership.city}

    def subtitle(self, partnership):
        return _("Reports of visits, projects and ways to take part, from the City of Arnsberg.")

    def page_path(self, partnership):
        url = reverse("stories:list")
        return url if partnership is None else f"{url}?partnership={partnership.slug}"

    def items(self, partnership):
        stories = Story.objects.published()
        if partnership is not None:
            stories = stories.filter(partnerships=partnership)
        return stories.newest_first()[:FEED_LENGTH]

    def item_title(self, item):
        return translated_text(item, "title").text

    def item_description(self, item):
        return translated_text(item, "teaser").text

    def item_author_name(self, item):
        return item.author or None

    def item_pubdate(self, item):
        return item.created_at

    def item_updateddate(self, item):
        return item.updated_at
