from django import template

from partnerships.maps import partner_map as build_map
from partnerships.models import Partnership

register = template.Library()


@register.inclusion_tag("partnerships/map.html")
def partner_map(partnerships, zoom=False, caption_id="map-caption"):
    """Arnsberg and the given partner cities (or one partnership) on the site's own world map."""
    if isinstance(partnerships, Partnership):
        partnerships = [partnerships]
    context = build_map(partnerships, zoom=zoom)
    context.update(caption_id=caption_id, names=", ".join(p["name"] for p in context["places"]))
    return context
