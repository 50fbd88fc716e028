from django.conf import settings
from django.http import HttpResponse, HttpResponseBadRequest, HttpResponseForbidden, HttpResponseRedirect
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from notices.active import HIDDEN_COOKIE, MAX_HIDDEN, TOKEN_PATTERN, hidden_tokens
from notices.models import Notice
from operations.clients import from_this_site

ONE_YEAR = 365 * 24 * 3600


class SeeOther(HttpResponseRedirect):
    """After a form post, the browser fetches the page again with GET."""

    status_code = 303


# No CSRF token: a token in the page would set a cookie for every visitor and make every page's HTML
# differ. The worst a forged request can do is hide a banner; a foreign Origin is refused anyway.
@csrf_exempt
@require_POST
def hide(request):
    """Remember that this visitor hid a notice (this revision of it), then go back or answer 204."""
    if not from_this_site(request):
        return HttpResponseForbidden(render_to_string("403.html", request=request))
    token = request.POST.get("notice", "")
    notice_id = token.split(".")[0]
    if not TOKEN_PATTERN.fullmatch(token) or not _hideable(int(notice_id)):
        return HttpResponseBadRequest(render_to_string("400.html", request=request))
    kept = [t for t in hidden_tokens(request) if t.split(".")[0] != notice_id]
    response = HttpResponse(status=204) if _wants_json(request) else SeeOther(_back(request))
    response.set_cookie(
        HIDDEN_COOKIE,
        "_".join([*kept, token][-MAX_HIDDEN:]),
        max_age=ONE_YEAR,
        samesite="Lax",
        httponly=True,
        secure=settings.SESSION_COOKIE_SECURE,
    )
    return response


def _hideable(notice_id: int) -> bool:
    return Notice.objects.filter(pk=notice_id, is_dismissible=True).exists()


def _wants_json(request) -> bool:
    return "application/json" in request.headers.get("Accept", "")


def _back(request) -> str:
    target = request.POST.get("next")
    safe = url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    )
    return target if safe else reverse("home")
