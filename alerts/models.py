import secrets

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _


def new_token() -> str:
    return secrets.token_urlsafe(24)


class Subscription(models.Model):
    """One address and what it follows. Used only once confirmed; unconfirmed ones are deleted after
    ALERTS_UNCONFIRMED_DAYS, and unsubscribing deletes the row."""

    class Frequency(models.TextChoices):
        IMMEDIATE = "immediate", _("at once, one mail per news")
        WEEKLY = "weekly", _("once a week, as a summary")

    email = models.EmailField(_("e-mail address"), unique=True)
    language = models.CharField(
        _("language"), max_length=10, choices=settings.CONTENT_LANGUAGES, default=settings.LANGUAGE_CODE
    )
    frequency = models.CharField(
        _("how often"), max_length=10, choices=Frequency.choices, default=Frequency.IMMEDIATE
    )
    partnerships = models.ManyToManyField(
        "partnerships.Partnership", verbose_name=_("partnerships"), blank=True, related_name="+"
    )
    themes = models.ManyToManyField(
        "partnerships.SustainableDevelopmentGoal", verbose_name=_("themes"), blank=True, related_name="+"
    )
    new_events = models.BooleanField(_("all new events"), default=False)
    new_stories = models.BooleanField(_("all new stories"), default=False)
    # The key in the links of the mails: changing and unsubscribing need no account and no cookie.
    token = models.CharField(max_length=40, unique=True, default=new_token, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    confirmed_at = models.DateTimeField(null=True, blank=True)
    confirmation_sent_at = models.DateTimeField(null=True, blank=True)
    last_summary_at = models.DateTimeField(null=True, blank=True)
    # As for the feedback desk: a keyed hash of the sender's address, and the copy of the form sent.
    sender_key = models.CharField(max_length=64, blank=True)
    form_copy = models.CharField(max_length=200, blank=True)

    class Meta:
        verbose_name = _("alert subscription")
        verbose_name_plural = _("alert subscriptions")

    def __str__(self):
        return self.email


class Announcement(models.Model):
    """A published story or event, announced to the subscriptions it matches: round 1 when it first
    goes public, a further round only when an editor asks (a correction is not news)."""

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, verbose_name=_("kind"))
    object_id = models.PositiveBigIntegerField()
    item = GenericForeignKey()
    round = models.PositiveSmallIntegerField(_("round"), default=1)
    title = models.CharField(_("title"), max_length=200)
    note = models.CharField(_("what changed"), max_length=300, blank=True)
    created_at = models.DateTimeField(_("announced"), auto_now_add=True)

    class Meta:
        verbose_name = _("announcement")
        verbose_name_plural = _("announcements")
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["content_type", "object_id", "round"], name="announced_once_a_round"
            )
        ]

    def __str__(self):
        return self.title


class Delivery(models.Model):
    """An announcement for one subscription: sent once, retried while the mail server is away."""

    subscription = models.ForeignKey(Subscription, on_delete=models.CASCADE, related_name="deliveries")
    announcement = models.ForeignKey(Announcement, on_delete=models.CASCADE, related_name="deliveries")
    sent_at = models.DateTimeField(null=True, blank=True)
    attempts = models.PositiveSmallIntegerField(default=0)
    last_error = models.CharField(max_length=300, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["subscription", "announcement"], name="delivered_once")
        ]

    def __str__(self):
        return f"{self.announcement} → {self.subscription}"
