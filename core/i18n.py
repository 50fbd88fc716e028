"""The current page in every language: for the switcher, hreflang links and the canonical link."""

import functools

from django.conf import settings
from django.urls import Resolver404, get_script_prefix, get_urlconf, resolve, reverse
from django.utils import translation
from django.utils.translation import get_language_info


class TranslatedPageMixin:
    """For views whose URL is not a plain translation of the path, e.g. one with a translated slug.

    Subclasses with an object override `url_in_language`; the default reverses the same URL name.
    """

    def url_in_language(self, language: str) -> str:
        return translate_path(self.request.path, language)


def translate_path(path: str, language: str) -> str:
    """The same URL in another language, or that language's home page if the path is no page. A slug
    is translated with its object, which only the page's view knows (`url_in_language`): an address
    with a slug and no such view (a 404 page) leads home too."""
    try:
        match = resolve(path)
    except Resolver404:
        match = None
    with translation.override(language):
        if match is None or not match.url_name or "slug" in match.kwargs:
            return reverse("home")
        name = f"{match.namespace}:{match.url_name}" if match.namespace else match.url_name
        return reverse(name, args=match.args, kwargs=match.kwargs)


def object_url(name: str, **kwargs) -> str:
    """`reverse(name, kwargs=kwargs)` in the current language, remembered by this process: a list
    of fifty cards or steps asks for fifty addresses, each a walk through the URL patterns. What an
    address depends on is all in the key (its arguments, the language, the URL configuration)."""
    urlconf = get_urlconf() or settings.ROOT_URLCONF
    language = translation.get_language()
    return _object_url(name, tuple(sorted(kwargs.items())), language, urlconf, get_script_prefix())


@functools.lru_cache(maxsize=4096)
def _object_url(name, kwargs, language, urlconf, prefix) -> str:
    return reverse(name, kwargs=dict(kwargs), urlconf=urlconf)


# Open Graph names a page's language with its region too.
OPEN_GRAPH_LOCALES = {"de": "de_DE", "en": "en_GB", "sw": "sw_TZ", "ro": "ro_RO"}


def alternates(request, view=None) -> list[dict]:
    """One entry per language: code, its name in that language, the URL, and whether it is current."""
    current = translation.get_language()
    origin = settings.SITE_URL
    entries = []
    for code, _name in settings.LANGUAGES:
        if view is not None and hasattr(view, "url_in_language"):
            url = view.url_in_language(code)
        else:
            url = translate_path(request.path, code)
        entries.append(
            {
                "code": code,
                "name": get_language_info(code)["name_local"],
                "url": url,
                "absolute_url": origin + url,
                "current": code == current,
                "open_graph_locale": OPEN_GRAPH_LOCALES.get(code, code),
            }
        )
    return entries


def site_address(path: str = "") -> str:
    """`path` at the site's one configured address (settings.SITE_URL). Never the Host or scheme of the
    request: a page kept in the page cache would hand a forged one on to every later visitor."""
    return settings.SITE_URL + path
