from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _


class Reminded(models.Model):
    """The editors were reminded that this entry is due by this date: one mail per review date."""

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    object_id = models.PositiveBigIntegerField()
    review_by = models.DateField(_("review by"))
    at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("review reminder")
        verbose_name_plural = _("review reminders")
        constraints = [
            models.UniqueConstraint(fields=["content_type", "object_id", "review_by"], name="reminded_once")
        ]

    def __str__(self):
        return f"{self.content_type} {self.object_id}: {self.review_by}"
