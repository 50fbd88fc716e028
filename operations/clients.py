"""Where a request comes from: the sender's address, for limits per sender (sign-in attempts, feedback
reports), and the site of the page that sent a form."""

from urllib.parse import urlsplit

from django.conf import settings


def client_address(request) -> str:
    """Behind the reverse proxy (DJANGO_BEHIND_PROXY=1), every request comes from the proxy: the
    client's address is in X-Real-IP, which deploy/nginx.conf sets (overwriting a client's own).
    Without the proxy that header is the client's to invent, so it is not believed."""
    if settings.BEHIND_PROXY and request.META.get("HTTP_X_REAL_IP"):
        return request.META["HTTP_X_REAL_IP"]
    return request.META.get("REMOTE_ADDR", "")


def from_this_site(request) -> bool:
    """A form post sent from a page of this site. A browser says where the page that sent it lives
    (Origin, else Referer, else Sec-Fetch-Site); a foreign or opaque ("null") origin is refused. A
    program that names none is let through: it could have named any."""
    own = {settings.SITE_URL, _own_origin(request), *settings.CSRF_TRUSTED_ORIGINS}
    origin = request.headers.get("Origin")
    if origin:
        return origin in own
    if request.headers.get("Sec-Fetch-Site") == "cross-site":
        return False
    referer = request.headers.get("Referer")
    if referer:
        try:
            parts = urlsplit(referer)
        except ValueError:
            return False
        return f"{parts.scheme}://{parts.netloc}" in own
    return True


def _own_origin(request) -> str:
    return f"{request.scheme}://{request.get_host()}"
