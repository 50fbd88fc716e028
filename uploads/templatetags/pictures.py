"""`{% picture %}`: a photo in the size the screen needs, or a thumbnail for a visitor saving data."""

from django import template
from django.core.files.storage import default_storage

from uploads.images import saves_data

register = template.Library()


@register.inclusion_tag("includes/picture.html", takes_context=True)
def picture(context, renditions, alt="", sizes="100vw", eager=False, link_larger=True):
    """A responsive <picture>: WebP with a JPEG fallback, width and height set so nothing jumps; below
    the first screen (not `eager`) loaded when scrolled to. A visitor whose browser asks to save data
    (`Save-Data: on`) gets the smallest copy only, with a link to the large one and its size
    (`link_larger=False` where the picture links to it already, or is a small decorative one).

    `alt` may be a translated text: an alt text in German on an English page is marked as German.
    """
    if not renditions:
        return {"renditions": None}
    url = default_storage.url
    thumbnail, largest = renditions[0], renditions[-1]
    shown = [thumbnail] if saves_data(context.get("request")) else renditions
    return {
        "renditions": shown,
        "webp_srcset": ", ".join(f"{url(r['webp'])} {r['width']}w" for r in shown),
        "jpeg_srcset": ", ".join(f"{url(r['jpeg'])} {r['width']}w" for r in shown),
        "src": url(shown[-1]["jpeg"]),
        "width": shown[-1]["width"],
        "height": shown[-1]["height"],
        "alt": str(alt),
        "alt_language": alt.language if getattr(alt, "is_fallback", False) else "",
        "sizes": sizes,
        "eager": eager,
        "thumbnail_only": shown != renditions,
        "link_larger": link_larger,
        "larger": url(largest["jpeg"]),
        "larger_size": _size(largest["jpeg"]) if shown != renditions else None,
    }


def _size(name: str) -> int | None:
    try:
        return default_storage.size(name)
    except OSError:
        return None
