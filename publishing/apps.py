from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PublishingConfig(AppConfig):
    """See the package's docstring: publication windows, addresses and previews."""

    name = "publishing"
    verbose_name = _("Publishing")
