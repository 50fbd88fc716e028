"""Changes of accounts, groups and permissions, as the audit log words them: "Redaktion +", "superuser:
yes", "permissions of the group Übersetzung: +change_story"."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.utils.translation import gettext as _

from audit.models import Action
from audit.record import current_request, record

FLAGS = ("is_superuser", "is_staff", "is_active")


def before_save(sender, instance, raw=False, update_fields=None, **kwargs):
    if raw or instance.pk is None or (update_fields and set(update_fields) <= {"last_login"}):
        return
    saved = sender._base_manager.filter(pk=instance.pk).values(*FLAGS, "password").first()
    if saved is not None:
        instance._audit_before = saved


def _flag_changes(before: dict, instance) -> list[str]:
    words = {True: _("yes"), False: _("no")}
    labels = {name: instance._meta.get_field(name).verbose_name for name in FLAGS}
    return [
        f"{labels[name]}: {words[bool(getattr(instance, name))]}"
        for name in FLAGS
        if before[name] != getattr(instance, name)
    ]


def after_save(sender, instance, created, raw=False, **kwargs):
    if raw:
        return
    if created:
        flags = [instance._meta.get_field(name).verbose_name for name in FLAGS[:2] if getattr(instance, name)]
        record(Action.ACCOUNT_CREATED, target=instance, detail=", ".join(map(str, flags)))
        return
    before = getattr(instance, "_audit_before", None)
    if before is None:
        return
    del instance._audit_before
    if before["password"] != instance.password:
        # Someone signed in changed it, or the account's holder through a reset link.
        actor = None if _signed_in() else instance
        record(Action.PASSWORD_CHANGED, user=actor, target=instance)
    if changes := _flag_changes(before, instance):
        record(Action.ROLES_CHANGED, target=instance, detail="; ".join(changes))


def _signed_in() -> bool:
    request = current_request.get()
    user = getattr(request, "user", None)
    return user is not None and user.is_authenticated


def _names(model, pks) -> str:
    if model is Permission:
        rows = Permission.objects.filter(pk__in=pks).select_related("content_type")
        return ", ".join(sorted(f"{p.content_type.app_label}.{p.codename}" for p in rows))
    if model is Group:
        return ", ".join(sorted(Group.objects.filter(pk__in=pks).values_list("name", flat=True)))
    return ", ".join(sorted(get_user_model().objects.filter(pk__in=pks).values_list("username", flat=True)))


def relations_changed(sender, instance, action, model, pk_set, reverse=False, **kwargs):
    """Groups of an account, permissions of an account or a group: what was added or taken."""
    if action not in ("post_add", "post_remove", "pre_clear"):
        return
    if action == "pre_clear":
        field = sender._meta.get_field(type(instance)._meta.model_name)
        others = sender._base_manager.filter(**{field.name: instance})
        pk_set = set(others.values_list(f"{model._meta.model_name}_id", flat=True))
    if not pk_set:
        return
    sign = "+" if action == "post_add" else "−"
    record(
        Action.ROLES_CHANGED,
        target=instance,
        detail=f"{model._meta.verbose_name_plural}: {sign} {_names(model, pk_set)}",
    )
