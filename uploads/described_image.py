"""A page's main image, declared once for every kind of content that has one (a partnership, an
event): the file with its renditions, what it shows for people who cannot see it, and its credit."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modeltranslation.utils import build_localized_fieldname

from uploads.images import save_with_renditions, validate_image_upload
from uploads.media_access import RandomName


def described_image(folder: str) -> type[models.Model]:
    """An abstract model whose files go to `folder` (a name kept for good: uploads.media_access finds
    a file's model by its folder). `image_alt` is meant to be translated (the model's translation.py)."""

    class DescribedImage(models.Model):
        image = models.ImageField(
            _("image"), upload_to=RandomName(folder), blank=True, validators=[validate_image_upload]
        )
        image_alt = models.CharField(
            _("alternative text"),
            max_length=300,
            blank=True,
            help_text=_("What the image shows, for people who cannot see it. Required unless decorative."),
        )
        image_is_decorative = models.BooleanField(_("image is decorative"), default=False)
        image_credit = models.CharField(_("photo credit"), max_length=200, blank=True)
        image_renditions = models.JSONField(default=list, blank=True, editable=False)

        class Meta:
            abstract = True

        def save(self, **kwargs):
            save_with_renditions(self, super().save, "image", "image_renditions", **kwargs)

        def clean(self):
            super().clean()
            german = build_localized_fieldname("image_alt", settings.LANGUAGE_CODE)
            if self.image and not self.image_is_decorative and not getattr(self, german, ""):
                raise ValidationError({german: _("Describe the image, or mark it as decorative.")})

    return DescribedImage
