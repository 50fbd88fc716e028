"""The service worker's script and the page it shows offline."""

import json

from django.conf import settings
from django.templatetags.static import static
from django.urls import reverse
from django.utils import translation
from django.utils.decorators import method_decorator
from django.views.decorators.cache import cache_control
from django.views.generic import TemplateView

from core.i18n import OPEN_GRAPH_LOCALES, TranslatedPageMixin
from operations import page_cache
from pages.views import office
from partnerships.models import Partnership
from uploads.images import saves_data

# The most pages a visitor's device keeps; the oldest read goes first.
MOST_PAGES = 50


def privacy_section(request, page) -> dict | None:
    """On the privacy statement: what the browser keeps on the visitor's device, and how to remove it."""
    return {} if page is not None and page.kind == page.Kind.PRIVACY else None


def save_data_variant(request) -> str:
    return "save-data" if saves_data(request) else ""


def offline_urls() -> dict[str, str]:
    addresses = {}
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            addresses[code] = reverse("offline")
    return addresses


# Browsers check for a new worker on every visit; no cache in between may hold the old one.
@method_decorator(cache_control(no_cache=True, max_age=0), name="dispatch")
class ServiceWorkerView(TemplateView):
    """`/sw.js`, at the root so that it may serve every language's pages. Its text names this
    release (page_cache.state_key): a new release is a new worker, which drops the old copies of
    styles and scripts but keeps the pages read."""

    template_name = "offline/sw.js"
    content_type = "text/javascript; charset=utf-8"

    def get_context_data(self, **kwargs):
        codes = [code for code, _name in settings.LANGUAGES]
        settings_for_worker = {
            "release": page_cache.state_key().rsplit(":", 1)[-1],
            "languages": codes,
            # The note's date as the site writes dates in each language ("4 December 2026" in English).
            "locales": {code: OPEN_GRAPH_LOCALES[code].replace("_", "-") for code in codes},
            "offline": offline_urls(),
            "shell": [static("css/site.css"), static("img/favicon.svg")],
            "static": settings.STATIC_URL,
            "admin": "/" + settings.ADMIN_PATH,
            "mostPages": MOST_PAGES,
        }
        return super().get_context_data(settings_json=json.dumps(settings_for_worker), **kwargs)


class OfflineView(TranslatedPageMixin, TemplateView):
    """What a visitor sees offline where no copy of the page was kept: the pages that were, and how
    to reach each partnership's people. Precached by the worker in every language."""

    template_name = "offline/offline_page.html"

    def get_context_data(self, **kwargs):
        partnerships = Partnership.objects.published().prefetch_related("contacts")
        return super().get_context_data(
            partnerships=partnerships,
            office=office(self.request),
            **kwargs,
        )
