"""schema.org data embedded in a page as JSON-LD."""

import json

from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe

# As in Django's json_script: nothing in the data can close the <script> element. Replaced one by one:
# str.translate with a table took longer than writing the data for sixty timeline steps.
_ESCAPES = ((">", "\\u003E"), ("<", "\\u003C"), ("&", "\\u0026"))


def json_ld(data: dict) -> SafeString:
    payload = json.dumps({"@context": "https://schema.org", **data}, ensure_ascii=False)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(_escaped(payload)))


def _escaped(payload: str) -> str:
    for character, escape in _ESCAPES:
        payload = payload.replace(character, escape)
    return payload
