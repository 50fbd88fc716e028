from django import template
from django.contrib.contenttypes.models import ContentType
from django.core.files.storage import default_storage
from django.db import DatabaseError
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from core import contributions, rich_text
from core.i18n import alternates, site_address
from core.translated_text import TranslatedText, translated_text
from operations import page_cache
from uploads.models import Download

register = template.Library()


@register.simple_tag(takes_context=True)
def page_alternates(context):
    """The current page in each language; empty where there is no request (the 500 page)."""
    request = context.get("request")
    if request is None:
        return []
    return alternates(request, context.get("view"))


@register.filter
def translated(obj, field) -> TranslatedText:
    """`{{ partnership|translated:"country" }}`: the text in the page's language, or the German text
    marked `<span lang="de">`; `.text` gives it bare, for attributes and titles."""
    return translated_text(obj, field)


@register.simple_tag
def translated_block(obj, field, css_class="text", headings=None, note=True):
    """A translated text as its own block: `<div lang="de">` and a note where it falls back (a whole
    section; a card's summary or a lead says `note=False`: the lang mark is enough); nothing where
    there is no text. The one place that marks a block of text falling back to another language.

    `headings=3` marks a rich text (core.rich_text) whose editor's h2 sits at h3 on this page; without
    it the text is one plain paragraph. Built here, not by an included template: cards and timeline
    steps show one each, and an inclusion costs more than the markup."""
    text = translated_text(obj, field)
    if not text:
        return ""
    body = rich_text.render(text, headings) if headings else format_html("<p>{}</p>", text.text)
    language = format_html(' lang="{}"', text.language) if text.is_fallback else ""
    block = format_html('\n<div class="{}"{}>\n  {}\n</div>', css_class, language, body)
    if text.is_fallback and note:
        if text.language == "de":
            said = _("This text is only available in German.")
        else:
            said = _("This text has not been translated yet; it is shown in English.")
        block += format_html('\n<p class="fallback-note">{}</p>', said)
    return block


@register.simple_tag(takes_context=True)
def sections(context, slot, obj=None):
    """The parts other apps contribute to this page's `slot`, e.g. a partnership's timeline."""
    request = context.get("request")
    rendered = []
    for section in contributions.sections(slot):
        extra = section.context(request, obj)
        if extra is None:
            continue
        with context.push(**extra):
            rendered.append(context.template.engine.get_template(section.template_name).render(context))
    return mark_safe("".join(rendered))


@register.simple_tag(takes_context=True)
def footer_links(context):
    """(label, URL) pairs the content apps put in every page's footer: the legal pages, the feedback form.
    None on an error page whose database is away: the page itself must still be shown, at once."""
    if context.get("database_unavailable"):
        return []
    try:
        return contributions.footer_links(context.get("request"))
    except DatabaseError:
        return []


@register.simple_tag(takes_context=True)
def main_navigation(context):
    """The header's entries from the content apps, each saying whether it is the current page."""
    match = getattr(context.get("request"), "resolver_match", None)
    entries = []
    for entry in contributions.navigation():
        if match is not None and match.view_name == entry.url_name:
            current = "page"
        elif match is not None and contributions.section_of(match.namespace) == entry.section:
            current = "true"
        else:
            current = ""
        entries.append({"label": entry.label, "url_name": entry.url_name, "current": current})
    return entries


@register.filter
def media_url(name: str) -> str:
    """The address of a stored file (an upload or one of its renditions)."""
    return default_storage.url(name)


@register.tag
def capture(parser, token):
    """`{% capture as name %}…{% endcapture %}` renders its content once into `name`: so that a page's
    title block can be shown twice, in <title> and in the Open Graph title."""
    bits = token.split_contents()
    if len(bits) != 3 or bits[1] != "as":
        raise template.TemplateSyntaxError("Use {% capture as name %}…{% endcapture %}.")
    nodelist = parser.parse(("endcapture",))
    parser.delete_first_token()
    return CaptureNode(nodelist, bits[2])


class CaptureNode(template.Node):
    def __init__(self, nodelist, name):
        self.nodelist, self.name = nodelist, name

    def render(self, context):
        # What a template renders is escaped already; marked safe, it is not escaped twice.
        context[self.name] = mark_safe(" ".join(self.nodelist.render(context).split()))
        return ""


@register.simple_tag(takes_context=True)
def absolute_url(context, path):
    """An address with scheme and host, as Open Graph wants it: the site's configured one."""
    return site_address(path)


@register.inclusion_tag("includes/open_graph_image.html", takes_context=True)
def open_graph_image(context, renditions, alt=""):
    """The largest JPEG rendition of a page's image, for link previews in messengers and social media."""
    if not renditions:
        return {}
    largest = renditions[-1]
    url = absolute_url(context, default_storage.url(largest["jpeg"]))
    # An attribute takes plain text: a German fallback's <span lang> would break the page's head.
    return {"url": url, "width": largest["width"], "height": largest["height"], "alt": str(alt)}


@register.inclusion_tag("includes/downloads.html", takes_context=True)
def downloads(context, obj):
    """The documents attached to `obj`, from the shared cache: no query while nothing was saved."""
    kind = ContentType.objects.get_for_model(obj)
    listed = page_cache.remembered(
        f"downloads:{kind.pk}:{obj.pk}",
        lambda: list(Download.objects.filter(content_type=kind, object_id=obj.pk)),
    )
    request = context.get("request")
    return {"downloads": listed, "page": request.path if request else ""}
