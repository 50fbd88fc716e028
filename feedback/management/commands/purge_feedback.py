"""Deletes the personal data of reports after DJANGO_FEEDBACK_RETENTION_DAYS. Run it daily."""

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db.models import Q
from django.utils import timezone

from feedback.models import OPEN, Report


class Command(BaseCommand):
    help = (
        "Delete the personal data (message, name, e-mail) of reports closed longer than the retention "
        "period, and of reports still open that long after they came in."
    )

    def handle(self, *args, **options):
        limit = timezone.now() - timezone.timedelta(days=settings.FEEDBACK_RETENTION_DAYS)
        # A case nobody closed keeps personal data no longer than one that was answered and closed.
        expired = Report.objects.filter(
            Q(status=Report.Status.CLOSED, closed_at__lte=limit)
            | Q(status__in=OPEN, received_at__lte=limit)
            | Q(status=Report.Status.ANSWERED, answered_at__lte=limit),
            personal_data_deleted_at__isnull=True,
        )
        # The case stays, without what identifies or was said by its sender: the statement's counts need it.
        count = expired.update(
            message="", name="", email="", notes="", sender_key="", personal_data_deleted_at=timezone.now()
        )
        self.stdout.write(f"Personal data of {count} reports deleted.")
