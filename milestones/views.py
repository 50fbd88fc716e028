import datetime

from django.db.models import Count, Q
from django.http import HttpResponse, HttpResponsePermanentRedirect
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.html import format_html
from django.utils.translation import gettext as _
from django.views.generic import ListView

from core import contributions
from core.contributions import UpcomingDate
from core.filters import YearAndPartnershipFilter
from core.i18n import TranslatedPageMixin, site_address
from core.translated_text import translated_text
from milestones.calendar import milestones_calendar
from milestones.dates import date_range_html
from milestones.models import Milestone
from milestones.structured_data import events_script
from operations import page_cache
from partnerships.models import Partnership
from publishing.preview import granted, keep_private, staff_may_view
from publishing.slugs import OldSlugRedirectMixin, moved_address, moved_or_404

STEPS_ON_THEME = 10
# About how many steps the unfiltered general timeline shows: the latest years that hold them.
WINDOW = 60


def theme_section(request, theme) -> dict | None:
    """On a theme channel: the latest dated steps of the partnerships that serve the theme."""
    steps = Milestone.objects.published().dated().filter(partnership__sdgs=theme)
    latest = list(steps.select_related("partnership").order_by("-start_date")[:STEPS_ON_THEME])
    return {"steps": latest} if latest else None


def partnership_section(request, partnership) -> dict | None:
    """On a partnership's page: how many steps its timeline has, and the next one."""
    first = Milestone.objects.published().filter(partnership=partnership).first_ahead_with_count()
    if first is None:
        return None
    return {"milestone_count": first.steps, "next_milestone": first if first.ahead else None}


def upcoming_dates(about, limit: int):
    """For "Nächste Termine" (core.contributions): the next dated steps, of all partnerships, of one
    (`about` a Partnership) or of those serving a theme; and the calendar of the steps."""
    steps = Milestone.objects.published().dated().upcoming().select_related("partnership")
    links = [(_("Subscribe to the steps of the timeline"), reverse("milestones:calendar"))]
    if isinstance(about, Partnership):
        steps = steps.filter(partnership=about)
        links = [(_("Subscribe to the steps of the timeline"), calendar_path(about))]
    elif about is not None:
        steps = steps.filter(partnership__sdgs=about).distinct()
    if about is None:
        links.append((_("All steps on the timeline"), reverse("milestones:timeline")))
    return [_upcoming(step) for step in steps[:limit]], links


def _upcoming(step) -> UpcomingDate:
    moment = timezone.make_aware(datetime.datetime.combine(step.start_date, datetime.time()))
    when = format_html("{} ({})", date_range_html(step.start_date, step.end_date), step.when_label)
    return UpcomingDate(
        moment,
        translated_text(step, "title"),
        step.get_absolute_url(),
        when,
        place=translated_text(step, "location"),
        partnership=step.partnership.display_name,
        note=_("Step of the timeline"),
    )


def calendar_path(partnership) -> str:
    return reverse("milestones:partnership_calendar", kwargs={"slug": partnership.slug})


class TimelineView(TranslatedPageMixin, ListView):
    """Every published milestone of every partnership, grouped by phase."""

    template_name = "milestones/timeline.html"
    context_object_name = "milestones"
    partnership = None

    drafts = frozenset()
    earlier_years: list[int] = []
    shown_years = None

    def get_queryset(self):
        return self._filter(self._shown())

    def _filter(self, milestones):
        """By the form's year and partnership. What the form offers is the same at every address of
        this timeline (each year, each partnership chosen): kept in the shared cache until the next
        edit or scheduled change, so that an address not seen before reads only its own steps."""
        slug = self.partnership.slug if self.partnership is not None else ""
        per_year, partnerships = page_cache.remembered(f"timeline-choices:{slug}", self._choices)
        self.filter_form = YearAndPartnershipFilter(self.request.GET or None, list(per_year), partnerships)
        page_cache.understood(self.request, **self.filter_form.taken())
        if self.partnership is None and not self.filter_form.filters:
            return self._latest_years(milestones, per_year)
        return self.filter_form.apply(milestones)

    def _choices(self) -> tuple[dict[int, int], list[tuple[str, str]] | None]:
        """The years that hold public dated steps, with their counts, newest first; and on the general
        timeline the public partnerships as (slug, name) pairs, not objects with every column."""
        dated, partnerships = Milestone.objects.published().dated(), None
        if self.partnership is not None:
            dated = dated.filter(partnership=self.partnership)
        else:
            partnerships = list(Partnership.objects.published().values_list("slug", "city"))
        per_year = dated.values_list("start_date__year").annotate(steps=Count("pk"))
        return dict(per_year.order_by("-start_date__year")), partnerships

    def _latest_years(self, milestones, per_year: dict):
        """The general timeline unfiltered: the latest years, as many as hold about WINDOW steps (at
        least one), and the undated steps; the earlier years are a link each. A page of hundreds of
        steps would be slow to build and to read (links to a step lead to its partnership's timeline)."""
        shown, steps = [], 0
        for year, count in per_year.items():
            if shown and steps + count > WINDOW:
                break
            shown.append(year)
            steps += count
        self.earlier_years = [year for year in per_year if year not in shown]
        if not self.earlier_years:
            return milestones
        self.shown_years = (shown[-1], shown[0])
        return milestones.filter(Q(start_date__year__gte=shown[-1]) | Q(start_date__isnull=True))

    def _shown(self):
        public = Milestone.objects.published()
        drafts = self._drafts_shown()
        if drafts is None:
            return public.in_timeline_order()
        self.drafts = frozenset(drafts.exclude(pk__in=public.values("pk")).values_list("pk", flat=True))
        shown = Q(pk__in=public.values("pk")) | Q(pk__in=self.drafts)
        return Milestone.objects.filter(shown).in_timeline_order()

    def _drafts_shown(self):
        """Steps of public partnerships that this request may see before they are public, marked as
        drafts: staff see them all, a preview link the one it is for; None for the public."""
        staff = staff_may_view(self.request, Milestone)
        pk = None if staff else granted(self.request, Milestone)
        if not staff and pk is None:
            return None
        steps = Milestone.objects.filter(partnership__in=Partnership.objects.published())
        return steps if staff else steps.filter(pk=pk)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        milestones = context["milestones"] = list(context["milestones"])
        # What other apps link to from a step (its reports): one query for all shown steps.
        links = contributions.milestone_links(milestones)
        for milestone in milestones:
            milestone.further_links = links.get(milestone.pk, [])
        public = [m for m in milestones if m.pk not in self.drafts]
        context.update(
            filter_form=self.filter_form,
            earlier_years=self.earlier_years,
            shown_years=self.shown_years,
            partnership=self.partnership,
            drafts=self.drafts,
            preview=bool(self.drafts),
            structured_data=events_script(public, site_address),
        )
        return context

    def render_to_response(self, context, **kwargs):
        # A filter value the lists do not offer: the page says so, shows every step, and answers 400;
        # a partnership's old address leads to its current one.
        if self.filter_form.errors:
            moved = moved_address(self.request, Partnership, self.request.GET.get("partnership", ""))
            if moved:
                return HttpResponsePermanentRedirect(moved)
            kwargs.setdefault("status", 400)
        response = super().render_to_response(context, **kwargs)
        if context["preview"]:
            keep_private(response)
        return response


class PartnershipTimelineView(OldSlugRedirectMixin, TimelineView):
    template_name = "milestones/partnership_timeline.html"
    slug_model = Partnership

    def address_of(self, partnership):
        return reverse("milestones:partnership", kwargs={"slug": partnership.slug})

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
        partnership = Partnership.objects.published().filter(slug=slug).first()
        if partnership is None:
            return moved_or_404(request, Partnership, slug)
        milestones = milestones.filter(partnership=partnership)
        name = _("Partnership Arnsberg–%(city)s: milestones") % {"city": partnership.city}
        filename = f"arnsberg-{partnership.slug}.ics"
    body = milestones_calendar(milestones, name, site_address)
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
