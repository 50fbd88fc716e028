"""Holding back automated and mass submissions without asking any other service: a field people
never see, a form that must have been open a few seconds, and a limit per sender and hour."""

import hashlib
import hmac
import time

from django.conf import settings
from django.core import signing
from django.utils import timezone

from core.clients import client_address

HONEYPOT = "website"
TOKEN = "started"
_SALT = "feedback.form"
MIN_SECONDS = 3
MAX_SECONDS = 24 * 3600


def form_token() -> str:
    """When the form was handed out, signed, so that nobody can claim an earlier time."""
    return signing.TimestampSigner(salt=_SALT).sign(str(int(time.time())))


def looks_automated(data) -> bool:
    """The hidden field is filled, or the form came back too fast, too late or without its token."""
    if data.get(HONEYPOT):
        return True
    try:
        issued = int(signing.TimestampSigner(salt=_SALT).unsign(data.get(TOKEN, ""), max_age=MAX_SECONDS))
    except (signing.BadSignature, ValueError):
        return True
    return time.time() - issued < MIN_SECONDS


def sender_key(request) -> str:
    """A keyed hash of the sender's address: enough to count their reports, useless for anything else."""
    address = client_address(request)
    return hmac.new(settings.SECRET_KEY.encode(), address.encode(), hashlib.sha256).hexdigest()


def over_the_limit(key: str) -> bool:
    from feedback.models import Report

    an_hour_ago = timezone.now() - timezone.timedelta(hours=1)
    recent = Report.objects.filter(sender_key=key, received_at__gte=an_hour_ago)
    return recent.count() >= settings.FEEDBACK_LIMIT_PER_HOUR
