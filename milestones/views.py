from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.generic import ListView

from core.i18n import TranslatedPageMixin
from milestones.calendar import milestones_calendar
from milestones.models import Milestone
from milestones.structured_data import events_script
from partnerships.models import Partnership


def partnership_section(request, partnership) -> dict | None:
    """On a partnership's page: how many steps its timeline has, and the next one."""
    milestones = Milestone.objects.published().filter(partnership=partnership)
    count = milestones.count()
    if not count:
        return None
    return {"milestone_count": count, "next_milestone": milestones.upcoming().first()}


class TimelineView(TranslatedPageMixin, ListView):
    """Every published milestone of every partnership, grouped by phase."""

    template_name = "milestones/timeline.html"
    context_object_name = "milestones"
    partnership = None

    def get_queryset(self):
        return Milestone.objects.published().in_timeline_order()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["partnership"] = self.partnership
        context["structured_data"] = events_script(context["milestones"], self.request.build_absolute_uri)
        return context


class PartnershipTimelineView(TimelineView):
    template_name = "milestones/partnership_timeline.html"

    def get_queryset(self):
        self.partnership = get_object_or_404(Partnership.objects.published(), slug=self.kwargs["slug"])
        return super().get_queryset().filter(partnership=self.partnership)

    def url_in_language(self, language):
        with translation.override(language):
            return reverse("milestones:partnership", kwargs={"slug": self.partnership.slug})


def calendar(request, slug=None):
    """An .ics file of the dated milestones, of one partnership or of all."""
    milestones = Milestone.objects.published().in_timeline_order()
    if slug is None:
        name, filename = _("Arnsberg's partnerships: milestones"), "arnsberg-partnerships.ics"
    else:
        partnership = get_object_or_404(Partnership.objects.published(), slug=slug)
        milestones = milestones.filter(partnership=partnership)
        name = _("Partnership Arnsberg–%(city)s: milestones") % {"city": partnership.city}
        filename = f"arnsberg-{partnership.slug}.ics"
    body = milestones_calendar(milestones, name, request.build_absolute_uri)
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
