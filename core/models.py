from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from core.rich_text import RichTextField


class LoadedContent(models.Model):
    """A piece of the city's shipped content that was created once; from then on editors own it.

    Remembering what was loaded (rather than looking rows up by name) means an editor may rename,
    rewrite or delete such a row, and `load_city_content` never brings the old text back.
    """

    key = models.CharField(_("key"), max_length=100, unique=True)
    model = models.CharField(_("model"), max_length=100)
    object_id = models.PositiveBigIntegerField(_("object id"))
    loaded_at = models.DateTimeField(_("loaded at"), auto_now_add=True)

    class Meta:
        ordering = ["key"]
        verbose_name = _("loaded content")
        verbose_name_plural = _("loaded content")

    def __str__(self):
        return self.key


class Introduction(models.Model):
    """The home page's heading and text above the sections of the content apps: one row."""

    title = models.CharField(_("title"), max_length=200)
    subtitle = models.CharField(_("subtitle"), max_length=300, blank=True)
    body = RichTextField(_("text"))

    class Meta:
        verbose_name = _("introduction")
        verbose_name_plural = _("introduction")
        # The site-wide right that tells editors from translators (workplace.roles); it needs a model.
        permissions = [("edit_source", _("Can change German texts, dates and settings, and publish"))]
        constraints = [
            models.CheckConstraint(
                condition=Q(id=1),
                name="introduction_single_row",
                violation_error_message=_("The introduction exists once; edit the existing one."),
            )
        ]

    def __str__(self):
        return self.title

    def save(self, **kwargs):
        self.pk = 1
        super().save(**kwargs)


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
    """The key every share link (core.preview) of one object is made with: a new key ends them all."""

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


class TranslationSource(models.Model):
    """What the German text of a field was when its English translation was last saved.

    When the German text changes afterwards, the English one is outdated: the translators' to-do.
    """

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    object_id = models.PositiveBigIntegerField()
    field = models.CharField(max_length=100)
    source_digest = models.CharField(max_length=64)
    translated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("translation source")
        verbose_name_plural = _("translation sources")
        constraints = [
            models.UniqueConstraint(
                fields=["content_type", "object_id", "field"], name="translation_source_once_per_field"
            )
        ]

    def __str__(self):
        return f"{self.content_type}:{self.object_id}:{self.field}"


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
