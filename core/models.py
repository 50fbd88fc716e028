from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from core.documents import DocumentFormat, prepare, validate_document_upload
from core.media_access import RandomName
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


class DownloadQuerySet(models.QuerySet):
    def published(self):
        """Documents of public objects: of each kind they are attached to, its `published()` rows."""
        public = Q(pk__in=[])
        for kind in ContentType.objects.filter(pk__in=self.values("content_type")).distinct():
            model = kind.model_class()
            if model is not None:
                public |= Q(content_type=kind, object_id__in=model._default_manager.published().values("pk"))
        return self.filter(public)


class Download(models.Model):
    """A document to download, attached to a partnership, a story or a page, and listed there."""

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    object_id = models.PositiveBigIntegerField()
    attached_to = GenericForeignKey("content_type", "object_id")
    title = models.CharField(_("title"), max_length=200)
    file = models.FileField(
        _("file"), upload_to=RandomName("downloads"), validators=[validate_document_upload]
    )
    language = models.CharField(
        _("language of the document"),
        max_length=10,
        choices=settings.LANGUAGES,
        default=settings.LANGUAGE_CODE,
    )
    date = models.DateField(
        _("date"), default=timezone.localdate, help_text=_("When the document was issued.")
    )
    # Read from the file when it is uploaded.
    format = models.CharField(_("format"), max_length=10, choices=DocumentFormat.choices, editable=False)
    size = models.PositiveBigIntegerField(_("size in bytes"), default=0, editable=False)
    is_tagged = models.BooleanField(
        _("tagged PDF"),
        default=False,
        editable=False,
        help_text=_("Its structure is marked for screen readers."),
    )
    position = models.PositiveIntegerField(_("position"), default=0)

    objects = DownloadQuerySet.as_manager()

    class Meta:
        ordering = ["position", "pk"]
        verbose_name = _("download")
        verbose_name_plural = _("downloads")
        indexes = [models.Index(fields=["content_type", "object_id"], name="download_attached_to")]

    def __str__(self):
        return self.title

    def save(self, **kwargs):
        upload = self.file
        if upload and not upload._committed:
            # Prepared when the form checked it (core.documents); here for uploads made in code.
            prepared = getattr(upload, "prepared", None) or prepare(upload)
            self.format, self.is_tagged = prepared.format, prepared.is_tagged
            self.file = prepared.file(self.title_de or self.title, upload.name)
            self.size = self.file.size
        super().save(**kwargs)

    @property
    def files_belong_to(self):
        """A share link of the page it is attached to opens it (core.media_access)."""
        return self.attached_to

    @property
    def download_name(self) -> str:
        """The name a downloaded copy gets: its title's, whatever the stored file is called."""
        return f"{slugify(self.title_de or self.title)[:80] or 'dokument'}.{self.format}"

    @property
    def needs_accessible_version(self) -> bool:
        return self.format == DocumentFormat.PDF and not self.is_tagged


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
