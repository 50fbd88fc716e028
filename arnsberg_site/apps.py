from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SiteConfig(AppConfig):
    """The project package doubles as the app for what belongs to the whole site: layout, errors, i18n."""

    name = "arnsberg_site"
    verbose_name = _("Site")
