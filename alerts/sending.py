"""Sending what waits, in batches, outside any request. A subscription "at once" gets one mail with its
waiting news; "weekly" gets a summary when its week is over. A delivery counts as sent only after the
mail server took the mail: while the server is away the run stops and the next one tries again; an
address the server refuses is tried ALERTS_MOST_ATTEMPTS times. Every mail names its one-click
unsubscribe (RFC 8058) and the page to change what it follows."""

import smtplib

from django.conf import settings
from django.core.mail import EmailMessage, get_connection
from django.db.models import F, Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from alerts.models import Delivery, Subscription
from core.i18n import site_address
from core.translated_text import public_language


class ServerAway(Exception):
    pass


def link(subscription, name: str, **kwargs) -> str:
    with translation.override(public_language(subscription.language)):
        return site_address(reverse(f"alerts:{name}", kwargs={"token": subscription.token, **kwargs}))


def _pending():
    return Delivery.objects.filter(
        sent_at__isnull=True,
        attempts__lt=settings.ALERTS_MOST_ATTEMPTS,
        subscription__confirmed_at__isnull=False,
    )


def _due_subscriptions(now) -> list[int]:
    week_ago = now - timezone.timedelta(days=7)
    # A weekly summary a week after the last one; the first a week after confirming.
    due = (
        Q(frequency=Subscription.Frequency.IMMEDIATE)
        | Q(last_summary_at__lte=week_ago)
        | Q(last_summary_at__isnull=True, confirmed_at__lte=week_ago)
    )
    waiting = _pending().values("subscription")
    return list(Subscription.objects.filter(due, pk__in=waiting).values_list("pk", flat=True))


def _items(deliveries) -> list[dict]:
    found = []
    for delivery in deliveries:
        item = delivery.announcement.item
        if item is None or not type(item).objects.published().filter(pk=item.pk).exists():
            continue  # unpublished since: nothing to read there now
        url = site_address(item.get_absolute_url())
        found.append({"item": item, "url": url, "note": delivery.announcement.note})
    return found


def _message(subscription, items, connection) -> EmailMessage:
    unsubscribe = link(subscription, "unsubscribe")
    context = {"items": items, "manage": link(subscription, "manage"), "unsubscribe": unsubscribe}
    with translation.override(public_language(subscription.language)):
        body = render_to_string("alerts/mail_news.txt", context)
        if len(items) == 1:
            subject = _("New on the partnership site: %(title)s") % {"title": items[0]["item"]}
        else:
            subject = ngettext(
                "%(count)d news on the partnership site", "%(count)d news on the partnership site", len(items)
            ) % {"count": len(items)}
    headers = {
        "List-Unsubscribe": f"<{unsubscribe}>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        "List-Id": f"<alerts.{settings.SITE_URL.split('://')[-1]}>",
    }
    return EmailMessage(
        subject,
        body,
        settings.DEFAULT_FROM_EMAIL,
        [subscription.email],
        headers=headers,
        connection=connection,
    )


def _send_one(subscription, connection, now) -> int:
    deliveries = list(
        _pending().filter(subscription=subscription).select_related("announcement__content_type")
    )
    items = _items(deliveries)
    done = Delivery.objects.filter(pk__in=[d.pk for d in deliveries])
    if not items:
        done.update(sent_at=now, last_error="")
        return 0
    try:
        _message(subscription, items, connection).send()
    except (smtplib.SMTPRecipientsRefused, smtplib.SMTPDataError, smtplib.SMTPSenderRefused) as refused:
        done.update(attempts=F("attempts") + 1, last_error=str(refused)[:300])
        return 0
    except (smtplib.SMTPException, OSError) as away:
        done.update(attempts=F("attempts") + 1, last_error=str(away)[:300])
        raise ServerAway from away
    done.update(sent_at=now, last_error="")
    if subscription.frequency == Subscription.Frequency.WEEKLY:
        Subscription.objects.filter(pk=subscription.pk).update(last_summary_at=now)
    return 1


def send(batch: int | None = None) -> tuple[int, bool]:
    """Sends up to `batch` mails (ALERTS_BATCH); returns (mails sent, whether the server was away)."""
    now = timezone.now()
    due = _due_subscriptions(now)[: batch or settings.ALERTS_BATCH]
    sent = 0
    subscriptions = Subscription.objects.in_bulk(due)
    try:
        with get_connection() as connection:
            for pk in due:
                sent += _send_one(subscriptions[pk], connection, now)
    except (ServerAway, smtplib.SMTPException, OSError):
        return sent, True
    return sent, False


def waiting() -> int:
    return _pending().count()
