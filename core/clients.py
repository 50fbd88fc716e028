"""The address a request comes from, for limits per sender (sign-in attempts, feedback reports)."""

from django.conf import settings


def client_address(request) -> str:
    """Behind the reverse proxy (DJANGO_BEHIND_PROXY=1), every request comes from the proxy: the
    client's address is in X-Real-IP, which deploy/nginx.conf sets (overwriting a client's own).
    Without the proxy that header is the client's to invent, so it is not believed."""
    if settings.BEHIND_PROXY and request.META.get("HTTP_X_REAL_IP"):
        return request.META["HTTP_X_REAL_IP"]
    return request.META.get("REMOTE_ADDR", "")
