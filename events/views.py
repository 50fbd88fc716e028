from itertools import groupby

from django.contrib.postgres.expressions import ArraySubquery
from django.db.models import OuterRef
from django.http import Http404, HttpResponsePermanentRedirect
from django.shortcuts import redirect
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.views.generic import DetailView, ListView

from core.filters import NearestPageMixin
from core.i18n import TranslatedPageMixin, site_address
from core.translated_text import translated_text
from events.filters import EventFilter, month_key, month_label
from events.models import Event, Occurrence
from events.structured_data import event_script
from events.when import partner_times
from operations import page_cache
from partnerships.models import Partnership, SustainableDevelopmentGoal
from partnerships.views import all_goals
from publishing.preview import PreviewMixin
from publishing.slugs import OldSlugRedirectMixin, moved_address

EVENTS_PER_PAGE = 25
# A series' page shows its next date and a few after it.
DATES_ON_PAGE = 6


def by_month(dates) -> list[tuple[str, list[Occurrence]]]:
    """The dates under the month they start in, in German time: ("Dezember 2026", [...])."""
    return [
        (month_label(key), list(group)) for key, group in groupby(dates, key=lambda d: month_key(d.start))
    ]


def _listed(dates):
    return dates.select_related("event__venue").prefetch_related("event__partnerships")


def _choices() -> tuple[list[str], list[tuple[str, str]], list[tuple[str, str]]]:
    """What the calendar's filter offers: the months with upcoming events, and the partnerships and
    themes that have some."""
    upcoming = Occurrence.objects.published().upcoming()
    months = list(dict.fromkeys(month_key(start) for start in upcoming.values_list("start", flat=True)))
    events = upcoming.values("event")
    partnerships = Partnership.objects.published().filter(events__in=events).distinct()
    themes = SustainableDevelopmentGoal.objects.filter(events__in=events).distinct()
    return (
        months,
        list(partnerships.values_list("slug", "city")),
        [(str(theme.number), f"{theme.number}. {translated_text(theme, 'name')}") for theme in themes],
    )


class EventListView(NearestPageMixin, TranslatedPageMixin, ListView):
    """The calendar: upcoming dates, soonest first, under their months; filtered without JavaScript."""

    template_name = "events/event_list.html"
    context_object_name = "dates"
    paginate_by = EVENTS_PER_PAGE

    def get_queryset(self):
        months, partnerships, themes = page_cache.remembered("event-choices", _choices)
        self.filter_form = EventFilter(self.request.GET or None, months, partnerships, themes)
        page_cache.understood(self.request, **self.filter_form.taken())
        return _listed(self.filter_form.apply(Occurrence.objects.published().upcoming()))

    def get_context_data(self, **kwargs):
        context = super().get_context_data(filter_form=self.filter_form, **kwargs)
        context["months"] = by_month(context["dates"])
        context["pages_label"] = _("Pages of the calendar")
        # The archive's latest year, linked at once: the archive's own address only leads there.
        years = page_cache.remembered("event-archive-years", _archive_years)
        context["archive_year"] = years[0] if years else None
        return context

    def render_to_response(self, context, **kwargs):
        # A value the calendar does not offer: the page says so, shows every event, and answers 400.
        if self.filter_form.errors:
            moved = moved_address(self.request, Partnership, self.request.GET.get("partnership", ""))
            if moved:
                return HttpResponsePermanentRedirect(moved)
            kwargs.setdefault("status", 400)
        return super().render_to_response(context, **kwargs)


def _archive_years() -> list[int]:
    starts = Occurrence.objects.published().past().values_list("start", flat=True)
    return list(dict.fromkeys(timezone.localtime(start).year for start in starts))


def archive(request):
    """The archive starts with the latest year that has past events."""
    years = page_cache.remembered("event-archive-years", _archive_years)
    if not years:
        return EventArchiveView.as_view()(request, year=timezone.localdate().year)
    return redirect("events:archive_year", year=years[0])


class EventArchiveView(TranslatedPageMixin, ListView):
    """Past dates of one year, latest first, with links to the other years."""

    template_name = "events/event_archive.html"
    context_object_name = "dates"

    def get_queryset(self):
        self.years = page_cache.remembered("event-archive-years", _archive_years)
        year = self.kwargs["year"]
        if self.years and year not in self.years:
            raise Http404(_("There are no past events of this year."))
        start = timezone.make_aware(timezone.datetime(year, 1, 1))
        following = timezone.make_aware(timezone.datetime(year + 1, 1, 1))
        return _listed(Occurrence.objects.published().past().filter(start__gte=start, start__lt=following))

    def get_context_data(self, **kwargs):
        return super().get_context_data(year=self.kwargs["year"], years=self.years, **kwargs)


class EventDetailView(OldSlugRedirectMixin, PreviewMixin, TranslatedPageMixin, DetailView):
    """An event's page: when in words, where, how to get in, and what changed."""

    template_name = "events/event_detail.html"
    context_object_name = "event"
    slug_model = Event

    def get_queryset(self):
        # The themes by number, named from the cached list of the 17 goals: one query less.
        themes = Event.themes.through.objects.filter(event=OuterRef("pk"))
        theme_ids = ArraySubquery(themes.values("sustainabledevelopmentgoal"))
        return (
            Event.objects.published()
            .select_related("venue", "milestone__partnership")
            .prefetch_related("partnerships", "contacts")
            .annotate(theme_ids=theme_ids)
        )

    def url_in_language(self, language):
        with translation.override(language):
            return self.object.get_absolute_url()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        event = self.object
        ids = getattr(event, "theme_ids", None)  # not read for a preview (publishing.preview)
        context["themes"] = event.themes.all() if ids is None else [g for g in all_goals() if g.pk in ids]
        # Kept on the event for the sections of its page (signups), so that they need not read them again.
        upcoming = event.upcoming_dates = list(event.occurrences.upcoming()[:DATES_ON_PAGE])
        shown = context["next_date"] = (
            upcoming[0] if upcoming else event.occurrences.order_by("-start").first()
        )
        if shown is not None:
            context["structured_data"] = event_script(event, shown, site_address)
            context["partner_times"] = partner_times(event, shown)
        if event.repeat:
            today = timezone.localdate()
            context.update(
                later_dates=upcoming[1:],
                skipped_days=[day for day in sorted(event.exceptions) if day >= today],
            )
        return context
