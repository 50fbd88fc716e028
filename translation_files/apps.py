from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TranslationFilesConfig(AppConfig):
    """See the package's docstring: XLIFF files for translation agencies."""

    name = "translation_files"
    verbose_name = _("Files for translation agencies")
