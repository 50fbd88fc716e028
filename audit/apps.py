from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AuditConfig(AppConfig):
    """The audit log: what security asks about, who did it, when and from where (superusers only)."""

    name = "audit"
    verbose_name = _("Audit log")

    def ready(self):
        from audit import receivers

        receivers.connect()
