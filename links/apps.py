from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LinksConfig(AppConfig):
    """The link checker: every link of the content, checked daily (`manage.py check_links`)."""

    name = "links"
    verbose_name = _("Link checker")

    def ready(self):
        from core import contributions
        from links import report

        contributions.add_editor_tasks(report.editor_tasks)
