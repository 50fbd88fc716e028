"""Deletes subscriptions never confirmed within DJANGO_ALERTS_UNCONFIRMED_DAYS. Run it daily."""

from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import timezone

from alerts.models import Subscription


class Command(BaseCommand):
    help = "Delete e-mail alert subscriptions not confirmed within DJANGO_ALERTS_UNCONFIRMED_DAYS (3)."

    def handle(self, *args, **options):
        limit = timezone.now() - timezone.timedelta(days=settings.ALERTS_UNCONFIRMED_DAYS)
        count, _ = Subscription.objects.filter(confirmed_at__isnull=True, created_at__lt=limit).delete()
        self.stdout.write(f"{count} unconfirmed subscriptions deleted.")
