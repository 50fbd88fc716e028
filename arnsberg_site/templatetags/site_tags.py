from django import template

from arnsberg_site.i18n import alternates

register = template.Library()


@register.simple_tag(takes_context=True)
def page_alternates(context):
    """The current page in each language; empty where there is no request (the 500 page)."""
    request = context.get("request")
    if request is None:
        return []
    return alternates(request, context.get("view"))
