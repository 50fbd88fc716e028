from itertools import groupby

from django.http import Http404, HttpResponsePermanentRedirect
from django.shortcuts import redirect
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.views.generic import DetailView, ListView

from core.filters import NearestPageMixin
from core.i18n import TranslatedPageMixin
from core.translated_text import translated_text
from events.filters import EventFilter, month_key, month_label
from events.models import Event
from operations import page_cache
from partnerships.models import Partnership, SustainableDevelopmentGoal
from publishing.preview import PreviewMixin
from publishing.slugs import OldSlugRedirectMixin, moved_address

EVENTS_PER_PAGE = 25


def by_month(events) -> list[tuple[str, list[Event]]]:
    """The events under the month they start in, in German time: ("Dezember 2026", [...])."""
    return [
        (month_label(key), list(group)) for key, group in groupby(events, key=lambda e: month_key(e.start))
    ]


def _choices() -> tuple[list[str], list[tuple[str, str]], list[tuple[str, str]]]:
    """What the calendar's filter offers: the months with upcoming events, and the partnerships and
    themes that have some."""
    upcoming = Event.objects.published().upcoming()
    months = list(dict.fromkeys(month_key(start) for start in upcoming.values_list("start", flat=True)))
    partnerships = Partnership.objects.published().filter(events__in=upcoming).distinct()
    themes = SustainableDevelopmentGoal.objects.filter(events__in=upcoming).distinct()
    return (
        months,
        list(partnerships.values_list("slug", "city")),
        [(str(theme.number), f"{theme.number}. {translated_text(theme, 'name')}") for theme in themes],
    )


class EventListView(NearestPageMixin, TranslatedPageMixin, ListView):
    """The calendar: upcoming events, soonest first, under their months; filtered without JavaScript."""

    template_name = "events/event_list.html"
    context_object_name = "events"
    paginate_by = EVENTS_PER_PAGE

    def get_queryset(self):
        months, partnerships, themes = page_cache.remembered("event-choices", _choices)
        self.filter_form = EventFilter(self.request.GET or None, months, partnerships, themes)
        page_cache.understood(self.request, **self.filter_form.taken())
        events = self.filter_form.apply(Event.objects.published().upcoming())
        return events.select_related("venue").prefetch_related("partnerships")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(filter_form=self.filter_form, **kwargs)
        context["months"] = by_month(context["events"])
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
    starts = Event.objects.published().past().values_list("start", flat=True)
    return list(dict.fromkeys(timezone.localtime(start).year for start in starts))


def archive(request):
    """The archive starts with the latest year that has past events."""
    years = page_cache.remembered("event-archive-years", _archive_years)
    if not years:
        return EventArchiveView.as_view()(request, year=timezone.localdate().year)
    return redirect("events:archive_year", year=years[0])


class EventArchiveView(TranslatedPageMixin, ListView):
    """Past events of one year, latest first, with links to the other years."""

    template_name = "events/event_archive.html"
    context_object_name = "events"

    def get_queryset(self):
        self.years = page_cache.remembered("event-archive-years", _archive_years)
        year = self.kwargs["year"]
        if self.years and year not in self.years:
            raise Http404(_("There are no past events of this year."))
        start = timezone.make_aware(timezone.datetime(year, 1, 1))
        following = timezone.make_aware(timezone.datetime(year + 1, 1, 1))
        past = Event.objects.published().past().filter(start__gte=start, start__lt=following)
        return past.select_related("venue").prefetch_related("partnerships")

    def get_context_data(self, **kwargs):
        return super().get_context_data(year=self.kwargs["year"], years=self.years, **kwargs)


class EventDetailView(OldSlugRedirectMixin, PreviewMixin, TranslatedPageMixin, DetailView):
    """An event's page: when in words, where, how to get in, and what changed."""

    template_name = "events/event_detail.html"
    context_object_name = "event"
    slug_model = Event

    def get_queryset(self):
        return (
            Event.objects.published()
            .select_related("venue", "milestone__partnership")
            .prefetch_related("partnerships", "themes")
        )

    def url_in_language(self, language):
        with translation.override(language):
            return self.object.get_absolute_url()
