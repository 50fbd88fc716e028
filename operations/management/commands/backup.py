from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from operations import backups


class Command(BaseCommand):
    help = "Writes one archive of the database, the uploaded files and a manifest; prints its path last."

    def add_arguments(self, parser):
        parser.add_argument("--folder", type=Path, default=settings.BACKUP_DIR, help="where the archive goes")

    def handle(self, *args, folder, **options):
        try:
            archive = backups.create(folder)
        except backups.BackupError as error:
            raise CommandError(error) from None
        self.stdout.write(str(archive))
