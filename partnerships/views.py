from django.db.models import Count, Prefetch, Q
from django.utils import translation
from django.views.generic import DetailView, ListView

from core.i18n import TranslatedPageMixin
from core.preview import PreviewMixin
from core.slugs import OldSlugRedirectMixin
from partnerships.models import Partnership, SustainableDevelopmentGoal


def home_section(request, obj=None) -> dict:
    """The home page's cards and map of every published partnership."""
    return {"partnerships": list(Partnership.objects.published())}


class PartnershipDetailView(OldSlugRedirectMixin, PreviewMixin, TranslatedPageMixin, DetailView):
    context_object_name = "partnership"
    slug_model = Partnership

    def get_queryset(self):
        # The SDGs are asked for twice in the page; the facts and programme once each.
        return Partnership.objects.published().select_related("programme").prefetch_related("sdgs")

    def url_in_language(self, language):
        # The slug is translated: the other language's page has its own address.
        with translation.override(language):
            return self.object.get_absolute_url()


def themes_with_partnerships():
    """The goals at least one public partnership works on: the site's theme channels."""
    serving = Count("partnerships", filter=Q(partnerships__in=Partnership.objects.published()), distinct=True)
    return SustainableDevelopmentGoal.objects.annotate(serving=serving).filter(serving__gt=0)


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
    slug_field = slug_url_kwarg = "number"

    def get_queryset(self):
        public = Partnership.objects.published()
        return themes_with_partnerships().prefetch_related(Prefetch("partnerships", queryset=public))
