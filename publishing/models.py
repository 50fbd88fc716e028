from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _


class OldSlug(models.Model):
    """An address name an object had before an editor changed it: its old links lead to it (301)."""

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    object_id = models.PositiveBigIntegerField()
    target = GenericForeignKey("content_type", "object_id")
    language = models.CharField(max_length=10)
    slug = models.SlugField(max_length=200)
    replaced_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("old address")
        verbose_name_plural = _("old addresses")
        constraints = [
            models.UniqueConstraint(
                fields=["content_type", "language", "slug"], name="old_slug_unique_per_kind_and_language"
            )
        ]

    def __str__(self):
        return f"{self.language}/{self.slug}"


class ShareKey(models.Model):
    """The key every share link (publishing.preview) of one object is made with: a new key ends them all."""

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    object_id = models.PositiveBigIntegerField()
    key = models.CharField(max_length=43)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("share key")
        verbose_name_plural = _("share keys")
        constraints = [
            models.UniqueConstraint(fields=["content_type", "object_id"], name="share_key_once_per_object")
        ]

    def __str__(self):
        return f"{self.content_type}:{self.object_id}"
