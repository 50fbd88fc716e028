"""What the checks read in a rich text: its headings, links and images, and its sentences and words.
One pass of the standard library's tolerant parser: malformed markup of an old revision is read as far
as it goes, and thousands of links take linear time."""

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

from core.rich_text import to_plain_text

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
_WORD = re.compile(r"[^\W\d_]+(?:[-'][^\W\d_]+)*")


@dataclass
class Structure:
    headings: list = field(default_factory=list)  # (level, text)
    links: list = field(default_factory=list)  # (href, text)
    images: list = field(default_factory=list)  # alt text, None when missing


class _Reader(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.found, self.heading, self.link = Structure(), None, None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if re.fullmatch(r"h[1-6]", tag):
            self.heading = [int(tag[1]), ""]
        elif tag == "a":
            self.link = [attrs.get("href") or "", ""]
        elif tag == "img":
            self.found.images.append(attrs.get("alt"))

    def handle_endtag(self, tag):
        if re.fullmatch(r"h[1-6]", tag) and self.heading:
            self.found.headings.append((self.heading[0], " ".join(self.heading[1].split())))
            self.heading = None
        elif tag == "a" and self.link:
            self.found.links.append((self.link[0], " ".join(self.link[1].split())))
            self.link = None

    def handle_data(self, data):
        for part in (self.heading, self.link):
            if part is not None:
                part[1] += data


def structure(html: str) -> Structure:
    reader = _Reader()
    reader.feed(html or "")
    reader.close()
    # An element left open by broken markup counts as far as it went.
    if reader.link is not None:
        reader.found.links.append((reader.link[0], " ".join(reader.link[1].split())))
    if reader.heading is not None:
        reader.found.headings.append((reader.heading[0], " ".join(reader.heading[1].split())))
    return reader.found


def sentences(text: str) -> list[str]:
    """The sentences of a rich or plain text, as plain text."""
    plain = (
        " ".join(to_plain_text(text or "").split()) if "<" in (text or "") else " ".join((text or "").split())
    )
    return [sentence for sentence in _SENTENCE_END.split(plain) if _WORD.search(sentence)]


def words(sentence: str) -> list[str]:
    return _WORD.findall(sentence)
