"""Writing an entry: who (the request's user unless named), from which address (the request's, as the
sign-in limits see it), about what. The request of the moment comes from AuditMiddleware, so that a
receiver of a model signal knows who made the change."""

import contextvars
import ipaddress

from django.contrib.contenttypes.models import ContentType

from audit.models import AuditEntry
from operations.clients import client_address

current_request: contextvars.ContextVar = contextvars.ContextVar("audit_request", default=None)


class AuditMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = current_request.set(request)
        try:
            return self.get_response(request)
        finally:
            current_request.reset(token)


def _address(request) -> str | None:
    found = client_address(request) if request is not None else ""
    try:
        return str(ipaddress.ip_address(found))
    except ValueError:
        return None


def _signed_in(request):
    user = getattr(request, "user", None)
    return user if user is not None and user.is_authenticated else None


def record(action, *, request=None, user=None, username="", target=None, about=None, detail="") -> None:
    """`target`: the object concerned; `about`: (content type, pk, name) of one that is gone."""
    request = request or current_request.get()
    user = user or _signed_in(request)
    entry = AuditEntry(
        action=action,
        user=user if user is not None and user.pk else None,
        username=(username or (user.get_username() if user is not None else ""))[:150],
        address=_address(request),
        detail=detail,
    )
    if target is not None:
        about = (ContentType.objects.get_for_model(type(target)), target.pk, str(target))
    if about is not None:
        entry.content_type, entry.object_id, entry.target = about[0], str(about[1])[:64], about[2][:200]
    entry.save()
