"""Announces what went public and sends the alerts that wait, in batches. Run it every few minutes
(cron or a systemd timer); a run while the mail server is away leaves the rest for the next."""

from django.core.management.base import BaseCommand

from alerts import sending
from alerts.sweep import sweep
from operations import limits


class Command(BaseCommand):
    help = "Announce newly published stories and events, and send the e-mail alerts that wait."

    def add_arguments(self, parser):
        parser.add_argument("--batch", type=int, default=None, help="mails at most in this run")

    def handle(self, *args, batch=None, **options):
        with limits.locked("alerts:sweep"):  # one run at a time, on every server
            announced = sweep()
        sent, away = sending.send(batch)
        note = " The mail server is away; the rest waits for the next run." if away else ""
        self.stdout.write(
            f"{announced} items announced, {sent} mails sent, {sending.waiting()} waiting.{note}"
        )
