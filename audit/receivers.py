"""What the audit log hears: Django's sign-in signals, django-axes' lockouts and their lifting, changes
of accounts, groups and permissions, two-factor devices (django-otp), publication changes made in a
request (read after the transaction, so that a publication the checks took back is not logged), and the
admin's deletions (its LogEntry). Restores are recorded by workplace.restoring."""

from axes.models import AccessAttempt
from axes.signals import user_locked_out
from django.conf import settings
from django.contrib.admin.models import DELETION, LogEntry
from django.contrib.auth import get_user_model
from django.contrib.auth import signals as auth_signals
from django.contrib.auth.models import Group
from django.db import transaction
from django.db.models import signals
from django.utils import timezone
from django_otp.models import Device

from audit import accounts
from audit.models import Action
from audit.record import current_request, record
from publishing.publishing import PublishableModel


def _signed_in(sender, request, user, **kwargs):
    record(Action.SIGNED_IN, request=request, user=user)


def _signed_out(sender, request, user, **kwargs):
    if user is not None:
        record(Action.SIGNED_OUT, request=request, user=user)


def _failed(sender, credentials, request=None, **kwargs):
    name = str(credentials.get("username", ""))
    record(Action.SIGN_IN_FAILED, request=request, username=name)


def _locked_out(sender, request=None, username=None, ip_address=None, **kwargs):
    record(Action.LOCKED_OUT, request=request, username=str(username or ""))


def _attempt_deleted(sender, instance, **kwargs):
    """A lock lifted by a person (the admin's list, `axes_reset…`): the attempt held a lock that had
    not run out. Attempts cleaned up after their time, or below the limit, were no lock."""
    locked = instance.failures_since_start >= settings.AXES_FAILURE_LIMIT
    if locked and instance.attempt_time > timezone.now() - settings.AXES_COOLOFF_TIME:
        detail = f"{instance.username} / {instance.ip_address}"
        record(Action.LOCKOUT_LIFTED, username="", detail=detail)


def _device_saved(sender, instance, created, raw=False, **kwargs):
    if created and not raw and isinstance(instance, Device):
        record(Action.DEVICE_ADDED, target=instance.user, detail=instance.name)


def _device_deleted(sender, instance, **kwargs):
    if isinstance(instance, Device):
        record(Action.DEVICE_REMOVED, target=instance.user, detail=instance.name)


def _before_publishing(sender, instance, raw=False, **kwargs):
    if raw or not isinstance(instance, PublishableModel) or current_request.get() is None:
        return
    rows = type(instance)._base_manager.filter(pk=instance.pk) if instance.pk else None
    instance._audit_was_published = bool(rows and rows.values_list("is_published", flat=True).first())


def _after_publishing(sender, instance, raw=False, **kwargs):
    if not hasattr(instance, "_audit_was_published"):
        return
    was, request, model, pk = (
        instance._audit_was_published,
        current_request.get(),
        type(instance),
        instance.pk,
    )
    del instance._audit_was_published

    def compare():
        obj = model._base_manager.filter(pk=pk).first()
        if obj is not None and obj.is_published != was:
            record(Action.PUBLISHED if obj.is_published else Action.UNPUBLISHED, request=request, target=obj)

    transaction.on_commit(compare)


def _admin_deletion(sender, instance, created, raw=False, **kwargs):
    if created and not raw and instance.action_flag == DELETION:
        account = (
            instance.content_type is not None and instance.content_type.model_class() is get_user_model()
        )
        about = (instance.content_type, instance.object_id, instance.object_repr)
        record(Action.ACCOUNT_DELETED if account else Action.DELETED, user=instance.user, about=about)


def connect():
    User = get_user_model()
    auth_signals.user_logged_in.connect(_signed_in, dispatch_uid="audit_signed_in")
    auth_signals.user_logged_out.connect(_signed_out, dispatch_uid="audit_signed_out")
    auth_signals.user_login_failed.connect(_failed, dispatch_uid="audit_failed")
    user_locked_out.connect(_locked_out, dispatch_uid="audit_locked_out")
    signals.post_delete.connect(_attempt_deleted, sender=AccessAttempt, dispatch_uid="audit_lock_lifted")
    signals.post_save.connect(_device_saved, dispatch_uid="audit_device_saved")
    signals.post_delete.connect(_device_deleted, dispatch_uid="audit_device_deleted")
    signals.pre_save.connect(_before_publishing, dispatch_uid="audit_before_publishing")
    signals.post_save.connect(_after_publishing, dispatch_uid="audit_after_publishing")
    signals.post_save.connect(_admin_deletion, sender=LogEntry, dispatch_uid="audit_deletion")
    signals.pre_save.connect(accounts.before_save, sender=User, dispatch_uid="audit_account_before")
    signals.post_save.connect(accounts.after_save, sender=User, dispatch_uid="audit_account_after")
    for through in (User.groups.through, User.user_permissions.through, Group.permissions.through):
        signals.m2m_changed.connect(
            accounts.relations_changed, sender=through, dispatch_uid=f"audit_{through}"
        )
