"""Reading the HTML a visitor gets, without a browser."""

from html.parser import HTMLParser


class _Collector(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def tags(html: str, name: str) -> list[dict]:
    """The attributes of every <name> element, in document order."""
    collector = _Collector()
    collector.feed(html)
    return [attrs for tag, attrs in collector.tags if tag == name]


def links(html: str, rel: str) -> list[dict]:
    return [attrs for attrs in tags(html, "link") if attrs.get("rel") == rel]


def hreflangs(html: str) -> dict[str, str]:
    return {attrs["hreflang"]: attrs["href"] for attrs in links(html, "alternate")}
