"""One entry of the audit log. The user's name is kept beside the link to the account, so an entry
still says who after the account is gone."""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _


class Action(models.TextChoices):
    SIGNED_IN = "signed_in", _("signed in")
    SIGN_IN_FAILED = "sign_in_failed", _("sign-in failed")
    SIGNED_OUT = "signed_out", _("signed out")
    LOCKED_OUT = "locked_out", _("locked out after failed sign-ins")
    LOCKOUT_LIFTED = "lockout_lifted", _("lockout lifted")
    ACCOUNT_CREATED = "account_created", _("account created")
    ACCOUNT_DELETED = "account_deleted", _("account deleted")
    PASSWORD_CHANGED = "password_changed", _("password changed")
    ROLES_CHANGED = "roles_changed", _("roles or permissions changed")
    DEVICE_ADDED = "device_added", _("two-factor device added")
    DEVICE_REMOVED = "device_removed", _("two-factor device removed")
    PUBLISHED = "published", _("published")
    UNPUBLISHED = "unpublished", _("unpublished")
    RESTORED = "restored", _("restored from the history")
    DELETED = "deleted", _("deleted")


class AuditEntry(models.Model):
    at = models.DateTimeField(_("when"), auto_now_add=True, db_index=True)
    action = models.CharField(_("what"), max_length=20, choices=Action.choices)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, verbose_name=_("who")
    )
    username = models.CharField(_("user name"), max_length=150, blank=True)
    address = models.GenericIPAddressField(_("from address"), null=True, blank=True)
    content_type = models.ForeignKey(ContentType, on_delete=models.SET_NULL, null=True, blank=True)
    object_id = models.CharField(max_length=64, blank=True)
    target = models.CharField(_("concerning"), max_length=200, blank=True)
    detail = models.TextField(_("detail"), blank=True)

    class Meta:
        verbose_name = _("audit log entry")
        verbose_name_plural = _("audit log")
        ordering = ["-at", "-pk"]

    def __str__(self):
        return f"{self.at:%Y-%m-%d %H:%M} {self.username} {self.action}"
