from django import template

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
