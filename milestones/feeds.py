from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from core.feeds import SiteFeed
from core.rich_text import to_plain_text
from milestones.dates import date_range_text
from milestones.models import Milestone


class MilestoneFeed(SiteFeed):
    """The latest milestones of every partnership, newest change first, in the page's language."""

    title = _("Milestones of Arnsberg's international partnerships")
    subtitle = _("New and updated steps of the City of Arnsberg's partnerships.")

    def page_path(self, obj):
        return reverse("milestones:timeline")

    def items(self):
        return Milestone.objects.published().select_related("partnership").order_by("-updated_at")[:50]

    def item_title(self, item):
        return f"{item.partnership.city}: {item.title}"

    def item_description(self, item):
        when = date_range_text(item.start_date, item.end_date) if item.start_date else ""
        return " · ".join(filter(None, [when, item.location, to_plain_text(item.description)]))

    def item_pubdate(self, item):
        return item.created_at

    def item_updateddate(self, item):
        return item.updated_at
