"""The mails to a subscriber about the subscription itself: the confirmation link (signed, it expires:
double opt-in), or, for an address already confirmed, the link to its page. At most one such mail an
hour per address, so that nobody can flood another's mailbox through the form."""

from django.conf import settings
from django.core import signing
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from alerts.models import Subscription
from alerts.sending import link
from core.i18n import site_address
from core.translated_text import public_language

_SALT = "alerts.confirm"


class Expired(Exception):
    pass


def confirmation_link(subscription) -> str:
    signed = signing.TimestampSigner(salt=_SALT).sign(subscription.token)
    with translation.override(public_language(subscription.language)):
        return site_address(reverse("alerts:confirm", kwargs={"signed": signed}))


def confirmed_token(signed: str) -> str | None:
    """The subscription's key from a confirmation link; None for a forged one; Expired for an old one."""
    try:
        return signing.TimestampSigner(salt=_SALT).unsign(
            signed, max_age=settings.ALERTS_CONFIRM_HOURS * 3600
        )
    except signing.SignatureExpired as expired:
        raise Expired from expired
    except signing.BadSignature:
        return None


def send_about(subscription: Subscription) -> bool:
    """The confirmation link, or the subscription's page if it is confirmed; False if one went out
    within the hour."""
    now = timezone.now()
    recent = (
        subscription.confirmation_sent_at
        and subscription.confirmation_sent_at > now - timezone.timedelta(hours=1)
    )
    if recent:
        return False
    confirmed = subscription.confirmed_at is not None
    context = {
        "confirm": None if confirmed else confirmation_link(subscription),
        "manage": link(subscription, "manage"),
        "hours": settings.ALERTS_CONFIRM_HOURS,
    }
    with translation.override(public_language(subscription.language)):
        body = render_to_string("alerts/mail_confirm.txt", context)
        subject = _("Your e-mail alerts") if confirmed else _("Please confirm your e-mail alerts")
        send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [subscription.email])
    Subscription.objects.filter(pk=subscription.pk).update(confirmation_sent_at=now)
    return True
