from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _


class Considered(models.Model):
    """A warning an editor considered and leaves as it is, with the reason (also kept in the revision)."""

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    object_id = models.PositiveBigIntegerField()
    code = models.CharField(max_length=50)
    field = models.CharField(max_length=100)
    reason = models.TextField(_("reason"))
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True)
    at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("considered note")
        verbose_name_plural = _("considered notes")
        constraints = [
            models.UniqueConstraint(
                fields=["content_type", "object_id", "code", "field"], name="considered_once"
            )
        ]

    def __str__(self):
        return f"{self.code} ({self.field})"
