from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = _("Search")

    def ready(self):
        from django.db.models import signals

        from search import shown_text

        # Rows from before a searchable model kept its shown texts get them once the columns exist.
        signals.post_migrate.connect(shown_text.fill_missing, dispatch_uid="shown_text_fill")
