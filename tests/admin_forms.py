"""Sending an admin form back as a browser would: with the values the page filled in."""

from tests.html import soup


def form_values(html: str, form_id: str) -> dict:
    form = soup(html).select_one(f"form#{form_id}")
    data: dict[str, list[str]] = {}
    for field in form.select("input[name], textarea[name], select[name]"):
        name, kind = field["name"], field.get("type", "")
        if field.name == "textarea":
            data.setdefault(name, []).append(field.text.removeprefix("\n"))
        elif field.name == "select":
            data.setdefault(name, []).extend(o.get("value", o.text) for o in field.select("option[selected]"))
        elif kind in ("checkbox", "radio"):
            if field.has_attr("checked"):
                data.setdefault(name, []).append(field.get("value", "on"))
        elif kind not in ("submit", "button", "file"):
            data.setdefault(name, []).append(field.get("value", ""))
    return data


def resubmit(client, url: str, form_id: str, **changes):
    """GET the form at `url`, change some fields, POST it back with CRLF line ends, as browsers do."""
    data = form_values(client.get(url, HTTP_ACCEPT_LANGUAGE="de").content.decode(), form_id)
    data.update({name: [value] for name, value in changes.items()})
    crlf = {name: [value.replace("\n", "\r\n") for value in values] for name, values in data.items()}
    return client.post(url, crlf, HTTP_ACCEPT_LANGUAGE="de")
