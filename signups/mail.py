"""The sign-up's mails, each in the language the visitor signed up in, each with the link to see or
cancel the sign-up. Sent after the change is stored; a mail server that is away costs the mail, never
the registration. Without a mail server configured they land in var/mail/ (settings.EMAIL_FILE_PATH)."""

import logging
import smtplib

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext as _

from calendars.entries import events_calendar
from core.i18n import site_address
from core.translated_text import public_language, translated_text
from events.models import Event
from events.when import in_words
from signups.links import confirmation_link, manage_link

logger = logging.getLogger(__name__)

SUBJECTS = {
    "confirm": lambda: _("Please confirm your sign-up: %(event)s"),
    "confirmed": lambda: _("Your seat: %(event)s"),
    "waiting": lambda: _("On the waiting list: %(event)s"),
    "moved_up": lambda: _("A seat has come free for you: %(event)s"),
    "cancelled": lambda: _("Sign-up cancelled: %(event)s"),
    "reminder": lambda: _("Tomorrow: %(event)s"),
    "again": lambda: _("Your sign-up: %(event)s"),
    "date_removed": lambda: _("Date cancelled: %(event)s"),
}
# These carry the date for the visitor's calendar.
WITH_CALENDAR = {"confirmed", "moved_up", "reminder"}


def send(kind: str, registration, message: str = "", subject: str = "") -> bool:
    """One mail of `kind` (SUBJECTS) to the registration's address; `message` and `subject` for a
    message of the city's staff to everyone signed up."""
    occurrence = registration.occurrence
    event = occurrence.event
    with translation.override(public_language(registration.language)):
        title = translated_text(event, "title")
        context = {
            "registration": registration,
            "event": event,
            "title": title,
            "when": in_words(occurrence.start, occurrence.end, event.all_day),
            "event_url": site_address(event.get_absolute_url()),
            "manage_url": manage_link(registration),
            "confirm_url": confirmation_link(registration) if kind == "confirm" else "",
            "confirm_hours": settings.SIGNUP_CONFIRM_HOURS,
            "message": message,
            "status": registration.get_status_display(),
        }
        body = render_to_string(f"signups/mail_{kind}.txt", context)
        mail = EmailMessage(subject or SUBJECTS[kind]() % {"event": title}, body, to=[registration.email])
        if kind in WITH_CALENDAR:
            calendar = events_calendar(
                Event.objects.filter(pk=event.pk), title, site_address, date=occurrence
            )
            mail.attach(f"{event.slug}.ics", calendar, "text/calendar")
    try:
        mail.send()
    except (smtplib.SMTPException, OSError) as error:
        logger.warning("Registration %s: %s mail not sent (%s)", registration.pk, kind, error)
        return False
    return True
