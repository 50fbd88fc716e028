"""Removes the uploaded files that no row and no revision names any more (uploads.file_retention). Daily."""

from django.core.management.base import BaseCommand

from uploads import file_retention


class Command(BaseCommand):
    help = "Remove uploaded files that no content and no revision names any more (a day old at least)."

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="only list what would be removed")

    def handle(self, *args, dry_run, **options):
        names = file_retention.unclaimed() if dry_run else file_retention.purge()
        for name in names:
            self.stdout.write(f"  {name}")
        verb = "would be removed" if dry_run else "removed"
        self.stdout.write(f"{len(names)} files no content or revision names {verb}.")
