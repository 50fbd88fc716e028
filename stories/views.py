from django.db.models.functions import ExtractYear
from django.http import HttpResponsePermanentRedirect
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.generic import DetailView, ListView

from core.filters import NearestPageMixin, YearAndPartnershipFilter
from core.i18n import TranslatedPageMixin, site_address
from core.translated_text import columns, translated_text
from milestones.models import Milestone
from operations import page_cache
from partnerships.models import Partnership
from publishing.preview import PreviewMixin
from publishing.slugs import OldSlugRedirectMixin, moved_address
from stories.models import Story
from stories.structured_data import news_article

STORIES_PER_PAGE = 10
LATEST = 3


def shown_texts(story) -> list[str]:
    """For the search (search.shown_text): the captions of the photos the public sees, the partnerships."""
    captions = [translated_text(photo, "caption") for photo in story.photos.shown()]
    return [*captions, *(partnership.display_name for partnership in story.partnerships.all())]


class StoryListView(NearestPageMixin, TranslatedPageMixin, ListView):
    """Every public story, newest first, a page at a time; by year and partnership without JavaScript."""

    template_name = "stories/story_list.html"
    context_object_name = "stories"
    paginate_by = STORIES_PER_PAGE

    def get_queryset(self):
        stories = Story.objects.published()
        # The same at every address of the list (each page, year and partnership): kept in the shared
        # cache until the next edit or scheduled change.
        years, offered = page_cache.remembered("story-choices", lambda: _choices(stories))
        self.filter_form = YearAndPartnershipFilter(
            self.request.GET or None,
            years,
            offered,
            year_lookup="date__year",
            partnership_lookup="partnerships__slug",
        )
        page_cache.understood(self.request, **self.filter_form.taken())
        return (
            self.filter_form.apply(stories)
            .prefetch_related("partnerships")
            .with_teaser_photo()
            .newest_first()
        )

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            filter_form=self.filter_form, pages_label=_("Pages of the list"), **kwargs
        )

    def render_to_response(self, context, **kwargs):
        # A filter value the lists do not offer: the page says so, shows every story, and answers 400;
        # a partnership's old address leads to its current one.
        if self.filter_form.errors:
            moved = moved_address(self.request, Partnership, self.request.GET.get("partnership", ""))
            if moved:
                return HttpResponsePermanentRedirect(moved)
            kwargs.setdefault("status", 400)
        return super().render_to_response(context, **kwargs)


def _choices(stories) -> tuple[list[int], list[tuple[str, str]]]:
    """The years of the public `stories`, newest first, and the public partnerships they are about,
    as (slug, name) pairs."""
    years = stories.annotate(year=ExtractYear("date")).values_list("year", flat=True).order_by("-year")
    offered = Partnership.objects.published().filter(stories__in=stories).distinct()
    return list(dict.fromkeys(years)), list(offered.values_list("slug", "city"))


class StoryDetailView(OldSlugRedirectMixin, PreviewMixin, TranslatedPageMixin, DetailView):
    context_object_name = "story"
    slug_model = Story

    def get_queryset(self):
        return Story.objects.published().prefetch_related("partnerships", "themes")

    def get_context_data(self, **kwargs):
        story = self.object
        photos = list(story.photos.shown())
        article = news_article(story, site_address, photos)
        # The step it reports on, while that step is public.
        steps = Milestone.objects.published().select_related("partnership")
        step = steps.filter(pk=story.milestone_id).first() if story.milestone_id else None
        return super().get_context_data(structured_data=article, report_of=step, photos=photos, **kwargs)

    def url_in_language(self, language):
        with translation.override(language):
            return self.object.get_absolute_url()


def latest(stories) -> list[Story]:
    """The newest few of the public `stories`, without their partnerships' names: a section is one
    query of the page's few."""
    return list(stories.with_teaser_photo().newest_first()[:LATEST])


def home_section(request, obj=None) -> dict:
    """On the home page: the latest stories of all partnerships."""
    return {"stories": latest(Story.objects.published())}


def partnership_section(request, partnership) -> dict | None:
    """On a partnership's page: its latest stories; nothing while it has none."""
    stories = latest(Story.objects.published().filter(partnerships=partnership))
    return {"stories": stories, "partnership": partnership} if stories else None


def theme_section(request, theme) -> dict | None:
    """On a theme channel: the latest stories about the goal."""
    stories = latest(Story.objects.published().filter(themes=theme))
    return {"stories": stories} if stories else None


def milestone_links(milestones) -> dict[int, list[tuple[str, str]]]:
    """For the timeline: the reports of each shown step, as (label, address). Those of every step, a
    few dozen pairs, are kept in the shared cache: every address of every timeline reads them."""
    links = page_cache.remembered("milestone-reports", _reports_by_milestone)
    return {milestone.pk: links[milestone.pk] for milestone in milestones if milestone.pk in links}


def _reports_by_milestone() -> dict[int, list[tuple[str, str]]]:
    reports = Story.objects.published().filter(milestone__isnull=False).newest_first()
    links: dict[int, list[tuple[str, str]]] = {}
    for story in reports.only("milestone", *columns("title", "slug")):
        label = _("Report: %(title)s") % {"title": story.title}
        links.setdefault(story.milestone_id, []).append((label, story.get_absolute_url()))
    return links
