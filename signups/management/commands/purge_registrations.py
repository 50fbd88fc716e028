"""Deletes sign-ups DJANGO_SIGNUP_RETENTION_DAYS after their date, and those never confirmed once their
link has expired. Run it daily (deploy/ names the timer)."""

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db.models import Q
from django.utils import timezone

from signups.models import Registration


class Command(BaseCommand):
    help = "Delete sign-ups (name, e-mail, note) a set time after their date, and unconfirmed ones."

    def handle(self, *args, **options):
        now = timezone.now()
        after_the_date = now - timezone.timedelta(days=settings.SIGNUP_RETENTION_DAYS)
        link_expired = now - timezone.timedelta(hours=settings.SIGNUP_CONFIRM_HOURS)
        # A date without an end counts as over when it starts.
        over = Q(occurrence__end__lte=after_the_date) | Q(
            occurrence__end__isnull=True, occurrence__start__lte=after_the_date
        )
        unconfirmed = Q(status=Registration.Status.UNCONFIRMED, created_at__lte=link_expired)
        count, _by_model = Registration.objects.filter(over | unconfirmed).delete()
        self.stdout.write(f"{count} sign-ups deleted.")
