import logging

from django.db import DatabaseError, connection
from django.http import HttpResponse, HttpResponseServerError
from django.template import loader
from django.views.generic import TemplateView

logger = logging.getLogger(__name__)


class RobotsView(TemplateView):
    template_name = "robots.txt"
    content_type = "text/plain; charset=utf-8"


def healthz(request):
    """200 when the database answers a query, 503 when it does not: for load balancers and monitors."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        logger.exception("Health check: the database does not answer")
        return HttpResponse("database unavailable\n", status=503, content_type="text/plain")
    return HttpResponse("ok\n", content_type="text/plain")


def server_error(request):
    """The 500 page in the visitor's language, without touching the database that may be the cause."""
    try:
        body = loader.render_to_string("500.html", {"request": request})
    except Exception:  # the layout itself failed: a plain message beats a blank page
        logger.exception("The 500 page could not be rendered")
        body = "<!doctype html><title>500</title><p>Server error / Serverfehler.</p>"
    return HttpResponseServerError(body)


def csrf_failure(request, reason=""):
    """A stale or foreign form: say so in words and keep the visitor on the site."""
    body = loader.render_to_string("403_csrf.html", {"reason": reason}, request=request)
    return HttpResponse(body, status=403)
