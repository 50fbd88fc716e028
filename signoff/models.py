"""A change waiting for sign-off: the editor's saved form as django-reversion serializes it (the object
and the rows of its form's tables), kept here while the live version stays as it was; or, for a draft,
only the wish to publish it as it stands."""

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

# Its members publish; everyone else who may edit submits (workplace.roles has "Redaktion").
SIGNERS = "Freigabe"


class SignOff(models.Model):
    class State(models.TextChoices):
        WAITING = "waiting", _("waiting for sign-off")
        PUBLISHED = "published", _("published")
        RETURNED = "returned", _("sent back")

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, verbose_name=_("kind"))
    object_id = models.PositiveBigIntegerField()
    target = GenericForeignKey()
    title = models.CharField(_("entry"), max_length=200)
    state = models.CharField(_("state"), max_length=10, choices=State.choices, default=State.WAITING)
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+", verbose_name=_("by")
    )
    submitted_at = models.DateTimeField(_("submitted"), auto_now=True)
    note = models.TextField(_("note of the editor"), blank=True)
    # django-reversion's versions of the object and its rows: [{content_type, object_id, format,
    # serialized_data, object_repr}]; empty for a draft to publish as it is.
    versions = models.JSONField(default=list, blank=True)
    removed = models.JSONField(default=list, blank=True)  # [[content type, pk], …] of rows the change deletes
    publish = models.BooleanField(_("to be published"), default=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+",
        verbose_name=_("decided by"),
    )  # fmt: skip
    decided_at = models.DateTimeField(_("decided"), null=True, blank=True)
    comment = models.TextField(_("comment"), blank=True)

    class Meta:
        verbose_name = _("change for sign-off")
        verbose_name_plural = _("changes for sign-off")
        ordering = ["-submitted_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["content_type", "object_id", "submitted_by"],
                condition=Q(state="waiting"),
                name="signoff_one_waiting_per_editor",
            )
        ]

    def __str__(self):
        return self.title
