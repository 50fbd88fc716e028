from pathlib import Path

import polib
from django.conf import settings
from django.core.management.base import BaseCommand


def compile_catalogue(po_path: Path, mo_path: Path) -> int:
    """Write the .mo for one .po and return how many messages it holds.

    Done in Python (polib) rather than with GNU msgfmt, so that a newcomer's machine without
    gettext can set up the site; fuzzy entries are left out, as msgfmt does.
    """
    catalogue = polib.pofile(str(po_path))
    for entry in catalogue.fuzzy_entries():
        catalogue.remove(entry)
    catalogue.save_as_mofile(str(mo_path))
    return len(catalogue.translated_entries())


class Command(BaseCommand):
    help = "Compile the site's message catalogues (locale/*/LC_MESSAGES/*.po) into .mo files."

    def handle(self, *args, **options):
        for locale_path in settings.LOCALE_PATHS:
            for po_path in sorted(Path(locale_path).glob("*/LC_MESSAGES/*.po")):
                count = compile_catalogue(po_path, po_path.with_suffix(".mo"))
                self.stdout.write(f"{po_path.relative_to(settings.BASE_DIR)}: {count} messages")
