from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SignOffConfig(AppConfig):
    """Sign-off (four eyes, DJANGO_SIGN_OFF=1): editors' changes to public content wait for a second one."""

    name = "signoff"
    verbose_name = _("Sign-off")

    def ready(self):
        from core import contributions
        from signoff.holding import waiting_tasks

        contributions.add_editor_tasks(waiting_tasks)
