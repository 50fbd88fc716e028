"""Reminds everyone with a seat of the date the day before. Run it daily (deploy/ names the timer);
each person is reminded once, however often it runs."""

import datetime

from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone

from signups import mail
from signups.models import Registration


class Command(BaseCommand):
    help = "Send the reminder mail to everyone with a seat for a date tomorrow (German time)."

    def handle(self, *args, **options):
        tomorrow = timezone.localdate() + datetime.timedelta(days=1)
        start = timezone.make_aware(datetime.datetime.combine(tomorrow, datetime.time()))
        due = Registration.objects.holding_seats().filter(
            reminded_at__isnull=True,
            occurrence__start__gte=start,
            occurrence__start__lt=start + datetime.timedelta(days=1),
            occurrence__event__status__in=["planned", "moved_online"],
        )
        sent = 0
        for registration in due.select_related("occurrence__event__venue"):
            # Marked first, in its own transaction: a run that stops halfway never reminds anyone twice.
            with transaction.atomic():
                if Registration.objects.filter(pk=registration.pk, reminded_at__isnull=True).update(
                    reminded_at=timezone.now()
                ):
                    sent += mail.send("reminder", registration)
        self.stdout.write(f"{sent} reminders sent.")
