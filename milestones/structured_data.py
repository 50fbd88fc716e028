"""schema.org Event data for dated milestones, embedded in the page as JSON-LD."""

import json

from django.utils.html import format_html
from django.utils.safestring import mark_safe

from core.rich_text import to_plain_text

# As in Django's json_script: nothing in the data can close the <script> element.
_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


def event(milestone, absolute_url) -> dict:
    data = {
        "@type": "Event",
        "name": milestone.title,
        "startDate": milestone.start_date.isoformat(),
        "endDate": milestone.last_day.isoformat(),
        "eventStatus": "https://schema.org/EventScheduled",
        "url": absolute_url(milestone.get_absolute_url()),
        "organizer": {"@type": "GovernmentOrganization", "name": "Stadt Arnsberg"},
    }
    if milestone.description:
        data["description"] = to_plain_text(milestone.description)
    if milestone.location:
        data["location"] = {"@type": "Place", "name": milestone.location, "address": milestone.location}
    return data


def events_script(milestones, absolute_url):
    events = [event(m, absolute_url) for m in milestones if m.start_date is not None]
    if not events:
        return ""
    payload = json.dumps({"@context": "https://schema.org", "@graph": events}, ensure_ascii=False)
    return format_html(
        '<script type="application/ld+json">{}</script>', mark_safe(payload.translate(_ESCAPES))
    )
