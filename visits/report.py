"""What the admin shows of the counts for a period: the views per day (for the chart), the most read
pages, the views of each partnership's pages (its own page, and the stories and events that name it),
the languages, the referring sites, the searches that found nothing and the addresses not found."""

import datetime
from dataclasses import dataclass

from django.conf import settings
from django.db.models import Sum
from django.urls import Resolver404, resolve

from events.models import Event
from partnerships.models import Partnership
from stories.models import Story
from visits.models import DayCount, Measure

MOST_ROWS = 30


@dataclass
class Period:
    start: datetime.date
    end: datetime.date

    @property
    def days(self) -> list[datetime.date]:
        return [self.start + datetime.timedelta(days=n) for n in range((self.end - self.start).days + 1)]


def _rows(period, measure):
    rows = DayCount.objects.filter(measure=measure, day__range=(period.start, period.end))
    return rows.values("key").annotate(total=Sum("count")).order_by("-total", "key")


def privacy_section(request, page) -> dict | None:
    """On the privacy statement: what the statistics count, and what they do not keep."""
    return {} if page is not None and page.kind == page.Kind.PRIVACY else None


def per_day(period) -> list[tuple[datetime.date, int]]:
    rows = DayCount.objects.filter(measure=Measure.PAGE, day__range=(period.start, period.end))
    totals = dict(rows.values_list("day").annotate(total=Sum("count")).values_list("day", "total"))
    return [(day, totals.get(day, 0)) for day in period.days]


def _owner(path: str):
    """The content a page of the site shows, by its address (an old slug's address counts too)."""
    try:
        match = resolve(path)
    except Resolver404:
        return None
    models = {"partnerships:detail": Partnership, "stories:detail": Story, "events:detail": Event}
    model = models.get(f"{match.namespace}:{match.url_name}")
    slug = match.kwargs.get("slug")
    if model is None or not slug:
        return None
    language = path.strip("/").split("/")[0]
    if language not in dict(settings.LANGUAGES):
        return None
    return model._base_manager.filter(**{f"slug_{language}": slug}).first()


def per_partnership(period) -> list[tuple[Partnership, int]]:
    totals: dict[int, int] = {}
    for row in _rows(period, Measure.PAGE):
        owner = _owner(row["key"])
        if isinstance(owner, Partnership):
            pks = [owner.pk]
        elif owner is not None:
            pks = list(owner.partnerships.values_list("pk", flat=True))
        else:
            continue
        for pk in pks:
            totals[pk] = totals.get(pk, 0) + row["total"]
    partnerships = Partnership.objects.in_bulk(list(totals))
    return sorted(((partnerships[pk], total) for pk, total in totals.items()), key=lambda pair: -pair[1])


def tables(period) -> dict:
    return {measure: list(_rows(period, measure)[:MOST_ROWS]) for measure in Measure.values}


def chart(days: list[tuple[datetime.date, int]], width=720, height=160) -> dict:
    """Bars of the views per day, as numbers for an SVG the template draws (no script, no library)."""
    highest = max((total for _day, total in days), default=0) or 1
    step = width / max(len(days), 1)
    bars = [
        {"x": round(index * step, 1), "width": round(max(step - 2, 1), 1),
         "height": round(total / highest * (height - 20), 1), "day": day, "total": total}
        for index, (day, total) in enumerate(days)
    ]  # fmt: skip
    for bar in bars:
        bar["y"] = round(height - bar["height"], 1)
    return {"bars": bars, "width": width, "height": height, "highest": highest}
