"""The site's Atom feeds: links at the site's configured address, summaries as plain text."""

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed

from core.i18n import site_address


class PlainTextAtom1Feed(Atom1Feed):
    """Django writes every summary as `type="html"`, so a reader would take "<" or "&amp;" in a plain
    text as markup; the site's summaries are plain text (titles, teasers, texts freed of markup)."""

    def add_item_elements(self, handler, item):
        summary = item["description"]
        super().add_item_elements(handler, {**item, "description": None})
        if summary is not None:
            handler.addQuickElement("summary", summary, {"type": "text"})


class SiteFeed(Feed):
    """A feed whose links (its page, its own address, each entry) are built from settings.SITE_URL, not
    from the Host and scheme of the request: a feed reader keeps what it was once given."""

    feed_type = PlainTextAtom1Feed

    def get_feed(self, obj, request):
        feed = super().get_feed(obj, request)
        feed.feed["feed_url"] = site_address(request.path)
        return feed

    def link(self, obj):
        """The page the feed belongs to, as a path; subclasses name theirs in `page_path`."""
        return site_address(self.page_path(obj))

    def page_path(self, obj) -> str:
        raise NotImplementedError

    def item_link(self, item):
        return site_address(item.get_absolute_url())
