"""Reports of barriers (the "Feedback-Mechanismus" of BITV NRW): each is a case with a reply deadline."""

import calendar
import datetime

from django.conf import settings
from django.db import models
from django.db.models import Case, F, Q, Value, When
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


def months_later(day: datetime.date, months: int) -> datetime.date:
    """The same day `months` later, or the month's last day (31 January + 1 month = 28/29 February)."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return day.replace(year=year, month=month, day=min(day.day, calendar.monthrange(year, month)[1]))


# The statuses of a case that the city still has to answer.
OPEN = ("new", "in_progress")


# Answered on or before the day the reply was due.
ANSWERED_IN_TIME = Q(answered_at__date__lte=F("due_on"))
# Open cases first, the one due soonest on top; then the others, newest first.
DUE_FIRST = (Case(When(Q(status__in=OPEN), then=Value(0)), default=1).asc(), "due_on", "-received_at")


class ReportQuerySet(models.QuerySet):
    def open(self):
        return self.filter(status__in=OPEN)

    def due_first(self):
        """Open cases first, the one due soonest on top; then the answered and closed ones, newest first."""
        return self.order_by(*DUE_FIRST)


class Report(models.Model):
    class Status(models.TextChoices):
        NEW = "new", _("new")
        IN_PROGRESS = "in_progress", _("in progress")
        ANSWERED = "answered", _("answered")
        CLOSED = "closed", _("closed")

    message = models.TextField(_("message"), max_length=5000)
    page_url = models.CharField(_("page concerned"), max_length=500, blank=True)
    name = models.CharField(_("name"), max_length=200, blank=True)
    email = models.EmailField(_("e-mail address"), blank=True)
    language = models.CharField(_("language"), max_length=10, choices=settings.CONTENT_LANGUAGES)
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.NEW)
    received_at = models.DateTimeField(_("received"), default=timezone.now, editable=False)
    due_on = models.DateField(_("reply due"), editable=False)
    answered_at = models.DateTimeField(_("answered"), null=True, blank=True, editable=False)
    closed_at = models.DateTimeField(_("closed"), null=True, blank=True, editable=False)
    interim_reply_sent = models.BooleanField(
        _("interim reply sent"),
        default=False,
        help_text=_("Tick when the sender was told the case takes longer."),
    )
    notes = models.TextField(_("internal notes"), blank=True)
    # A keyed hash of the sender's address, for the limit per hour; never the address itself.
    sender_key = models.CharField(max_length=64, blank=True, editable=False)
    # Which copy of the form was sent (feedback.spam.form_copy): each copy is taken once.
    form_copy = models.CharField(max_length=64, null=True, blank=True, unique=True, editable=False)
    personal_data_deleted_at = models.DateTimeField(
        _("personal data deleted"), null=True, blank=True, editable=False
    )

    objects = ReportQuerySet.as_manager()

    class Meta:
        ordering = ["-received_at"]
        verbose_name = _("barrier report")
        verbose_name_plural = _("barrier reports")
        indexes = [models.Index(fields=["sender_key", "received_at"])]

    def __str__(self):
        return _("Report of %(date)s") % {
            "date": timezone.localtime(self.received_at).strftime("%d.%m.%Y %H:%M")
        }

    def save(self, **kwargs):
        if self.due_on is None:
            received = timezone.localdate(self.received_at)
            self.due_on = months_later(received, settings.FEEDBACK_REPLY_MONTHS)
        now = timezone.now()
        if self.status in (self.Status.ANSWERED, self.Status.CLOSED) and self.answered_at is None:
            self.answered_at = now
        self.closed_at = (self.closed_at or now) if self.status == self.Status.CLOSED else None
        super().save(**kwargs)

    @property
    def is_open(self) -> bool:
        return self.status in OPEN

    def days_left(self, today=None) -> int:
        return (self.due_on - (today or timezone.localdate())).days
