from django.core.management.base import BaseCommand

from core import contributions
from core.loader import ContentLoader


class Command(BaseCommand):
    help = (
        "Load the city's content (introduction, partnerships, ...) in German and English. "
        "Each piece is created once; what editors changed or deleted since is never touched."
    )

    def handle(self, *args, **options):
        loader = ContentLoader(self.stdout)
        # Each app registers its loader when it is ready, in INSTALLED_APPS order, so an app's
        # content can refer to that of the apps before it (a milestone to its partnership).
        for load in contributions.content_loaders():
            load(loader)
        self.stdout.write(self.style.SUCCESS(f"City content: {loader.created} new pieces loaded."))
