from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db import connections

from operations import backups


class Command(BaseCommand):
    help = "Replaces the database and the uploaded files with those of a backup archive (make backup)."

    def add_arguments(self, parser):
        parser.add_argument("archive", type=Path)
        parser.add_argument("--yes", action="store_true", help="do not ask (for scripts)")

    def handle(self, *args, archive, yes, **options):
        try:
            manifest = backups.read_manifest(archive)
            if not (yes or self.confirmed(archive, manifest)):
                self.stdout.write("Nothing was changed.")
                return
            backups.restore(archive)
        except backups.BackupError as error:
            raise CommandError(error) from None
        self.stdout.write(f"Restored {archive.name} (site version {manifest['site_version']}).")

    def confirmed(self, archive, manifest) -> bool:
        database = connections["default"].settings_dict
        media = len([name for name in manifest["sha256"] if name.startswith("media/")])
        self.stdout.write(
            f"This replaces EVERYTHING in the database {database['NAME']!r} on "
            f"{database['HOST'] or 'localhost'} and every uploaded file with the backup {archive.name}\n"
            f"made {manifest['created']} by site version {manifest['site_version']} ({media} files).\n"
            "Changes made since then are lost."
        )
        return input("Type 'yes' to restore: ").strip().lower() == "yes"
