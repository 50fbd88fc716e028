import html
import re

from django.contrib.postgres.aggregates import ArrayAgg
from django.db.models import Q, Value
from django.http import Http404
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.generic import DetailView, ListView

from core.i18n import TranslatedPageMixin
from core.translated_text import translated_text
from operations import page_cache
from partnerships.models import Partnership, SustainableDevelopmentGoal
from publishing.preview import PreviewMixin
from publishing.slugs import OldSlugRedirectMixin


def shown_texts(partnership) -> list[str]:
    """For the search (search.shown_text): the facts box as the page shows it (kind, status, programme,
    facts) and the names of the goals."""
    rendered = render_to_string("partnerships/facts.html", {"partnership": partnership})
    facts = html.unescape(re.sub(r"<[^>]+>", " ", rendered))  # a term and its value stay two words
    goals = [translated_text(goal, "name") for goal in partnership.sdgs.all()]
    return [" ".join(facts.split()), *([_("Sustainable Development Goals"), *goals] if goals else [])]


def home_section(request, obj=None) -> dict:
    """The home page's cards and map of every published partnership."""
    return {"partnerships": list(Partnership.objects.published())}


class PartnershipDetailView(OldSlugRedirectMixin, PreviewMixin, TranslatedPageMixin, DetailView):
    context_object_name = "partnership"
    slug_model = Partnership

    def get_queryset(self):
        # The goals' numbers come with the partnership; the goals themselves from the shared cache.
        goal_ids = ArrayAgg("sdgs", filter=Q(sdgs__isnull=False), default=Value([]))
        return Partnership.objects.published().select_related("programme").annotate(goal_ids=goal_ids)

    def get_context_data(self, **kwargs):
        partnership = self.object
        ids = getattr(partnership, "goal_ids", None)
        if ids is None:  # a preview of a partnership that is not public: read without the annotation
            ids = list(partnership.sdgs.values_list("pk", flat=True))
        goals = [goal for goal in all_goals() if goal.pk in ids]
        return super().get_context_data(goals=goals, **kwargs)

    def url_in_language(self, language):
        # The slug is translated: the other language's page has its own address.
        with translation.override(language):
            return self.object.get_absolute_url()


def all_goals() -> list[SustainableDevelopmentGoal]:
    """The 17 goals, kept in the shared cache: they change as good as never, and many pages name some."""
    return page_cache.remembered("goals", lambda: list(SustainableDevelopmentGoal.objects.all()))


def themes_with_partnerships():
    """The goals at least one public partnership works on: the site's theme channels."""
    return SustainableDevelopmentGoal.with_public_partnerships()


class ThemeListView(TranslatedPageMixin, ListView):
    """The channels: one per Sustainable Development Goal the partnerships work on."""

    template_name = "partnerships/theme_list.html"
    context_object_name = "themes"

    def get_queryset(self):
        return themes_with_partnerships()


class ThemeDetailView(TranslatedPageMixin, DetailView):
    """A channel: the goal's number and official name, the partnerships that serve it, and what other
    apps contribute for them (their milestones)."""

    template_name = "partnerships/theme_detail.html"
    context_object_name = "theme"

    def get_object(self, queryset=None):
        # The goal from the shared cache and its partnerships in one query: the channels' query of
        # goals with a count of their partnerships cost twice as much for a single goal.
        theme = next((goal for goal in all_goals() if goal.number == self.kwargs["number"]), None)
        self.partnerships = list(Partnership.objects.published().filter(sdgs=theme)) if theme else []
        if not self.partnerships:  # no channel without a public partnership (themes_with_partnerships)
            raise Http404
        return theme

    def get_context_data(self, **kwargs):
        return super().get_context_data(partnerships=self.partnerships, **kwargs)
