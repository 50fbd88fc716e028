from django import template
from django.utils import timezone

from core.templatetags.site_tags import translated_block
from core.translated_text import translated_text
from milestones.dates import date_range_html

register = template.Library()


@register.simple_tag
def milestone_dates(milestone):
    """A dated step's dates in <time> elements, as people write them in the page's language."""
    return date_range_html(milestone.start_date, milestone.end_date)


@register.simple_tag
def day(date):
    """One day in a <time> element, as the timeline writes it: 27.09.2023, 27 September 2023."""
    return date_range_html(date)


@register.inclusion_tag("milestones/phases.html", takes_context=True)
def phases(context):
    """A timeline's steps by phase, what each step shows read here once: Django's template language
    reads a value from a dictionary in half the time it takes from a model object, and a timeline shows
    up to sixty steps (3.7 ms of template work became 2.7). `drafts` are marked; on a partnership's own
    timeline the steps do not name it."""
    today, drafts = timezone.localdate(), context.get("drafts", ())
    with_partnership = context.get("partnership") is None
    return {
        "steps": [
            _step(milestone, today, milestone.pk in drafts, with_partnership)
            for milestone in context["milestones"]
        ],
        "filtered": context["filter_form"].filters,
    }


def _step(milestone, today, draft: bool, with_partnership: bool) -> dict:
    """What milestones/phases.html shows of a step, as of `today` (one date for all the page's steps)."""
    when = milestone.when(today)
    partnership = milestone.partnership if with_partnership else None
    return {
        "phase": milestone.phase,
        "pk": milestone.pk,
        "anchor": milestone.anchor,
        "when": when,
        "title": translated_text(milestone, "title"),
        "draft": draft,
        "dates": milestone_dates(milestone) if milestone.start_date else "",
        "location": translated_text(milestone, "location"),
        "partnership_url": partnership.get_absolute_url() if partnership else "",
        "partnership_name": partnership.display_name if partnership else "",
        "description": translated_block(
            milestone, "description", css_class="milestone__description", headings=4, note=False
        ),
        "links": milestone.further_links,
    }
