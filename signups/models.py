import secrets

from django.db import models
from django.db.models import Q, Sum
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from events.models import Event, Occurrence

MOST_PEOPLE = 10


def new_token() -> str:
    return secrets.token_urlsafe(24)


class SignupOptions(models.Model):
    """Whether an event asks visitors to sign up, and for how many seats per date. Edited on the event's
    form (signups.admin adds it there): the event knows nothing of sign-ups."""

    event = models.OneToOneField(Event, on_delete=models.CASCADE, primary_key=True, related_name="signup")
    is_open = models.BooleanField(_("visitors sign up"), default=True)
    capacity = models.PositiveIntegerField(
        _("seats per date"), null=True, blank=True, help_text=_("Empty: no limit.")
    )

    class Meta:
        verbose_name = _("sign-up")
        verbose_name_plural = _("sign-up")

    def __str__(self):
        return str(self.event)


class RegistrationQuerySet(models.QuerySet):
    def holding_seats(self):
        return self.filter(status=Registration.Status.CONFIRMED)

    def seats_taken(self) -> int:
        return self.holding_seats().aggregate(taken=Sum("people"))["taken"] or 0

    def active(self):
        return self.exclude(status=Registration.Status.CANCELLED)


class Registration(models.Model):
    """One visitor's sign-up for one date of an event, for themselves and those they bring."""

    class Status(models.TextChoices):
        UNCONFIRMED = "unconfirmed", _("Not confirmed yet")
        CONFIRMED = "confirmed", _("Confirmed")
        WAITING = "waiting", _("On the waiting list")
        CANCELLED = "cancelled", pgettext_lazy("sign-up", "Cancelled")

    occurrence = models.ForeignKey(
        Occurrence, verbose_name=_("date"), on_delete=models.CASCADE, related_name="registrations"
    )
    name = models.CharField(_("name"), max_length=200)
    email = models.EmailField(_("e-mail address"))
    people = models.PositiveSmallIntegerField(_("number of people"), default=1)
    note = models.TextField(_("note"), max_length=1000, blank=True)
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.UNCONFIRMED)
    language = models.CharField(_("language"), max_length=10)
    # The key in the links of the mails: confirming and cancelling need no account and no cookie.
    token = models.CharField(max_length=40, unique=True, default=new_token, editable=False)
    sender_key = models.CharField(max_length=64, editable=False, db_index=True)
    form_copy = models.CharField(max_length=100, unique=True, null=True, editable=False)  # noqa: DJ001 (NULL: none)
    created_at = models.DateTimeField(_("signed up"), default=timezone.now, editable=False)
    confirmed_at = models.DateTimeField(_("confirmed"), null=True, blank=True, editable=False)
    reminded_at = models.DateTimeField(_("reminded"), null=True, blank=True, editable=False)

    objects = RegistrationQuerySet.as_manager()

    class Meta:
        ordering = ["occurrence", "confirmed_at", "created_at", "pk"]
        verbose_name = _("registration")
        verbose_name_plural = _("registrations")
        constraints = [
            models.CheckConstraint(
                condition=Q(people__gte=1, people__lte=MOST_PEOPLE),
                name="registration_people_in_range",
                violation_error_message=_("Between 1 and 10 people."),
            ),
            # One registration per address and date (cancelled ones aside): a second one could not be
            # told apart, and one person could take every seat.
            models.UniqueConstraint(
                "occurrence",
                Lower("email"),
                condition=~Q(status="cancelled"),
                name="registration_once_per_address",
            ),
        ]

    def __str__(self):
        return f"{self.name} ({self.people})"
