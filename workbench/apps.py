from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WorkbenchConfig(AppConfig):
    """See the package's docstring: the translators' page per object and language."""

    name = "workbench"
    verbose_name = _("Translators' workbench")
