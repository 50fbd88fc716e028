"""What is due for review: published content with a page of its own whose "Prüfen bis" has come or
comes within REVIEW_NOTICE_DAYS, with who changed it last (the history's latest revision)."""

import datetime
from dataclasses import dataclass

from django.apps import apps
from django.conf import settings
from django.contrib.admin.utils import quote
from django.urls import reverse
from django.utils import timezone
from reversion.models import Version

from publishing.slugs import AddressedModel

MOST = 50  # on the start page and in one mail


@dataclass
class Due:
    obj: object
    review_by: datetime.date
    overdue: bool
    changed_by: str
    changed_at: datetime.datetime | None

    @property
    def kind(self) -> str:
        return self.obj._meta.verbose_name

    def admin_url(self, view: str = "change") -> str:
        opts = self.obj._meta
        return reverse(f"admin:{opts.app_label}_{opts.model_name}_{view}", args=[quote(self.obj.pk)])

    @property
    def confirm_url(self) -> str:
        return self.admin_url("reviewed")


def reviewed_kinds() -> list[type]:
    return [model for model in apps.get_models() if issubclass(model, AddressedModel)]


def _last_change(obj) -> tuple[str, datetime.datetime | None]:
    version = Version.objects.get_for_object(obj).select_related("revision__user").first()
    if version is None:
        return "", None
    user = version.revision.user
    name = (user.get_full_name() or user.get_username()) if user else ""
    return name, version.revision.date_created


def due(today: datetime.date | None = None) -> list[Due]:
    today = today or timezone.localdate()
    horizon = today + datetime.timedelta(days=settings.REVIEW_NOTICE_DAYS)
    found = []
    for model in reviewed_kinds():
        rows = model._base_manager.filter(is_published=True, review_by__lte=horizon).order_by("review_by")
        found += list(rows[:MOST])
    found.sort(key=lambda obj: obj.review_by)
    return [Due(obj, obj.review_by, obj.review_by < today, *_last_change(obj)) for obj in found[:MOST]]
