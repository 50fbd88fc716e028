"""Holding a change back (DJANGO_SIGN_OFF=1) for an editor who may not publish alone.

A change to what is public is saved as usual inside a transaction, so the form's checks, inlines and
revision all run; the revision django-reversion wrote is copied into a SignOff, and the transaction is
rolled back: the live version stays as it was until a member of "Freigabe" publishes the change. A draft
is saved as usual; ticking "published" on it submits it instead of publishing it.
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from reversion.models import Version

from publishing.publishing import PublishableModel
from signoff.models import SIGNERS, SignOff


def may_publish(user) -> bool:
    return user.is_superuser or user.groups.filter(name=SIGNERS).exists()


def held(request, model) -> bool:
    """Whether this request's changes to `model` wait for a second person."""
    return settings.SIGN_OFF and issubclass(model, PublishableModel) and not may_publish(request.user)


class Held(Exception):
    def __init__(self, response):
        super().__init__()
        self.response = response


def _copied(revision) -> list[dict]:
    fields = ("content_type_id", "object_id", "format", "serialized_data", "object_repr")
    return [dict(zip(fields, row, strict=True)) for row in revision.version_set.values_list(*fields)]


def capture(request, model, pk, title: str) -> None:
    """Inside the transaction that is about to be rolled back: keep the change the request saved."""
    version = Version.objects.get_for_object_reference(model, pk).select_related("revision").first()
    obj = model._base_manager.get(pk=pk)
    kind = ContentType.objects.get_for_model(model)
    request.sign_off = {
        "content_type": kind,
        "object_id": obj.pk,
        "title": title[:200],  # as the public knows it
        "versions": _copied(version.revision) if version else [],
        "removed": getattr(request, "sign_off_removed", []),
        "publish": bool(obj.is_published),
    }


def submit(request, note: str = "", **values) -> SignOff:
    """After the rollback (or for a draft): the change waits; the editor's own earlier one is replaced."""
    values = {**getattr(request, "sign_off", {}), **values}
    waiting, _created = SignOff.objects.update_or_create(
        content_type=values.pop("content_type"),
        object_id=values.pop("object_id"),
        submitted_by=request.user,
        state=SignOff.State.WAITING,
        defaults={**values, "note": note[:2000]},
    )
    _tell_signers(waiting)
    return waiting


def _tell_signers(waiting) -> None:
    users = get_user_model().objects.filter(groups__name=SIGNERS, is_active=True).exclude(email="")
    to = sorted({user.email for user in users if user != waiting.submitted_by})
    if not to:
        return
    with translation.override(settings.LANGUAGE_CODE):
        url = settings.SITE_URL + reverse("admin:signoff_signoff_change", args=[waiting.pk])
        body = render_to_string("signoff/mail_waiting.txt", {"change": waiting, "url": url})
        subject = _("Waiting for sign-off: %(title)s") % {"title": waiting.title}
        send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, to)


def hold(request, model, object_id, view):
    """Runs `view` (the admin's change form or a restore) and keeps its saved change back, if the
    object is public and the request's user may not publish alone; else runs it as it is."""
    live = model._base_manager.filter(pk=object_id, is_published=True).exists() if object_id else False
    if request.method != "POST" or getattr(request, "sign_off_holding", False) or not live:
        return view()
    request.sign_off_holding, request.sign_off_removed = True, []
    title = str(model._base_manager.get(pk=object_id))
    try:
        with transaction.atomic():
            response = view()
            if response.status_code != 302:
                return response  # the form with its errors: nothing was saved
            capture(request, model, object_id, title)
            raise Held(response)
    except Held as kept:
        submit(request, request.POST.get("sign_off_note", ""))
        return kept.response


def waiting_tasks() -> list[tuple[str, str]]:
    """For the admin's start page: how many changes wait for sign-off."""
    count = SignOff.objects.filter(state=SignOff.State.WAITING).count()
    if not count:
        return []
    text = ngettext("%(count)d change waits for sign-off", "%(count)d changes wait for sign-off", count)
    listing = reverse("admin:signoff_signoff_changelist")
    return [(text % {"count": count}, f"{listing}?state__exact={SignOff.State.WAITING}")]
