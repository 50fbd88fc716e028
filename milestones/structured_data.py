"""schema.org Event data for dated milestones, embedded in the page as JSON-LD."""

from core.rich_text import to_plain_text
from core.structured_data import json_ld


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
    return json_ld({"@graph": events})
