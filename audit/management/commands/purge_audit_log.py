"""Deletes audit log entries older than DJANGO_AUDIT_LOG_DAYS. Run it daily."""

from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import timezone

from audit.models import AuditEntry


class Command(BaseCommand):
    help = "Delete audit log entries older than DJANGO_AUDIT_LOG_DAYS (365)."

    def handle(self, *args, **options):
        limit = timezone.now() - timezone.timedelta(days=settings.AUDIT_LOG_DAYS)
        count, _ = AuditEntry.objects.filter(at__lt=limit).delete()
        self.stdout.write(f"{count} audit log entries older than {settings.AUDIT_LOG_DAYS} days deleted.")
