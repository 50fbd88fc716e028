"""The links in the mails. The confirmation link is signed and expires (double opt-in: only who reads
the mailbox can confirm, and only for a while); the link to see or cancel a sign-up carries the
registration's random key and holds until the date has passed."""

from django.conf import settings
from django.core import signing
from django.urls import reverse
from django.utils import translation

from core.i18n import site_address
from core.translated_text import public_language

_SALT = "signups.confirm"


def confirmation_link(registration) -> str:
    signed = signing.TimestampSigner(salt=_SALT).sign(registration.token)
    with translation.override(public_language(registration.language)):
        return site_address(reverse("signups:confirm", kwargs={"signed": signed}))


def manage_link(registration) -> str:
    with translation.override(public_language(registration.language)):
        return site_address(reverse("signups:manage", kwargs={"token": registration.token}))


class Expired(Exception):
    pass


def confirmed_token(signed: str) -> str | None:
    """The registration's key from a confirmation link; None for a forged one; Expired for an old one."""
    signer = signing.TimestampSigner(salt=_SALT)
    try:
        return signer.unsign(signed, max_age=settings.SIGNUP_CONFIRM_HOURS * 3600)
    except signing.SignatureExpired as expired:
        raise Expired from expired
    except signing.BadSignature:
        return None
