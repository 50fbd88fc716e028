from django.db.models import Count, Q
from django.utils import translation
from django.views.generic import DetailView, ListView

from arnsberg_site.i18n import TranslatedPageMixin
from milestones.models import Milestone
from partnerships.models import Overview, Partnership


class OverviewView(TranslatedPageMixin, ListView):
    """The home page: the introduction, then every published partnership as a card."""

    template_name = "partnerships/overview.html"
    context_object_name = "partnerships"

    def get_queryset(self):
        return Partnership.objects.published().select_related("programme")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["overview"] = Overview.objects.first()
        return context


class PartnershipDetailView(TranslatedPageMixin, DetailView):
    context_object_name = "partnership"

    def get_queryset(self):
        return (
            Partnership.objects.published()
            .select_related("programme")
            .prefetch_related("facts", "sdgs")
            .annotate(milestone_count=Count("milestones", filter=Q(milestones__is_published=True)))
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        milestones = Milestone.objects.published().filter(partnership=self.object)
        context["next_milestone"] = milestones.upcoming().first()
        return context

    def url_in_language(self, language):
        # The slug is translated: the other language's page has its own address.
        with translation.override(language):
            return self.object.get_absolute_url()
