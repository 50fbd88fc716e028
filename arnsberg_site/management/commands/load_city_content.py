from django.core.management.base import BaseCommand

from arnsberg_site.content import ContentLoader
from milestones import content as milestones_content
from notices import content as notices_content
from partnerships import content as partnerships_content

# Each app that ships content for a fresh install adds its loader here, in dependency order.
LOADERS = [partnerships_content.load, milestones_content.load, notices_content.load]


class Command(BaseCommand):
    help = (
        "Load the city's content (introduction, partnerships, ...) in German and English. "
        "Each piece is created once; what editors changed or deleted since is never touched."
    )

    def handle(self, *args, **options):
        loader = ContentLoader(self.stdout)
        for load in LOADERS:
            load(loader)
        self.stdout.write(self.style.SUCCESS(f"City content: {loader.created} new pieces loaded."))
