"""The e-mails of a report: to the city's office, and an acknowledgement to the sender if they gave an
address. Sent after the report is stored; a mail server that is away costs the mail, never the report.

The acknowledgement holds nothing the sender wrote (not the message, not the name): anyone may type
any address into the form, and the city's mail server must not carry their text to a stranger."""

import logging
import smtplib

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext as _

from core.translated_text import public_language

logger = logging.getLogger(__name__)


def _send(subject, template, context, to):
    body = render_to_string(template, context)
    try:
        send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, to)
    except (smtplib.SMTPException, OSError) as error:
        logger.warning("Barrier report %s: mail to %s not sent (%s)", context["report"].pk, to, error)


def send_report_mails(report, admin_url: str) -> None:
    context = {"report": report, "admin_url": admin_url}
    if settings.FEEDBACK_EMAIL:
        with translation.override(settings.LANGUAGE_CODE):
            subject = _("Barrier report of %(date)s") % {"date": report.received_at.strftime("%d.%m.%Y")}
            _send(subject, "feedback/mail_to_city.txt", context, [settings.FEEDBACK_EMAIL])
    else:
        logger.warning("Barrier report %s: DJANGO_FEEDBACK_EMAIL is not set, no mail sent", report.pk)
    if report.email:
        with translation.override(public_language(report.language)):
            _send(_("Your report of a barrier"), "feedback/mail_to_sender.txt", context, [report.email])


def reply_template(report) -> str:
    """The start of an answer, in the sender's language; it names the arbitration office, as the law asks."""
    with translation.override(public_language(report.language)):
        return render_to_string("feedback/reply.txt", {"report": report}).strip()
