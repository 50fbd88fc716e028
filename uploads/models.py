from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from uploads.documents import DocumentFormat, prepare, validate_document_upload
from uploads.media_access import RandomName


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
        choices=settings.CONTENT_LANGUAGES,
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
        # Moved from core: the table keeps the name it had (uploads.migrations.0001_initial).

    def __str__(self):
        return self.title

    def save(self, **kwargs):
        upload = self.file
        if upload and not upload._committed:
            # Prepared when the form checked it (uploads.documents); here for uploads made in code.
            prepared = getattr(upload, "prepared", None) or prepare(upload)
            self.format, self.is_tagged = prepared.format, prepared.is_tagged
            self.file = prepared.file(self.title_de or self.title, upload.name)
            self.size = self.file.size
        super().save(**kwargs)

    @property
    def files_belong_to(self):
        """A share link of the page it is attached to opens it (uploads.media_access)."""
        return self.attached_to

    @property
    def download_name(self) -> str:
        """The name a downloaded copy gets: its title's, whatever the stored file is called."""
        return f"{slugify(self.title_de or self.title)[:80] or 'dokument'}.{self.format}"

    @property
    def needs_accessible_version(self) -> bool:
        return self.format == DocumentFormat.PDF and not self.is_tagged
