"""The statistics in the admin: one page (the list of "Besuchsstatistik") with a period to choose,
the chart of views per day and the tables; read only, for editors."""

import datetime

from django.contrib import admin
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.dateparse import parse_date
from django.utils.translation import gettext as _

from core.admin import ReadOnlyAdmin
from visits import report
from visits.models import DayCount, Measure


def _period(request) -> tuple[report.Period, str]:
    """The period asked for (?start=&end=, ISO dates); the last 30 days if none or nonsense."""
    today = timezone.localdate()
    try:
        start = parse_date(request.GET.get("start", "")) or today - datetime.timedelta(days=29)
        end = parse_date(request.GET.get("end", "")) or today
    except ValueError:
        return report.Period(today - datetime.timedelta(days=29), today), _("Not a date: the last 30 days.")
    if end < start or (end - start).days > 366:
        return report.Period(today - datetime.timedelta(days=29), today), _(
            "A period of one day to a year, the start before the end: the last 30 days."
        )
    return report.Period(start, end), ""


@admin.register(DayCount)
class DayCountAdmin(ReadOnlyAdmin):
    def changelist_view(self, request, extra_context=None):
        if not self.has_view_permission(request):
            return super().changelist_view(request, extra_context)  # refused as Django refuses
        period, problem = _period(request)
        days = report.per_day(period)
        context = {
            **self.admin_site.each_context(request),
            "title": _("Visit statistics"),
            "opts": self.model._meta,
            "period": period,
            "problem": problem,
            "total": sum(total for _day, total in days),
            "chart": report.chart(days),
            "tables": [(Measure(measure).label, rows) for measure, rows in report.tables(period).items()],
            "partnerships": report.per_partnership(period),
        }
        return TemplateResponse(request, "admin/visits/report.html", context)
