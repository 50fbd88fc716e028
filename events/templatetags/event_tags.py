from django import template

from events.when import in_words

register = template.Library()


@register.simple_tag
def when(event) -> str:
    """When the event is, in words and German time."""
    return in_words(event.start, event.end, event.all_day)
