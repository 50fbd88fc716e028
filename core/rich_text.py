"""Body texts with paragraphs, subheadings, emphasis, lists and links, and nothing else.

What the editor offers (django-prose-editor) and what the sanitizer lets through (nh3) come from one
list of extensions, so the two cannot drift apart. A text is sanitized when it is saved and again when
it is shown: whatever reaches the database by another road (a restored revision, a shell, an import)
still shows no script, event handler, style or unknown tag.
"""

import html
import re

import nh3
from django import forms
from django.conf import settings
from django.utils.html import format_html, linebreaks
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext_lazy as _
from django_prose_editor.config import allowlist_from_extensions
from django_prose_editor.fields import ProseEditorField

# No colours, fonts, alignment, images or tables: the site's stylesheet decides how a text looks.
# No "open in a new window" either (it surprises screen-reader users). The page's own heading is h1
# and its sections are h2, so editors get h2 and h3 (shifted further down where a text sits deeper).
EXTENSIONS = {
    "Bold": True,
    "Italic": True,
    "Heading": {"levels": [2, 3]},
    "BulletList": True,
    "OrderedList": True,
    "ListItem": True,
    "HardBreak": True,
    "Link": {"enableTarget": False, "protocols": ["http", "https", "mailto", "tel"]},
}

# The editor's toolbar speaks English only; static/js/editor-labels.js puts these on its buttons.
EDITOR_LABELS = {
    "paragraph": _("paragraph"),
    "Paragraph": _("Paragraph"),
    "Heading 2": _("Heading 2"),
    "Heading 3": _("Heading 3"),
    "unordered list": _("bulleted list"),
    "ordered list": _("numbered list"),
    "bold": _("bold"),
    "italic": _("italic"),
    "insert link": _("insert link"),
    "remove link": _("remove link"),
    "undo": _("undo"),
    "redo": _("redo"),
}

_cleaner = nh3.Cleaner(**allowlist_from_extensions(EXTENSIONS))
# No tag at all: the text of a sanitized text (a third of the time of Django's strip_tags, which
# parses again until nothing changes; a timeline's schema.org data frees sixty texts of markup).
_all_tags_off = nh3.Cleaner(tags=set())
# An editor left empty still holds one empty paragraph.
_EMPTY = re.compile(r"(\s|<p>(\s|<br>|&nbsp;)*</p>)*")
_STARTS_WITH_TAG = re.compile(r"\s*<[a-zA-Z]")


def from_plain_text(text: str) -> str:
    """Plain text as HTML, as the site showed it before: an empty line starts a paragraph. Written as
    the editor writes it (no line end between paragraphs), so that saving a form unchanged changes
    nothing."""
    return linebreaks(text, autoescape=True).replace("</p>\n\n<p>", "</p><p>")


def sanitize(value: str | None) -> str:
    """The text with only the allowed tags and attributes; plain text (from before rich text, e.g. in
    an old revision) becomes paragraphs first, so that restoring it loses no line break."""
    if not value or value.isspace():
        return ""
    if not _STARTS_WITH_TAG.match(value):
        value = from_plain_text(value)
    cleaned = _cleaner.clean(value)
    return "" if _EMPTY.fullmatch(cleaned) else cleaned


def render(value: str, top_heading: int = 2) -> SafeString:
    """Sanitized HTML for a page, the editor's h2 becoming `h<top_heading>` (h3 one below, h6 at most)
    so that a text inside a section with its own h2 or h3 keeps the page's outline."""
    shift = top_heading - 2

    def level(match):
        return f"<{match[1]}h{min(int(match[2]) + shift, 6)}>"

    return mark_safe(re.sub(r"<(/?)h([1-6])>", level, sanitize(value)))


_BLOCK_END = re.compile(r"</(p|h[1-6]|ul|ol)>|<br>", re.IGNORECASE)
_ITEM = re.compile(r"<li>", re.IGNORECASE)


_LINK = re.compile(r'<a\b[^>]*\bhref="([^"]*)"[^>]*>(.*?)</a>', re.IGNORECASE | re.DOTALL)


def to_plain_text(value: str, addresses=None) -> str:
    """The text without markup, for calendars, feeds and search engines: paragraphs stay apart, list
    items get a bullet, entities become characters. With `addresses` (a path -> absolute address
    function), a link keeps its address as "text (address)": a calendar cannot show links."""
    text = sanitize(value)
    if addresses is not None:
        text = _LINK.sub(lambda match: _with_address(match, addresses), text)
    text = text.replace("</p></li>", "</li>").replace("</li>", "\n")
    text = _ITEM.sub("• ", text)
    text = _BLOCK_END.sub(lambda match: "\n" if match[0].lower() == "<br>" else "\n\n", text)
    text = html.unescape(_all_tags_off.clean(text))
    return re.sub(r"\n{3,}", "\n\n", "\n".join(line.strip() for line in text.splitlines())).strip()


def _with_address(match, addresses) -> str:
    href = html.unescape(match[1])
    address = addresses(href) if href.startswith("/") else href
    address = address.removeprefix("mailto:")
    label = match[2]
    plain = html.unescape(_all_tags_off.clean(label)).strip()
    return label if plain in (address, href) else f"{label} ({html.escape(address)})"


class RichTextDisplay(forms.Widget):
    """A rich text as a page shows it, for reading in a form (a translator's German source)."""

    def render(self, name, value, attrs=None, renderer=None):
        source = settings.LANGUAGE_CODE
        return format_html('<div class="readonly rich-text" lang="{}">{}</div>', source, render(value or ""))


class RichTextField(ProseEditorField):
    """A body text: edited in the prose editor with `EXTENSIONS`, sanitized whenever it is saved."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("extensions", EXTENSIONS)
        kwargs.setdefault("sanitize", sanitize)
        super().__init__(*args, **kwargs)

    def pre_save(self, model_instance, add):
        value = getattr(model_instance, self.attname)
        if value is not None:
            value = sanitize(value)
            # Into the instance's own value, not through setattr: on the untranslated original field,
            # modeltranslation's setter would write into the current language's field.
            model_instance.__dict__[self.attname] = value
        return value
