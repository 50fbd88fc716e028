"""The larger content set of `make bench`: 50 partnerships, 500 milestones and 100 pages in all, and
the calendar's 200 events with 2,000 sign-ups (scripts/bench_calendar.py).

Run by scripts/bench.py against the bench's own database (DATABASE_URL); adds only what is missing,
so a second run changes nothing.
"""

import datetime
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "arnsberg_site.settings")

import django  # noqa: E402
from django.db import connection  # noqa: E402

django.setup()

from milestones.models import Milestone, Phase  # noqa: E402
from pages.models import Page  # noqa: E402
from partnerships.models import Partnership  # noqa: E402
from tests.factories import make_partnership  # noqa: E402

sys.path.insert(0, str(ROOT / "scripts"))
import bench_calendar  # noqa: E402
import bench_photos  # noqa: E402

PARTNERSHIPS, MILESTONES, PAGES = 50, 500, 100
PARAGRAPH = (
    "<p>Die Stadt Arnsberg arbeitet mit ihren Partnerstädten an Klimaschutz, Bildung, Abfallwirtschaft "
    "und Wasserversorgung. Schulen, Vereine und Verwaltung tauschen sich regelmäßig aus.</p>"
)


def main():
    for n in range(Partnership.objects.count(), PARTNERSHIPS):
        make_partnership(
            city_de=f"Beispielstadt {n}",
            city_en=f"Sample town {n}",
            slug_de=f"beispielstadt-{n}",
            slug_en=f"sample-town-{n}",
            summary_de=f"Eine Partnerschaft für Schule und Klima, Nummer {n}.",
            facts=3,
            sdgs=(4, 11, 13),
        )
    partnerships = list(Partnership.objects.order_by("pk"))
    phases = list(Phase.objects.order_by("ordering"))
    for n in range(Milestone.objects.count(), MILESTONES):
        day = datetime.date(2012, 1, 1) + datetime.timedelta(days=11 * n)
        Milestone.objects.create(
            partnership=partnerships[n % len(partnerships)],
            phase=phases[n % len(phases)],
            title_de=f"Besuch und Arbeitstreffen {n}",
            title_en=f"Visit and working meeting {n}",
            description_de=PARAGRAPH,
            start_date=day,
            is_published=True,
        )
    for n in range(Page.objects.count(), PAGES):
        Page.objects.create(
            title_de=f"Projektseite {n}",
            title_en=f"Project page {n}",
            slug_de=f"projektseite-{n}",
            slug_en=f"project-page-{n}",
            body_de=PARAGRAPH * 6,
            is_published=True,
        )
    calendar = bench_calendar.load()
    photos = bench_photos.load()
    # The statistics a live database's autovacuum gathers within a minute: without them the planner
    # takes every new table for one row and joins the bench's 500 milestones the slow way.
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    print(
        f"{Partnership.objects.count()} partnerships, {Milestone.objects.count()} milestones, "
        f"{Page.objects.count()} pages; {calendar}; {photos}"
    )


if __name__ == "__main__":
    main()
