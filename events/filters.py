from django import forms
from django.utils import formats, timezone
from django.utils.translation import gettext_lazy as _

from core.filters import ListFilter, ListSelect
from events.models import Event


def month_key(moment) -> str:
    """ "2026-12": the month of a moment, in German time."""
    return timezone.localtime(moment).strftime("%Y-%m")


def month_label(key: str) -> str:
    year, month = (int(part) for part in key.split("-"))
    return formats.date_format(timezone.datetime(year, month, 1), "YEAR_MONTH_FORMAT")


# "On site" includes the events on site and online; "online" those one can join from afar.
KINDS = {
    Event.Attendance.ON_SITE: [Event.Attendance.ON_SITE, Event.Attendance.MIXED],
    Event.Attendance.ONLINE: [Event.Attendance.ONLINE, Event.Attendance.MIXED],
}


class EventFilter(ListFilter):
    """The calendar by month, partnership, theme and kind, as a plain form (no JavaScript needed).
    Only values the calendar offers are taken; anything else is an error, and every event is shown."""

    month = forms.ChoiceField(label=_("Month"), required=False, widget=ListSelect)
    partnership = forms.ChoiceField(label=_("Partnership"), required=False, widget=ListSelect)
    theme = forms.ChoiceField(label=_("Theme"), required=False, widget=ListSelect)
    kind = forms.ChoiceField(label=_("Kind"), required=False, widget=ListSelect)

    def __init__(self, data, months, partnerships, themes):
        super().__init__(data)
        fields = self.fields
        fields["month"].choices = [("", _("All months")), *((key, month_label(key)) for key in months)]
        fields["partnership"].choices = [("", _("All partnerships")), *partnerships]
        fields["theme"].choices = [("", _("All themes")), *themes]
        fields["kind"].choices = [("", _("All kinds")), *Event.Attendance.choices]

    def apply(self, dates):
        """`dates`: Occurrence rows, each date of an event its own entry."""
        if not self.filters:
            return dates
        chosen = self.cleaned_data
        if chosen["month"]:
            year, month = (int(part) for part in chosen["month"].split("-"))
            start = timezone.make_aware(timezone.datetime(year, month, 1))
            following = timezone.make_aware(timezone.datetime(year + month // 12, month % 12 + 1, 1))
            dates = (
                dates.filter(start__lt=following)
                .exclude(end__lt=start)
                .exclude(end__isnull=True, start__lt=start)
            )
        if chosen["partnership"]:
            dates = dates.filter(event__partnerships__slug=chosen["partnership"])
        if chosen["theme"]:
            dates = dates.filter(event__themes__number=int(chosen["theme"]))
        if chosen["kind"]:
            dates = dates.filter(event__attendance__in=KINDS.get(chosen["kind"], [chosen["kind"]]))
        return dates.distinct()
