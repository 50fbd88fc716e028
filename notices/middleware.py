import logging

from django.conf import settings
from django.db import DatabaseError
from django.utils import translation
from django.utils.cache import patch_vary_headers

from notices.active import active_notices, hidden_tokens, seconds_until
from notices.models import Notice
from operations import outage, page_cache
from publishing.preview import keep_private, signed_in_staff, staff_may_view

logger = logging.getLogger(__name__)

# How long to wait when a maintenance window has no end.
DEFAULT_RETRY_SECONDS = 30 * 60


def is_public_page(request) -> bool:
    """Public pages are the ones under a language prefix (i18n_patterns in urls.py).

    Everything else is left alone: the admin (editors must be able to end a maintenance window),
    /healthz (monitors must see the truth), robots.txt, the sitemap, static and media files, and
    the hiding endpoint.
    """
    return translation.get_language_from_path(request.path_info) is not None


class NoticeMiddleware:
    """Finds the active notices once per request: the banner shows them, maintenance answers 503.

    Sits after LocaleMiddleware (the 503 page speaks the visitor's language) and after
    AuthenticationMiddleware (staff may look at the site during maintenance).
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request.notices = []
        if not is_public_page(request):
            return self.get_response(request)
        try:
            # Only with a session cookie: asking who is signed in reads the session, and a page that
            # did would vary on cookies for every visitor.
            previews = settings.SESSION_COOKIE_NAME in request.COOKIES and staff_may_view(request, Notice)
            found = (
                active_notices(previews=True)
                if previews
                else page_cache.remembered("notices", active_notices)
            )
            notices = [n for n in found if n.applies_to(request.path)]
        except DatabaseError as error:
            if outage.database_unavailable(error):
                raise  # the page cannot be served either: the site's 503 page (core.views.server_error)
            logger.exception("Notices could not be read; the page is served without them")
            notices = []
        live = [n for n in notices if not n.preview]
        maintenance = next((n for n in live if n.notice.kind == Notice.Kind.MAINTENANCE), None)
        if maintenance and not signed_in_staff(request.user):
            return self.maintenance_response(request, maintenance)
        hidden = hidden_tokens(request)
        request.notices = [n for n in notices if not (n.notice.is_dismissible and n.token in hidden)]
        response = self.get_response(request)
        if any(n.preview for n in notices):
            keep_private(response)
        if any(n.notice.is_dismissible for n in notices):
            # Whether a banner shows depends on the hiding cookie: shared caches must key on it.
            patch_vary_headers(response, ["Cookie"])
        return response

    def maintenance_response(self, request, maintenance):
        retry_after = seconds_until(maintenance.notice.ends_at, default=DEFAULT_RETRY_SECONDS)
        return outage.unavailable_response(request, retry_after, maintenance=maintenance)
