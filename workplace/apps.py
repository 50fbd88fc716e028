from django.apps import AppConfig
from django.contrib.admin import apps as admin_apps
from django.utils.translation import gettext_lazy as _


class WorkplaceConfig(AppConfig):
    name = "workplace"
    verbose_name = _("Editors' workplace")

    def ready(self):
        from django.db.models import signals

        from workplace import restoring, roles

        signals.post_migrate.connect(roles.grant_from_declarations, dispatch_uid="roles_from_declarations")
        signals.post_save.connect(restoring.start_history, dispatch_uid="start_history")


class SiteAdminConfig(admin_apps.AdminConfig):
    """Django's admin, on the site's admin site (two-factor sign-in)."""

    default = False
    default_site = "workplace.admin_site.SiteAdmin"
