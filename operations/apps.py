from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OperationsConfig(AppConfig):
    """See the package's docstring: running the site; no models, no pages."""

    name = "operations"
    verbose_name = _("Operations")
