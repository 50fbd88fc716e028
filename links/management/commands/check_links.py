"""Checks every link of the content and mails the editors the ones that broke. Run it daily."""

from django.core.management.base import BaseCommand

from links import checker, report
from links.models import Link, LinkStatus


class Command(BaseCommand):
    help = "Check every link of the content (texts, addresses, files, legal pages); mail new broken ones."

    def handle(self, *args, **options):
        held = checker.gather()
        asked = checker.check()
        named = report.mail_new_broken()
        broken = Link.objects.filter(status=LinkStatus.BROKEN).count()
        moved = Link.objects.filter(status=LinkStatus.REDIRECTED).count()
        self.stdout.write(
            f"{held} links, {asked} addresses checked: {broken} broken, {moved} redirected; "
            f"{named} newly broken named in a mail to the editors."
        )
