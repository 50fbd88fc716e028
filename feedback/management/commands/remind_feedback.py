"""Mails the city's office the open reports whose reply is due soon or overdue. Run it daily."""

from django.conf import settings
from django.core.mail import send_mail
from django.core.management.base import BaseCommand
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from feedback.models import Report


class Command(BaseCommand):
    help = "Remind the office of open barrier reports due within DJANGO_FEEDBACK_REMINDER_DAYS."

    def handle(self, *args, **options):
        horizon = timezone.localdate() + timezone.timedelta(days=settings.FEEDBACK_REMINDER_DAYS)
        due = list(Report.objects.open().filter(due_on__lte=horizon).order_by("due_on"))
        if not due or not settings.FEEDBACK_EMAIL:
            self.stdout.write(f"{len(due)} reports due soon; no reminder sent.")
            return
        with translation.override(settings.LANGUAGE_CODE):
            body = render_to_string("feedback/mail_reminder.txt", {"reports": due})
            send_mail(
                _("Barrier reports due soon"), body, settings.DEFAULT_FROM_EMAIL, [settings.FEEDBACK_EMAIL]
            )
        self.stdout.write(f"Reminder of {len(due)} reports sent.")
