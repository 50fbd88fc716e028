"""Review dates ("Prüfen bis"): content with a page of its own is looked at again by a date, by
default REVIEW_MONTHS after it was published; the reviews app lists, reminds and confirms."""

import datetime

from dateutil.relativedelta import relativedelta
from django.conf import settings
from django.contrib.auth import get_user_model
from django.utils import timezone

from core.models import EDIT_SOURCE


def next_review(start: datetime.date | None = None) -> datetime.date:
    return (start or timezone.localdate()) + relativedelta(months=settings.REVIEW_MONTHS)


def set_first_review(obj) -> None:
    """Before saving: published content without a review date gets one, from its publication."""
    if obj.is_published and obj.review_by is None:
        start = timezone.localdate(obj.publish_from) if obj.publish_from else None
        obj.review_by = next_review(start)


def fill_review_dates(apps, app_label: str, model_name: str) -> None:
    """In a migration: the published rows of a model get their first review date."""
    model = apps.get_model(app_label, model_name)
    model.objects.filter(is_published=True, review_by__isnull=True).update(review_by=next_review())


def editor_addresses() -> list[str]:
    """The editors' mail addresses: active users who change German texts and publish (the role
    "Redaktion", and superusers)."""
    users = get_user_model().objects.with_perm(
        EDIT_SOURCE, backend="django.contrib.auth.backends.ModelBackend"
    )
    return sorted({user.email for user in users.filter(is_active=True) if user.email})
