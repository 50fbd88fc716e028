"""What each content app brings to the whole site: navigation, page sections, sitemaps and content.

A content app registers its parts in its AppConfig.ready(); the site's header, home page, sitemap and
`load_city_content` read them from here. So adding an app means creating it and adding it to
INSTALLED_APPS and urls.py, and this module never imports a content app.
"""

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass

from django.http import HttpRequest


@dataclass(frozen=True)
class NavigationEntry:
    label: str
    url_name: str
    # The URL namespace whose pages belong to this entry (marked aria-current="true" there).
    section: str
    order: int


@dataclass(frozen=True)
class Section:
    """A part of a page that another app fills, e.g. a partnership's timeline on its page."""

    template_name: str
    # (request, the page's object or None) -> the template's context, or None to leave it out.
    context: Callable[[HttpRequest, object], dict | None]
    order: int


@dataclass(frozen=True)
class UpcomingDate:
    """A date for "Nächste Termine" (an event, a step of the timeline), with its texts ready to show."""

    moment: object  # an aware datetime, to merge the dates of every app in order
    title: str
    url: str
    when: str
    place: str = ""
    partnership: str = ""
    note: str = ""


_navigation: list[NavigationEntry] = []
# The pages that other apps may add sections to, by the name their template's {% sections %} uses.
SLOTS = ("home", "partnership", "page", "theme", "event")
_sections: dict[str, list[Section]] = defaultdict(list)
_sitemaps: dict[str, type] = {}
_content_loaders: list[Callable] = []
_footer_links: list[tuple[int, Callable]] = []
_milestone_links: list[Callable] = []
_editor_tasks: list[Callable] = []
_dates: list[Callable] = []


def add_navigation(label, url_name: str, section: str, order: int) -> None:
    entry = NavigationEntry(label, url_name, section, order)
    if entry not in _navigation:
        _navigation.append(entry)


# URL namespaces whose pages belong to another app's entry: {"signups": "events"}.
_joined_sections: dict[str, str] = {}


def add_pages_to_section(namespace: str, section: str) -> None:
    """The pages of `namespace` belong to the entry of `section` (e.g. a sign-up to the events)."""
    _joined_sections[namespace] = section


def section_of(namespace: str) -> str:
    return _joined_sections.get(namespace, namespace)


class UnknownSlot(LookupError):
    """A slot no page has: a typo would otherwise show nothing, silently."""


def checked_slot(slot: str) -> str:
    if slot not in SLOTS:
        raise UnknownSlot(f"No page has the slot {slot!r}; the slots are {', '.join(SLOTS)}.")
    return slot


def add_section(slot: str, template_name: str, context, order: int) -> None:
    """Show `template_name` in the page slot `slot` (one of SLOTS)."""
    checked_slot(slot)
    section = Section(template_name, context, order)
    if section not in _sections[slot]:
        _sections[slot].append(section)


def add_sitemap(name: str, sitemap: type) -> None:
    _sitemaps[name] = sitemap


def add_footer_links(links: Callable, order: int) -> None:
    """`links(request)` gives (label, URL) pairs for the footer of every page, e.g. the legal pages."""
    if (order, links) not in _footer_links:
        _footer_links.append((order, links))


def add_milestone_links(links: Callable) -> None:
    """`links(milestones)` gives {milestone pk: [(label, URL), …]} for the steps a timeline shows, in
    one query (e.g. the stories that report on them)."""
    if links not in _milestone_links:
        _milestone_links.append(links)


def milestone_links(milestones) -> dict[int, list[tuple[str, str]]]:
    merged: dict[int, list[tuple[str, str]]] = {}
    for links in _milestone_links:
        for pk, pairs in links(milestones).items():
            merged.setdefault(pk, []).extend(pairs)
    return merged


def add_upcoming_dates(dates: Callable) -> None:
    """`dates(about, limit)` gives ([UpcomingDate, …], [(label, URL), …]): the app's next dates (of all,
    of a partnership, of a theme: `about`) and where to find or subscribe to them all."""
    if dates not in _dates:
        _dates.append(dates)


def upcoming_dates(about, limit: int) -> tuple[list[UpcomingDate], list[tuple[str, str]]]:
    parts = [dates(about, limit) for dates in _dates]
    merged = sorted((date for found, _links in parts for date in found), key=lambda date: date.moment)
    return merged[:limit], [link for _found, links in parts for link in links]


def add_editor_tasks(tasks: Callable) -> None:
    """`tasks()` gives (what is still to be done, admin URL to do it) pairs for the admin's start page:
    a legal page's facts to confirm, a partnership without a contact."""
    if tasks not in _editor_tasks:
        _editor_tasks.append(tasks)


def editor_tasks() -> list[tuple[str, str]]:
    return [task for tasks in _editor_tasks for task in tasks()]


def add_content_loader(load: Callable) -> None:
    """`load(loader)` creates the app's shipped content; loaders run in INSTALLED_APPS order."""
    if load not in _content_loaders:
        _content_loaders.append(load)


def navigation() -> list[NavigationEntry]:
    return sorted(_navigation, key=lambda entry: entry.order)


def sections(slot: str) -> list[Section]:
    return sorted(_sections[checked_slot(slot)], key=lambda section: section.order)


def sitemaps() -> dict[str, type]:
    return dict(_sitemaps)


def content_loaders() -> list[Callable]:
    return list(_content_loaders)


def footer_links(request) -> list[tuple[str, str]]:
    return [
        link for _order, links in sorted(_footer_links, key=lambda entry: entry[0]) for link in links(request)
    ]
