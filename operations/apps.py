from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OperationsConfig(AppConfig):
    """See the package's docstring: running the site; no models, no pages."""

    name = "operations"
    verbose_name = _("Operations")

    def ready(self):
        from django.db.models import signals

        from operations import page_cache

        # Any saved or deleted row may show on a public page: the page cache starts a new generation.
        for signal in (signals.post_save, signals.post_delete, signals.m2m_changed):
            signal.connect(page_cache.content_changed, dispatch_uid=f"page_cache_{signal}")
