from django import template

from milestones.dates import date_range_html

register = template.Library()


@register.simple_tag
def milestone_dates(milestone):
    """A dated step's dates in <time> elements, as people write them in the page's language."""
    return date_range_html(milestone.start_date, milestone.end_date)
