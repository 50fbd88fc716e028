"""Holding back automated and mass submissions without asking any other service: a field people
never see, a form that must have been open a few seconds and is sent once, and a limit per sender
and hour that holds under parallel posts."""

import hashlib
import hmac
import re
import secrets
import time

from django.conf import settings
from django.core import signing
from django.utils import timezone

from operations.clients import client_address

HONEYPOT = "website"
TOKEN = "started"
_SALT = "feedback.form"
MIN_SECONDS = 3
MAX_SECONDS = 24 * 3600
# "<seconds>.<random name of this copy of the form>", ASCII only.
_COPY = re.compile(r"([0-9]{1,12})\.([A-Za-z0-9_-]{16,32})", re.ASCII)


def form_token() -> str:
    """When this copy of the form was handed out, and a random name for it, signed: nobody can claim an
    earlier time, and a copy can be sent once (Report.form_copy)."""
    return signing.TimestampSigner(salt=_SALT).sign(f"{int(time.time())}.{secrets.token_urlsafe(12)}")


def form_copy(data) -> str | None:
    """The signed name of the copy of the form that was sent, if its token is genuine and not too old."""
    try:
        value = signing.TimestampSigner(salt=_SALT).unsign(data.get(TOKEN, ""), max_age=MAX_SECONDS)
    except signing.BadSignature:  # also an expired one
        return None
    return value if _COPY.fullmatch(value) else None


def looks_automated(data) -> bool:
    """The hidden field is filled, or the form came back too fast, too late or without its token."""
    if data.get(HONEYPOT):
        return True
    copy = form_copy(data)
    return copy is None or time.time() - int(copy.split(".")[0]) < MIN_SECONDS


def sender_key(request) -> str:
    """A keyed hash of the sender's address: enough to count their reports, useless for anything else."""
    address = client_address(request)
    return hmac.new(settings.SECRET_KEY.encode(), address.encode(), hashlib.sha256).hexdigest()


def over_the_limit(sent, limit: int, when: str) -> bool:
    """Whether a sender's rows (`sent`: a report's, a sign-up's, by their `sender_key`) reached the
    `limit` an hour allows; `when`: the field that says when each came. Ask it under
    `operations.limits.locked` for this sender and store the new row in the same transaction, or
    parallel posts all find room."""
    an_hour_ago = timezone.now() - timezone.timedelta(hours=1)
    return sent.filter(**{f"{when}__gte": an_hour_ago}).count() >= limit


def already_sent(data) -> bool:
    from feedback.models import Report

    return Report.objects.filter(form_copy=form_copy(data)).exists()
