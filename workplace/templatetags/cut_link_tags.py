from django import template
from django.db.models import QuerySet

from workplace import cut_links

register = template.Library()


@register.simple_tag
def links_cut_by(objects) -> list:
    """For the delete confirmations: the links that deleting `objects` (one or a queryset) cuts."""
    return cut_links.cuts(objects if isinstance(objects, QuerySet) else [objects])
