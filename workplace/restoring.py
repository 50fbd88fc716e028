"""Restoring an earlier revision and recovering a deleted object, without destroying anything.

django-reversion's admin restores a revision with `revert(delete=True)`: every row the revision
follows but does not hold is deleted, so restoring a partnership's first revision deleted every
milestone and download added since. Here a restore puts back the rows the revision holds, as they
were then, and leaves every other row alone (a later milestone stays, and can be deleted on the form
like any other row).

A revision holds German texts, dates, publication and relations: only editors restore and recover
(workplace.roles.EDIT_SOURCE). Translators read the history and compare revisions.
"""

import contextlib
import functools

import reversion
from django.apps import apps
from django.contrib import messages
from django.contrib.admin.utils import quote, unquote
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.shortcuts import get_object_or_404
from django.utils.formats import localize
from django.utils.timezone import template_localtime
from django.utils.translation import gettext as _
from reversion.models import Version

from audit import record as audit
from audit.models import Action
from operations import page_cache
from workplace import cut_links, roles


def start_history(sender, instance, created, raw=False, **kwargs):
    """Signal receiver (post_save): content created outside the admin (the shell, a command, an import)
    starts its history too, so that it can be recovered once deleted. The admin, the city's content
    loader and a restore save inside a revision of their own (or raw), and are left to it."""
    if not created or raw or reversion.is_active() or not reversion.is_registered(sender):
        return
    # A data migration saves through the historical model, before the revision tables may exist.
    if sender is apps.get_model(sender._meta.label):
        # Once committed: a save may be followed by others that complete the object (an image's sizes).
        transaction.on_commit(functools.partial(_first_revision, sender, instance.pk))


def _first_revision(model, pk):
    obj = model._base_manager.filter(pk=pk).first()
    if obj is None or Version.objects.get_for_object(obj).exists():
        return
    with reversion.create_revision():
        reversion.set_comment(_("Created outside the admin."))
        reversion.add_to_revision(obj)


class _Undo(Exception):
    """Leaves the transaction of a restore that only showed its form (or was refused): nothing stays."""

    def __init__(self, response):
        super().__init__()
        self.response = response


class RestoringAdmin:
    """For a reversion admin (VersionAdmin): its revision and recover views, restoring without deleting."""

    def revision_view(self, request, object_id, version_id, extra_context=None):
        self._may_restore(request)
        versions = Version.objects.get_for_model(self.model)
        version = get_object_or_404(versions, pk=version_id, object_id=unquote(object_id))
        context = {"title": _("Revert %(name)s") % {"name": version.object_repr}, "revert": True}
        return self._restoring(request, version, "revision_form.html", {**context, **(extra_context or {})})

    def recover_view(self, request, version_id, extra_context=None):
        self._may_restore(request)
        if not self.has_add_permission(request):
            raise PermissionDenied
        version = get_object_or_404(Version.objects.get_deleted(self.model), pk=version_id)
        context = {"title": _("Recover %(name)s") % {"name": version.object_repr}, "recover": True}
        return self._restoring(request, version, "recover_form.html", {**context, **(extra_context or {})})

    def recoverlist_view(self, request, extra_context=None):
        self._may_restore(request)
        return super().recoverlist_view(request, extra_context)

    def _may_restore(self, request):
        if not request.user.has_perm(roles.EDIT_SOURCE):
            raise PermissionDenied

    def _restoring(self, request, version, template, context):
        """The object's form as the revision had it. Saved, the restore stays; shown (GET) or refused
        (errors), everything is undone."""
        shown_only = request.method != "POST"
        request.restoring = True  # the admin's "changed" message gives way to the restore's own
        try:
            with transaction.atomic(using=version.db), self._unchanged_pages(shown_only):
                version.revision.revert(delete=False)
                with self.create_revision(request):
                    response = self.changeform_view(request, quote(version.object_id), request.path, context)
                    if request.method == "POST" and response.status_code == 302:
                        self._saved(request, version, context)
                        return response
                    if response.status_code == 200:
                        response.template_name = self._templates(template)
                        response.render()
                    raise _Undo(response)
        except _Undo as undone:
            return undone.response

    def _saved(self, request, version, context):
        """The restore's own revision says what it did; a recovery links again what the deletion cut."""
        when = localize(template_localtime(version.revision.date_created))
        if context.get("recover"):
            relinked = cut_links.restore(version.revision)
            for holder in relinked:
                reversion.add_to_revision(holder)
            comment = _("Recovered the version of %(datetime)s.") % {"datetime": when}
            if relinked:
                names = ", ".join(f"„{holder}“" for holder in relinked)
                comment += " " + _("Links put back: %(names)s.") % {"names": names}
        else:
            comment = _("Restored the version of %(datetime)s.") % {"datetime": when}
        reversion.set_comment(comment)
        restored = self.model._base_manager.filter(pk=version.object_id).first()
        audit.record(Action.RESTORED, request=request, target=restored, detail=comment)
        messages.success(request, f"„{version.object_repr}“: {comment}")

    def message_user(self, request, message, level=messages.INFO, *args, **kwargs):
        if not (getattr(request, "restoring", False) and level == messages.SUCCESS):
            super().message_user(request, message, level, *args, **kwargs)

    def _unchanged_pages(self, shown_only: bool):
        return page_cache.changes_rolled_back() if shown_only else contextlib.nullcontext()

    def _templates(self, name: str) -> list[str]:
        opts = self.model._meta
        return [
            f"reversion/{opts.app_label}/{opts.model_name}/{name}",
            f"reversion/{opts.app_label}/{name}",
            f"reversion/{name}",
        ]
