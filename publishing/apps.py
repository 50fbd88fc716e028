from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class PublishingConfig(AppConfig):
    """See the package's docstring: publication windows, addresses and previews."""

    name = "publishing"
    verbose_name = _("Publishing")

    def ready(self):
        from publishing.slugs import fill_missing_slugs

        post_migrate.connect(fill_missing_slugs, sender=self, dispatch_uid="publishing_fill_missing_slugs")
