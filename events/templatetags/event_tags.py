from django import template

from core.i18n import site_address
from events.when import in_words, series_in_words

register = template.Library()


@register.simple_tag
def when(event) -> str:
    """When the event (or one date of it) is, in words and German time."""
    return in_words(event.start, event.end, event.all_day)


@register.simple_tag
def series(event) -> str:
    return series_in_words(event)


@register.simple_tag
def webcal(path: str) -> str:
    """A calendar's address for subscribing: webcal: opens the visitor's calendar app, which then
    fetches it over HTTP(S) again and again."""
    address = site_address(path)
    return "webcal:" + address.split(":", 1)[1]
