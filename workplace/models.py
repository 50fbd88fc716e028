from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _


class CutLink(models.Model):
    """A link that deleting an object cut (a story's "report of the milestone"), kept with the
    deletion's revision so that recovering the object puts the link back (workplace.cut_links)."""

    revision = models.ForeignKey("reversion.Revision", on_delete=models.CASCADE, related_name="cut_links")
    holder_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, related_name="+")
    holder_id = models.CharField(max_length=40)
    field = models.CharField(max_length=100)
    target_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, related_name="+")
    target_id = models.CharField(max_length=40)

    class Meta:
        verbose_name = _("link cut by a deletion")
        verbose_name_plural = _("links cut by deletions")
        constraints = [
            models.UniqueConstraint(
                fields=["revision", "holder_type", "holder_id", "field", "target_type", "target_id"],
                name="cut_link_once_per_revision",
            )
        ]

    def __str__(self):
        return f"{self.holder_type}:{self.holder_id}.{self.field} → {self.target_type}:{self.target_id}"
