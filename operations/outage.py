"""When the database is away: the site's 503 page, and one log line per failed request.

A refused or timed-out connection and a query the server gave up on (statement_timeout) all reach
Django as OperationalError; a connection that broke mid-request as InterfaceError. Neither is a bug in
the site, so the visitor gets the 503 page with Retry-After (browsers, crawlers and nginx's cache know
what that means) instead of the 500 page, and the log gets a line instead of a traceback.
"""

import logging

from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.template import loader
from django.utils.cache import patch_cache_control

# A database restart takes seconds; a crawler that comes back after half a minute finds the page.
RETRY_AFTER_SECONDS = 30


def database_unavailable(error: BaseException | None) -> bool:
    return isinstance(error, (OperationalError, InterfaceError))


def unavailable_response(request, retry_after: int = RETRY_AFTER_SECONDS, **context) -> HttpResponse:
    """The site's 503 page in the visitor's language, never stored: for a database that is away
    (`database_unavailable=True`: the page then touches no database) or planned maintenance
    (`maintenance=…`, notices.middleware)."""
    body = loader.render_to_string("503.html", {"request": request, **context})
    response = HttpResponse(body, status=503, headers={"Retry-After": str(retry_after)})
    patch_cache_control(response, no_store=True)
    return response


def first_line(error: BaseException) -> str:
    return (str(error).strip().splitlines() or [type(error).__name__])[0]


class OutageLogFilter(logging.Filter):
    """On django.request, where every answer of 500 or more is logged as an error (and mailed):

    - a request that failed because the database is away is one line naming the cause, without the
      traceback (which would be the same hundreds of times);
    - a 503 the site answers on purpose (maintenance, /healthz) is no error: whoever answers it logs it.
    """

    def filter(self, record):
        error = record.exc_info[1] if record.exc_info else None
        if database_unavailable(error):
            record.msg = f"{record.msg} (database unavailable: %s)"
            record.args = (*record.args, first_line(error))
            record.exc_info = record.exc_text = None
            return True
        return not (getattr(record, "status_code", None) == 503 and error is None)
