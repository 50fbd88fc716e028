from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TranslationsConfig(AppConfig):
    """See the package's docstring: what translators still have to do."""

    name = "translations"
    verbose_name = _("Translation status")

    def ready(self):
        from translations import status

        status.connect()
