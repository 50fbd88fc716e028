from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class UploadsConfig(AppConfig):
    """See the package's docstring: images and documents, below every page."""

    name = "uploads"
    verbose_name = _("Images and documents")
