"""A link of the content and what the last check found: one row per object, field and address."""

from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _


class LinkStatus(models.TextChoices):
    UNCHECKED = "unchecked", _("not checked yet")
    OK = "ok", _("works")
    REDIRECTED = "redirected", _("redirected")
    BROKEN = "broken", _("broken")


class Problem(models.TextChoices):
    """Why a link is not simply working; the message is written from it in the reader's language."""

    NONE = "", _("none")
    STATUS = "status", _("answered with an error")
    MOVED = "moved", _("moved for good")
    NO_ANSWER = "no_answer", _("no answer in time")
    REFUSED = "refused", _("connection refused")
    TLS = "tls", _("certificate not valid")
    NO_HOST = "no_host", _("server not found")
    LOOP = "loop", _("redirect loop")
    UNSAFE = "unsafe", _("unsafe address")
    MALFORMED = "malformed", _("not a valid address")
    NO_FILE = "no_file", _("file missing")
    PRIVATE = "private", _("address in a private network")


class LinkQuerySet(models.QuerySet):
    def problems(self):
        return self.filter(status__in=[LinkStatus.BROKEN, LinkStatus.REDIRECTED])

    def of(self, obj):
        return self.filter(content_type=ContentType.objects.get_for_model(type(obj)), object_id=obj.pk)


class Link(models.Model):
    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, verbose_name=_("kind"))
    object_id = models.PositiveBigIntegerField()
    content_object = GenericForeignKey()
    # The column ("body_en"), or "page_de" for a link the rendered legal page shows.
    field = models.CharField(_("field"), max_length=100)
    url = models.CharField(_("address"), max_length=2000)
    status = models.CharField(
        _("state"), max_length=12, choices=LinkStatus.choices, default=LinkStatus.UNCHECKED
    )
    problem = models.CharField(_("problem"), max_length=12, choices=Problem.choices, blank=True)
    code = models.PositiveSmallIntegerField(_("answer code"), null=True, blank=True)
    redirect_to = models.CharField(_("leads to"), max_length=2000, blank=True)
    first_seen = models.DateTimeField(_("first seen"), auto_now_add=True)
    checked_at = models.DateTimeField(_("last checked"), null=True, blank=True)
    broken_since = models.DateTimeField(_("broken since"), null=True, blank=True)
    # The editors were told of it (one mail per link that breaks).
    reported = models.BooleanField(default=False)

    objects = LinkQuerySet.as_manager()

    class Meta:
        verbose_name = _("link")
        verbose_name_plural = _("links")
        ordering = ["content_type", "object_id", "field", "url"]
        constraints = [
            models.UniqueConstraint(
                fields=["content_type", "object_id", "field", "url"], name="link_once_per_field"
            ),
            models.CheckConstraint(
                condition=~models.Q(status="broken") | models.Q(broken_since__isnull=False),
                name="link_broken_since_known",
            ),
        ]
        indexes = [models.Index(fields=["status", "checked_at"])]

    def __str__(self):
        return self.url
