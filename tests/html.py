"""Reading the HTML a visitor gets, without a browser (BeautifulSoup with Python's own parser)."""

from bs4 import BeautifulSoup


def soup(html: str) -> BeautifulSoup:
    return BeautifulSoup(html, "html.parser")


def tags(html: str, name: str) -> list[dict]:
    """The attributes of every <name> element, in document order (class as one string)."""
    return [
        {key: " ".join(value) if isinstance(value, list) else value for key, value in element.attrs.items()}
        for element in soup(html).find_all(name)
    ]


def links(html: str, rel: str) -> list[dict]:
    return [attrs for attrs in tags(html, "link") if attrs.get("rel") == rel]


def hreflangs(html: str) -> dict[str, str]:
    return {attrs["hreflang"]: attrs["href"] for attrs in links(html, "alternate") if "hreflang" in attrs}


def texts(html: str, selector: str) -> list[str]:
    """The visible text of each element the CSS selector finds, whitespace collapsed."""
    return [" ".join(element.get_text(" ").split()) for element in soup(html).select(selector)]
