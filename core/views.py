import logging
import sys

from django.db import DatabaseError, connection
from django.http import (
    HttpResponse,
    HttpResponseNotFound,
    HttpResponseRedirect,
    HttpResponseServerError,
)
from django.template import loader
from django.templatetags.static import static
from django.urls import reverse
from django.utils import translation
from django.utils.cache import patch_cache_control
from django.views.generic import TemplateView

from core.i18n import TranslatedPageMixin, site_address
from core.models import Introduction
from operations import outage

logger = logging.getLogger(__name__)


class HomeView(TranslatedPageMixin, TemplateView):
    """The introduction, then what the content apps show on the home page (the partnerships first)."""

    template_name = "core/home.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(introduction=Introduction.objects.first(), **kwargs)


class RobotsView(TemplateView):
    template_name = "robots.txt"
    content_type = "text/plain; charset=utf-8"

    def get_context_data(self, **kwargs):
        return super().get_context_data(sitemap_url=site_address(reverse("sitemap")), **kwargs)


# A monitor asks often and wants a quick answer: a new connection has this long to be made and to
# answer SELECT 1 (the connect itself is given libpq's minimum of two seconds).
HEALTH_CHECK_SECONDS = 1.5


def healthz(request):
    """200 when a new connection to the database can be made and answers a query, 503 when not: for
    load balancers and monitors. Every check makes its own connection (milliseconds on a healthy
    server), so every worker gives the same answer: a worker's kept connection may still answer while
    the server takes no new ones, which the next page that needs one would find out."""
    try:
        connection.probe(HEALTH_CHECK_SECONDS)
    except DatabaseError as error:
        logger.warning("Health check: the database does not answer (%s)", outage.first_line(error))
        return HttpResponse("database unavailable\n", status=503, content_type="text/plain")
    return HttpResponse("ok\n", content_type="text/plain")


def server_error(request):
    """The 500 page in the visitor's language, without touching the database that may be the cause;
    the 503 page when the database is the cause. The language comes from the address: the error may
    have come before LocaleMiddleware set it (in the page cache)."""
    language = translation.get_language_from_path(request.path_info) or translation.get_language()
    with translation.override(language):
        return error_page(request, sys.exc_info()[1])


def error_page(request, error):
    if outage.database_unavailable(error):
        return outage.unavailable_response(request, database_unavailable=True)
    try:
        body = loader.render_to_string("500.html", {"request": request})
    except Exception:  # the layout itself failed: a plain message beats a blank page
        logger.exception("The 500 page could not be rendered")
        body = "<!doctype html><title>500</title><p>Server error / Serverfehler.</p>"
    return HttpResponseServerError(body)


def page_not_found(request, exception=None):
    """The 404 page. Django's own runs the CSRF check first (for a token the page might show), which
    reads the body of a POST: a body that cannot be parsed then turned a 404 into a 500. No public page
    has a CSRF token, so this one reads nothing of the request but its address."""
    return HttpResponseNotFound(loader.render_to_string("404.html", request=request))


def csrf_failure(request, reason=""):  # pragma: no mutate (Django's signature; the page names no reason)
    """A stale or foreign form: say so in words and keep the visitor on the site."""
    body = loader.render_to_string("403_csrf.html", request=request)
    return HttpResponse(body, status=403)


def favicon(request):
    """Browsers, feed readers and the admin ask for /favicon.ico by habit; the site's icon is an SVG.

    A temporary redirect: the target's hashed name changes when the icon does.
    """
    response = HttpResponseRedirect(static("img/favicon.svg"))
    patch_cache_control(response, public=True, max_age=24 * 3600)
    return response
