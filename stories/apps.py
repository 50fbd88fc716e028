from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class StoriesConfig(AppConfig):
    """Stories: reports with photos and galleries, their list with filters, and their feed. It must
    not hold the partnerships or milestones it refers to; it links to them."""

    name = "stories"
    verbose_name = _("Stories")

    def ready(self):
        from core import contributions
        from search import shown_text
        from stories import content, sitemaps, views

        contributions.add_navigation(_("News"), "stories:list", section="stories", order=18)
        contributions.add_section("home", "stories/section.html", views.home_section, order=15)
        contributions.add_section("partnership", "stories/section.html", views.partnership_section, order=5)
        contributions.add_section("theme", "stories/section.html", views.theme_section, order=5)
        contributions.add_milestone_links(views.milestone_links)
        contributions.add_sitemap("story-list", sitemaps.StoryListSitemap)
        contributions.add_sitemap("stories", sitemaps.StorySitemap)
        contributions.add_content_loader(content.load)
        shown_text.register(
            shown_text.ShownText(
                "stories.Story",
                views.shown_texts,
                (
                    ("stories.Photo", lambda photo: [photo.story]),
                    ("partnerships.Partnership", lambda partnership: partnership.stories.all()),
                ),
            )
        )
        shown_text.register(shown_text.documents("stories.Story"))
