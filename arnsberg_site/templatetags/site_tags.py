from django import template
from django.core.files.storage import default_storage

from arnsberg_site.i18n import alternates
from arnsberg_site.translated_text import translated_text

register = template.Library()


@register.simple_tag(takes_context=True)
def page_alternates(context):
    """The current page in each language; empty where there is no request (the 500 page)."""
    request = context.get("request")
    if request is None:
        return []
    return alternates(request, context.get("view"))


@register.simple_tag
def translated(obj, field):
    """`{% translated partnership "summary" as summary %}`: text, language and whether it fell back."""
    return translated_text(obj, field)


@register.inclusion_tag("includes/picture.html")
def picture(renditions, alt="", sizes="100vw", eager=False):
    """A responsive <picture>: WebP with a JPEG fallback, width and height set so nothing jumps."""
    if not renditions:
        return {"renditions": None}
    url = default_storage.url
    largest = renditions[-1]
    return {
        "renditions": renditions,
        "webp_srcset": ", ".join(f"{url(r['webp'])} {r['width']}w" for r in renditions),
        "jpeg_srcset": ", ".join(f"{url(r['jpeg'])} {r['width']}w" for r in renditions),
        "src": url(largest["jpeg"]),
        "width": largest["width"],
        "height": largest["height"],
        "alt": alt,
        "sizes": sizes,
        "eager": eager,
    }
