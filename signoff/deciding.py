"""What a member of "Freigabe" sees and does: the waiting change beside the live version, then publish
it (the change becomes the live version, in the history as the editor's change and the sign-off) or
send it back with a comment (mailed to the editor; the live version never changed)."""

import json

import reversion
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core import serializers
from django.core.mail import send_mail
from django.db import models, transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from reversion.models import Revision, Version

from checks.content import findings
from core.rich_text import RichTextField, to_plain_text
from core.translated_text import language_named
from signoff.models import SignOff
from translations.word_diff import word_diff


def _fields(obj) -> dict:
    return json.loads(serializers.serialize("json", [obj]))[0]["fields"] if obj is not None else {}


def _shown(field, value) -> str:
    if value is None or value == "" or value == []:
        return ""
    if isinstance(field, RichTextField):
        return to_plain_text(value)
    return ", ".join(map(str, value)) if isinstance(value, list) else str(value)


def _row_changes(model, proposed: dict, live) -> list[dict]:
    changes, held = [], _fields(live)
    for name, value in proposed.items():
        field = model._meta.get_field(name)
        if not field.editable or getattr(field, "auto_now", False) or held.get(name) == value:
            continue
        label = capfirst(language_named(str(field.verbose_name)))
        changes.append(
            {"label": label, "diff": word_diff(_shown(field, held.get(name)), _shown(field, value))}
        )
    return changes


def comparison(change: SignOff) -> list[dict]:
    """Per object of the change: what it changes in the live version ("new" for rows it adds), and
    the rows it removes."""
    rows = []
    for version in change.versions:
        model = ContentType.objects.get_for_id(version["content_type_id"]).model_class()
        proposed = json.loads(version["serialized_data"])[0]["fields"]
        live = model._base_manager.filter(pk=version["object_id"]).first()
        fields = _row_changes(model, proposed, live)
        if fields or live is None:
            rows.append({"what": f"{capfirst(model._meta.verbose_name)} „{version['object_repr']}“",
                         "new": live is None, "fields": fields})  # fmt: skip
    for kind, pk in change.removed:
        model = ContentType.objects.get_for_id(kind).model_class()
        gone = model._base_manager.filter(pk=pk).first()
        if gone is not None:
            rows.append({"what": f"{capfirst(model._meta.verbose_name)} „{gone}“", "removed": True})
    return rows


def _apply(change: SignOff) -> None:
    """The change as the live version: its revision written back (a revision of the editor in the
    history), the rows it removed deleted."""
    if not change.versions:
        return
    comment = " ".join(filter(None, [_("Change submitted for sign-off."), change.note]))
    revision = Revision.objects.create(user=change.submitted_by, comment=comment, date_created=timezone.now())
    Version.objects.bulk_create(
        [Version(revision=revision, db="default", **version) for version in change.versions]
    )
    revision.revert(delete=False)
    for kind, pk in change.removed:
        ContentType.objects.get_for_id(kind).model_class()._base_manager.filter(pk=pk).delete()


def errors(obj) -> list:
    return [finding for finding in findings(obj) if finding.is_error]


def errors_after(change: SignOff) -> str:
    """What the checks would refuse in the entry with the change applied (tried, then rolled back)."""
    model = change.content_type.model_class()
    found = []
    try:
        with transaction.atomic():
            _apply(change)
            obj = model._base_manager.filter(pk=change.object_id).first()
            found = errors(obj) if obj is not None and not obj.is_published else []
            raise _TriedOnly
    except _TriedOnly:
        pass
    return " ".join(finding.message for finding in found)


class _TriedOnly(Exception):
    pass


def publish(change: SignOff, user, comment: str) -> models.Model:
    model = change.content_type.model_class()
    with transaction.atomic():
        _apply(change)
        obj = model._base_manager.get(pk=change.object_id)
        obj.is_published = obj.is_published or change.publish
        with reversion.create_revision():
            obj.save()
            reversion.set_user(user)
            said = _("Signed off and published by %(name)s.") % {
                "name": user.get_full_name() or user.get_username()
            }
            reversion.set_comment(f"{said} {comment}".strip())
        _decided(change, SignOff.State.PUBLISHED, user, comment)
    return obj


def send_back(change: SignOff, user, comment: str) -> None:
    _decided(change, SignOff.State.RETURNED, user, comment)
    editor = change.submitted_by
    if editor is None or not editor.email:
        return
    with translation.override(settings.LANGUAGE_CODE):
        url = settings.SITE_URL + reverse("admin:signoff_signoff_change", args=[change.pk])
        body = render_to_string("signoff/mail_returned.txt", {"change": change, "url": url})
        subject = _("Sent back: %(title)s") % {"title": change.title}
        send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [editor.email])


def _decided(change, state, user, comment) -> None:
    change.state, change.decided_by, change.decided_at = state, user, timezone.now()
    change.comment = comment[:2000]
    change.save(update_fields=["state", "decided_by", "decided_at", "comment"])
