from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ChecksConfig(AppConfig):
    """See the package's docstring: the checks of what editors write."""

    name = "checks"
    verbose_name = _("Checks of the content")

    def ready(self):
        from checks import rules  # noqa: F401 (the checks join the list when declared)
